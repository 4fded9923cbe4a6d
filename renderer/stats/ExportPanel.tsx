import { useState } from 'react';
import type { ExportKind, LimberBridge } from '../../core/contract';
import { statsWords } from '../../core/words/stats';
import { exportOutcome } from '../export-outcome';

const words = statsWords.export;

/** Saves the daily history as a file the user picks; the outcome is announced politely. */
export function ExportPanel({ bridge }: { bridge: LimberBridge }) {
  const [message, setMessage] = useState('');
  const save = (kind: ExportKind) => {
    setMessage('');
    void bridge.exportFile(kind).then((result) => { setMessage(exportOutcome(result)); });
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{words.title}</h2>
      <p>{words.about}</p>
      <div className="controls">
        <button type="button" onClick={() => { save('history-csv'); }}>{words.csv}</button>
        <button type="button" onClick={() => { save('history-json'); }}>{words.json}</button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
