import { describe, expect, it } from 'vitest';
import { checkInWeeks, dueGuidance, guidanceFor } from '../../../core/history/check-ins';
import { lastDays, shiftDay } from '../../../core/history/days';
import { EMPTY_DAY, type DayRecord } from '../../../core/history/records';

const TODAY = '2026-11-21';

/** Days counted back from today: `plan[0]` is today, `plan[1]` yesterday. */
function daysBack(plan: (Partial<DayRecord> | null)[]): Record<string, DayRecord> {
  const days: Record<string, DayRecord> = {};
  plan.forEach((day, back) => { if (day) days[shiftDay(TODAY, -back)] = { ...EMPTY_DAY, ...day }; });
  return days;
}
const rated = (before: number, routines = 1): Partial<DayRecord> => ({
  routinesCompleted: routines, stiffness: { before: { sum: before * 2, count: 2 }, after: { sum: 0, count: 0 } },
});

describe('day arithmetic', () => {
  it('shifts across months, years and leap days', () => {
    expect(shiftDay('2026-11-21', -21)).toBe('2026-10-31');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('lists the last days oldest first, filling the gaps with empty days', () => {
    const points = lastDays({ '2026-11-20': { ...EMPTY_DAY, taken: 3 } }, TODAY, 3);
    expect(points.map((p) => [p.day, p.record.taken])).toEqual([['2026-11-19', 0], ['2026-11-20', 3], ['2026-11-21', 0]]);
  });
});

describe('checkInWeeks', () => {
  it('averages each week\'s ratings beside its routines, oldest week first', () => {
    const days = daysBack([rated(2, 3), rated(4, 1), null, null, null, null, null, rated(6, 2)]);
    const weeks = checkInWeeks(days, TODAY, 2);
    expect(weeks).toEqual([
      { from: '2026-11-08', to: '2026-11-14', routinesCompleted: 2, before: 6, after: null },
      { from: '2026-11-15', to: '2026-11-21', routinesCompleted: 4, before: 3, after: null },
    ]);
    expect(checkInWeeks({}, TODAY)).toHaveLength(6);
  });
});

describe('guidanceFor', () => {
  // Two weeks and a day of check-ins with a routine every day: the first week at `first`, the last at `last`.
  const fifteenDays = (first: number, last: number) =>
    daysBack(Array.from({ length: 15 }, (_, back) => rated(back >= 8 ? first : back < 7 ? last : first)));

  it('suggests asking a professional after a "This hurts" stop in the last week', () => {
    expect(guidanceFor(daysBack([null, null, null, null, null, null, { hurtStops: 1 }]), TODAY)).toEqual({ reason: 'hurt' });
    expect(guidanceFor(daysBack([null, null, null, null, null, null, null, { hurtStops: 1 }]), TODAY)).toBeNull();
  });

  it('suggests it when two weeks of regular routines have not eased the stiffness', () => {
    expect(guidanceFor(fifteenDays(5, 5), TODAY)).toEqual({ reason: 'not-improving', days: 15 });
    expect(guidanceFor(fifteenDays(5, 6), TODAY)).toEqual({ reason: 'not-improving', days: 15 });
  });

  it('stays quiet while things improve, before two weeks, when stiffness is mild, or without regular routines', () => {
    expect(guidanceFor(fifteenDays(6, 4), TODAY)).toBeNull();
    expect(guidanceFor(daysBack(Array.from({ length: 13 }, () => rated(5))), TODAY)).toBeNull();
    expect(guidanceFor(fifteenDays(2, 2), TODAY)).toBeNull();
    const irregular = daysBack(Array.from({ length: 15 }, (_, back) => (back % 2 === 0 ? rated(5) : null)));
    expect(guidanceFor(irregular, TODAY)).toBeNull();
  });

  it('is given at most once a week', () => {
    const days = daysBack([{ hurtStops: 1 }]);
    expect(dueGuidance(days, TODAY, null)).toEqual({ reason: 'hurt' });
    expect(dueGuidance(days, TODAY, '2026-11-15')).toBeNull();
    expect(dueGuidance(days, TODAY, '2026-11-14')).toEqual({ reason: 'hurt' });
  });
});
