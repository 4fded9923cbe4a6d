import type { EngineSnapshot } from '../../core/engine/snapshot';
import { TAKEN_AFTER_SECONDS } from '../../core/history/recorder';
import type { DayRecord } from '../../core/history/records';
import { todayFigures, type TodayFigures } from '../../core/history/today';
import { formatDuration } from '../../core/shell/status';
import { statsWords } from '../../core/words/stats';

const words = statsWords.glance;

/** "6 of 9 prompts"; a break started from the menu needs no prompt, so with more breaks than prompts, only the count. */
function breaksTaken({ taken, prompts }: TodayFigures): string {
  return prompts > 0 && taken <= prompts ? words.takenOfPrompts(taken, prompts) : String(taken);
}

/** Today in a few numbers: the history's record of today with the streak going on now. */
export function Glance({ today, snapshot }: { today: DayRecord; snapshot: Pick<EngineSnapshot, 'settled'> }) {
  const figures = todayFigures(today, snapshot);
  const facts: [string, string, string?][] = [
    [words.sittingToday, formatDuration(figures.sittingSeconds)],
    [words.currentStreak, formatDuration(figures.currentStreakSeconds)],
    [words.longestStreak, formatDuration(figures.longestStreakSeconds)],
    [words.routinesDone, String(today.routinesCompleted)],
    // Its note makes it two columns wide; after a row of four it leaves no hole.
    [words.breaksTaken, breaksTaken(figures), words.takenRule(TAKEN_AFTER_SECONDS)],
    [words.heldWhileBusy, today.held > 0 ? words.held(today.held, formatDuration(today.heldSeconds)) : words.noneHeld],
  ];
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title">{words.title}</h2>
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
