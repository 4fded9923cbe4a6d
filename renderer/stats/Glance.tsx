import type { DayRecord } from '../../electron/core/history/history';
import { formatDuration } from '../../electron/core/shell/status';

/** "6 of 9 prompts"; a break started from the menu needs no prompt, so with more breaks than prompts, only the count. */
function breaksTaken({ taken, prompts }: DayRecord): string {
  return prompts > 0 && taken <= prompts ? `${taken} of ${prompts} prompts` : String(taken);
}

/** Today's record in a few numbers, with the stretch of sitting going on now. */
export function Glance({ today, sittingNow }: { today: DayRecord; sittingNow: number }) {
  const facts: [string, string][] = [
    ['Sitting today', formatDuration(today.sittingSeconds)],
    ['Current stretch', formatDuration(sittingNow)],
    ['Longest stretch', formatDuration(today.longestStreakSeconds)],
    ['Breaks taken', breaksTaken(today)],
    ['Routines done', String(today.routinesCompleted)],
    ['Held while busy', today.held > 0 ? `${today.held} (${formatDuration(today.heldSeconds)} waiting)` : 'None'],
  ];
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title">Today at a glance</h2>
      <dl className="glance">
        {facts.map(([name, value]) => <div key={name}><dt>{name}</dt><dd>{value}</dd></div>)}
      </dl>
    </section>
  );
}
