import { useState } from 'react';
import type { LimberBridge } from '../../core/contract';
import { MAX_SETTINGS_FILE_CHARS, type Settings } from '../../core/settings/schema';
import { settingsWords } from '../../core/words/settings/window';
import type { Save } from './patch';
import { exportOutcome } from '../export-outcome';
import { ResetToDefaults } from './ResetToDefaults';
import { JsonFilePicker } from './JsonFilePicker';

interface Props {
  bridge: LimberBridge;
  save: Save;
  /** Takes settings that main has already applied, such as an import's. */
  onApplied: (settings: Settings) => void;
}

const words = settingsWords.files;

/** Export to a file, import from one (all or nothing), and reset to the defaults. */
export function FileSection({ bridge, save, onApplied }: Props) {
  const [notice, setNotice] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const report = (message: string) => {
    setProblems([]);
    setNotice(message);
  };

  const exportSettings = async () => {
    report(exportOutcome(await bridge.exportFile('settings')));
  };
  const importFrom = async (file: File) => {
    // A huge file picked by mistake is refused unread (bytes are never fewer than characters).
    const result = file.size > MAX_SETTINGS_FILE_CHARS
      ? { ok: false as const, errors: [words.tooLarge(file.name, MAX_SETTINGS_FILE_CHARS / 1000)] }
      : await bridge.importSettings(await file.text());
    if (result.ok) {
      onApplied(result.settings);
      report(words.imported(file.name));
    } else {
      setNotice('');
      setProblems(result.errors);
    }
  };

  return (
    <fieldset>
      <legend>{words.title}</legend>
      <div className="controls">
        <button type="button" onClick={() => { void exportSettings(); }}>{words.export}</button>
        <JsonFilePicker label={words.import} inputLabel={words.fileToImport} onFile={(file) => { void importFrom(file); }} />
        <ResetToDefaults save={save} onDone={report} />
      </div>
      <p role="status">{notice}</p>
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <p>{words.notImported}</p>
          <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
    </fieldset>
  );
}
