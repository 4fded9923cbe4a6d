import type { EngineSnapshot } from '../../core/engine/snapshot';
import type { RoutineReport } from '../../core/history/reports';
import { formatDuration } from '../../core/shell/status';
import { breakWords } from '../../core/words/break';
import { durationsWords } from '../../core/words/durations';

const words = breakWords.end;

/** A break's length to the second. */
function breakLength(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return durationsWords.minutesAndSeconds(whole);
}

interface Props {
  outcome: Exclude<RoutineReport['outcome'], 'hurt'>;
  /** Null for the posture cue, which is a timer, not exercises. */
  exercisesDone: number | null;
  exercisesInRoutine: number;
  seconds: number;
  /** The engine's next break once the break is over; undefined while it is being asked. */
  next: EngineSnapshot['nextBreak'] | undefined;
}

/** What the break came to, and when the next one comes: in the place of the last exercise's steps. */
export function EndSummary({ outcome, exercisesDone, exercisesInRoutine, seconds, next }: Props) {
  return (
    <div className="end-summary">
      <h1 id="exercise-name">{outcome === 'completed' ? words.completed : words.ended}</h1>
      <p>
        {exercisesDone === null ? words.satTall(breakLength(seconds)) : outcome === 'completed'
          ? words.done(exercisesDone, breakLength(seconds))
          : words.endedAfter(breakLength(seconds), exercisesDone, exercisesInRoutine)}
      </p>
      {/* A line's room is kept while the next break is being asked. */}
      <p>{next ? words.next(next.kind, formatDuration(next.inSeconds)) : next === null ? words.noneNext : '\u00a0'}</p>
      <p className="fine-print">{words.closesByItself}</p>
    </div>
  );
}
