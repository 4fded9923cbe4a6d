import type { RoutineReport } from '../../core/contract';
import type { EngineSnapshot } from '../../core/engine/snapshot';
import { formatDuration } from '../../core/shell/status';

/** `40 s`, `4 min`, `1 min 20 s`: a break's length to the second. */
export function breakLength(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

const exercisesWord = (n: number) => `${n} ${n === 1 ? 'exercise' : 'exercises'}`;

interface Props {
  outcome: Exclude<RoutineReport['outcome'], 'hurt'>;
  exercisesDone: number;
  exercisesInRoutine: number;
  seconds: number;
  /** The engine's next break once the break is over; undefined while it is being asked. */
  next: EngineSnapshot['nextBreak'] | undefined;
}

/** What the break came to, and when the next one comes: in the place of the last exercise's steps. */
export function EndSummary({ outcome, exercisesDone, exercisesInRoutine, seconds, next }: Props) {
  const kind = next?.kind === 'micro' ? 'micro break' : 'long break';
  return (
    <div className="end-summary">
      <h1 id="exercise-name">{outcome === 'completed' ? 'Routine complete' : 'Break ended'}</h1>
      <p>
        {outcome === 'completed'
          ? `Done: ${exercisesWord(exercisesDone)} in ${breakLength(seconds)}.`
          : `Break ended after ${breakLength(seconds)}, with ${exercisesDone} of ${exercisesWord(exercisesInRoutine)} done.`}
      </p>
      <p>{next ? `Next: a ${kind} in ${formatDuration(next.inSeconds)} of sitting.` : next === null ? 'No break is planned for now.' : '\u00a0'}</p>
      <p className="fine-print">This window closes by itself; it stays open while the pointer is on it or you are using the keys in it.</p>
    </div>
  );
}
