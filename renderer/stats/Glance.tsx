import type { EngineSnapshot } from '../../core/engine/snapshot';
import type { DayRecord } from '../../core/history/history';
import { TAKEN_AFTER_SECONDS } from '../../core/history/recorder';
import { todayFigures, type TodayFigures } from '../../core/history/today';
import { formatDuration } from '../../core/shell/status';

/** "6 of 9 prompts"; a break started from the menu needs no prompt, so with more breaks than prompts, only the count. */
function breaksTaken({ taken, prompts }: TodayFigures): string {
  return prompts > 0 && taken <= prompts ? `${taken} of ${prompts} prompts` : String(taken);
}

const TAKEN_RULE = `Counted once a break runs ${TAKEN_AFTER_SECONDS} seconds or to its end, or you leave your desk while it is due. `
  + 'A skipped break, or one ended sooner, is not taken.';

/** Today in a few numbers: the history's record of today with the streak going on now. */
export function Glance({ today, snapshot }: { today: DayRecord; snapshot: Pick<EngineSnapshot, 'settled'> }) {
  const figures = todayFigures(today, snapshot);
  const facts: [string, string, string?][] = [
    ['Sitting today', formatDuration(figures.sittingSeconds)],
    ['Current streak', formatDuration(figures.currentStreakSeconds)],
    ['Longest streak', formatDuration(figures.longestStreakSeconds)],
    ['Routines done', String(today.routinesCompleted)],
    // Its note makes it two columns wide; after a row of four it leaves no hole.
    ['Breaks taken', breaksTaken(figures), TAKEN_RULE],
    ['Held while busy', today.held > 0 ? `${today.held} (${formatDuration(today.heldSeconds)} waiting)` : 'None'],
  ];
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title">Today at a glance</h2>
      <dl className="glance">
        {facts.map(([name, value, note]) => (
          <div key={name} className={note ? 'with-note' : undefined}>
            <dt>{name}</dt>
            <dd>{value}</dd>
            {note && <dd className="glance-note">{note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
