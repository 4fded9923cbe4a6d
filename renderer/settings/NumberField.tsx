import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS, type NumberSetting } from '../../core/settings/schema';
import { numberFieldWords, type Unit } from '../../core/words/settings/fields';
import { settingsWords } from '../../core/words/settings/window';
import { numberAt, patchAt, type SectionProps } from './patch';
import { useTypedWrong } from './close-guard';
import { useReportRefused, WarningIcon } from './refusals';
import { checkNumber } from './validate';

interface Props extends SectionProps {
  path: NumberSetting;
  label: string;
  unit: Unit;
  /** What a special value such as 0 means. */
  note?: string;
}

/**
 * A whole-number setting, typed as text so that anything can be typed and explained. It is saved only
 * when the user leaves the field or presses Enter: "1" on the way to "120" must never reach the engine.
 */
export function NumberField({ path, label, unit, note, settings, save }: Props) {
  const id = useId();
  const saved = numberAt(settings, path);
  const [text, setText] = useState(String(saved));
  const [syncedWith, setSyncedWith] = useState(saved);
  const [checked, setChecked] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const [sent, setSent] = useState<number | null>(null);
  // A value changed elsewhere (an import, a preset) replaces what is shown; this field's own save, which
  // may come back after the user has typed on, does not.
  if (saved !== syncedWith) {
    setSyncedWith(saved);
    setSent(null);
    if (saved !== sent) {
      setText(String(saved));
      setChecked(false);
      setRefused([]);
    }
  }

  const check = checkNumber(text, path, unit);
  const refusal = refused.length > 0 ? settingsWords.notSaved(refused) : null;
  const message = checked ? (check.ok ? refusal : check.message) : null;
  useReportRefused(message !== null);
  useTypedWrong(() => !checked && !check.ok);
  const commit = () => {
    setChecked(true);
    if (!check.ok) return;
    setText(String(check.value));
    if (check.value === (sent ?? saved)) return;
    setSent(check.value);
    void save(patchAt(path, check.value)).then((result) => {
      if (result.ok) return;
      setSent(null);
      setRefused(result.errors);
    });
  };

  // Closing the window while a valid value is still being typed keeps it, as leaving the field would.
  const commitOnHide = useRef(commit);
  commitOnHide.current = commit;
  useEffect(() => {
    const hide = () => { commitOnHide.current(); };
    window.addEventListener('pagehide', hide);
    return () => { window.removeEventListener('pagehide', hide); };
  }, []);

  const [min, max] = LIMITS[path];
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-body">
        <span className="input-with-unit">
          <input
            id={id} type="text" inputMode="numeric" autoComplete="off" value={text}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `${messageId} ${hintId}` : hintId}
            onChange={(event) => { setText(event.currentTarget.value); setRefused([]); }}
            onBlur={commit}
            onKeyDown={(event) => { if (event.key === 'Enter') commit(); }}
          />
          {/* The hint names the unit for screen readers. */}
          <span className="unit" aria-hidden="true">{numberFieldWords.unit(unit, Number(text))}</span>
          {message && <WarningIcon />}
        </span>
        <p className="hint" id={hintId}>{numberFieldWords.hint(unit, min, max, note)}</p>
        <div aria-live="polite">{message && <p className="error" id={messageId}>{message}</p>}</div>
      </div>
    </div>
  );
}
