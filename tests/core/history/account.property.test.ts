// The history is the engine's account, day by day: what the statistics and the CSV show is what the engine decided.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StampedEvent } from '../../../core/engine/engine';
import { countEvent, dayKey } from '../../../core/history/history';
import { EMPTY_HISTORY, type DayRecord } from '../../../core/history/records';
import { replay } from '../../../core/replay/replay';
import { parseSettings } from '../../../core/settings/parse';
import { restartArb, settingsArb, stepArb, toTrace, type Step } from '../../helpers/engine-arbitraries';

// Breaks taken need more than one event to decide; today.property.test.ts holds them to the engine's decisions.
const COUNTS = ['prompts', 'natural', 'snoozed', 'skipped', 'held', 'heldSeconds'] as const satisfies readonly (keyof DayRecord)[];
/** Traces start at 07:00 UTC and run up to two days, so most cross a 04:00 day turn or two. */
const anyStep = fc.oneof({ weight: 12, arbitrary: stepArb }, { weight: 1, arbitrary: restartArb });
/**
 * The user comes back and clicks, and the trace ends there: nothing of a quiet spell is left for a later reading to
 * take back, and the engine's last step is the moment its account is compared at.
 */
const BACK: Step[] = [{ gap: 1, system: 'resume' }, { gap: 1, system: 'unlock' }, { gap: 1, user: 'active' }, { gap: 1, action: { action: 'stop-reading' } }];

const sum = (days: DayRecord[], field: keyof DayRecord) => days.reduce((total, day) => total + (day[field] as number), 0);

describe('the history', () => {
  it('holds the engine\'s account: its sitting, longest streak and each day\'s counts, across restarts and days', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(anyStep, { minLength: 1, maxLength: 40 }), (partial, steps) => {
        const settings = parseSettings(partial);
        if (!settings.ok) throw new Error(settings.errors.join('; '));
        const events: StampedEvent[] = [];
        const { summary, history } = replay(toTrace(settings.value, [...steps, ...BACK], { tailSeconds: 0 }), { onEvent: (event) => { events.push(event); } });
        const days = Object.values(history.days);
        expect(sum(days, 'sittingSeconds'), 'sitting').toBe(summary.sittingSeconds);
        expect(Math.max(0, ...days.map((day) => day.longestStreakSeconds)), 'longest streak').toBe(summary.longestSittingSeconds);
        // Each decision counts on the day of its moment, as the engine made it.
        const expected = events.reduce((h, event) => countEvent(h, dayKey(event.wall, () => 0), event), EMPTY_HISTORY);
        for (const day of new Set([...Object.keys(expected.days), ...Object.keys(history.days)])) {
          const counted = (record: DayRecord | undefined) => COUNTS.map((field) => record?.[field] ?? 0);
          expect(counted(history.days[day]), day).toEqual(counted(expected.days[day]));
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  }, 120_000);
});
