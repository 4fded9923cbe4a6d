import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import type { Save } from './patch';

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
    onDone(result.ok ? 'Every setting is back to Limber’s defaults.' : `Nothing was reset: ${result.errors.join('; ')}.`);
    close();
  };
  return (
    <>
      <button type="button" ref={button} aria-expanded={asking} onClick={() => { setAsking(true); }}>Reset to defaults</button>
      {asking && (
        <div
          className="confirm" role="group" aria-labelledby={`${id}-question`} tabIndex={-1} ref={question}
          onKeyDown={(event) => { if (event.key === 'Escape') close(); }}
        >
          <p id={`${id}-question`}>Reset every setting to Limber’s defaults? Your history is kept.</p>
          <div className="controls">
            <button type="button" className="danger" onClick={() => { void reset(); }}>Reset</button>
            <button type="button" onClick={close}>Cancel</button>
          </div>
        </div>
      )}
    </>
  );
}
