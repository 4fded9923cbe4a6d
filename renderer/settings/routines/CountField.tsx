import { useId } from 'react';
import { doseCount } from '../../../core/exercises/library';
import type { Exercise } from '../../../core/exercises/types';
import { routineSettingsWords } from '../../../core/words/settings/routines';
import { useReportRefused, WarningIcon } from '../refusals';
import { checkCount } from './draft';

const words = routineSettingsWords.editor;

/** How many holds, reps or rounds of `exercise` a routine asks for: 1 up to its full dose, refused beyond. */
export function CountField({ exercise, text, onChange }: { exercise: Exercise; text: string; onChange: (text: string) => void }) {
  const id = useId();
  const { kind } = exercise.dosage;
  const most = doseCount(exercise.dosage);
  const check = checkCount(text, exercise);
  const message = check.ok ? null : check.message;
  useReportRefused(message !== null);
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  return (
    <div className="count-field">
      <span className="input-with-unit">
        <input
          id={id} type="text" inputMode="numeric" autoComplete="off" value={text} aria-label={words.countLabel(exercise.name)}
          aria-invalid={message ? true : undefined} aria-describedby={message ? `${messageId} ${hintId}` : hintId}
          onChange={(event) => { onChange(event.currentTarget.value); }}
        />
        <span className="unit" aria-hidden="true">{words.ofAtMost(kind, most)}</span>
        {message && <WarningIcon />}
      </span>
      <p className="visually-hidden" id={hintId}>{words.countHint(kind, most)}</p>
      <div aria-live="polite">{message && <p className="error" id={messageId}>{message}</p>}</div>
    </div>
  );
}
