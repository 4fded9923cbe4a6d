import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { settingsWords } from '../../core/words/settings/window';
import type { Save } from './patch';

const words = settingsWords.files;

/** "Reset to defaults", asked about first in place; Escape or Cancel leaves everything as it is. */
export function ResetToDefaults({ save, onDone }: { save: Save; onDone: (message: string) => void }) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const close = () => {
    setAsking(false);
    button.current?.focus();
  };
  const reset = async () => {
    const result = await save(DEFAULT_SETTINGS);
    onDone(result.ok ? words.resetDone : words.notReset(result.errors));
    close();
  };
  return (
    <>
      <button type="button" ref={button} aria-expanded={asking} onClick={() => { setAsking(true); }}>{words.reset}</button>
      {asking && (
        <div
          className="confirm" role="group" aria-labelledby={`${id}-question`} tabIndex={-1} ref={question}
          onKeyDown={(event) => { if (event.key === 'Escape') close(); }}
        >
          <p id={`${id}-question`}>{words.resetQuestion}</p>
          <div className="controls">
            <button type="button" className="danger" onClick={() => { void reset(); }}>{words.resetConfirm}</button>
            <button type="button" onClick={close}>{words.cancel}</button>
          </div>
        </div>
      )}
    </>
  );
}
