import { describe, expect, it } from 'vitest';
import { shiftDay } from '../../../core/history/days';
import { exerciseUse } from '../../../core/history/per-exercise';
import { EMPTY_DAY, type DayRecord } from '../../../core/history/records';

const TODAY = '2026-11-30';
const did = (exercises: Record<string, number>): DayRecord => ({ ...EMPTY_DAY, exercises });
const daysAgo = (n: number) => shiftDay(TODAY, -n);

describe('how often each exercise was done', () => {
  it('counts today and the 6 days before it as the last 7, and today and the 29 before it as the last 30', () => {
    const days = {
      [TODAY]: did({ 'chin-tuck': 1 }),
      [daysAgo(6)]: did({ 'chin-tuck': 2 }),
      [daysAgo(7)]: did({ 'chin-tuck': 4 }),
      [daysAgo(29)]: did({ 'chin-tuck': 8 }),
      [daysAgo(30)]: did({ 'chin-tuck': 16, 'seated-march': 1 }),
      [shiftDay(TODAY, 1)]: did({ 'chin-tuck': 32 }),
    };
    expect(exerciseUse(days, TODAY, [])).toEqual([{ exercise: 'chin-tuck', week: 3, month: 15 }]);
  });

  it('lists what is left out now with when, done lately or not, and keeps the counts of own exercises', () => {
    const days = { [daysAgo(2)]: did({ 'own-wall-press': 2, 'seated-march': 1 }) };
    const leftOut = [{ exercise: 'seated-march', since: 1_000 }, { exercise: 'chin-tuck', since: 2_000 }];
    expect(exerciseUse(days, TODAY, leftOut)).toEqual([
      { exercise: 'own-wall-press', week: 2, month: 2 },
      { exercise: 'seated-march', week: 1, month: 1, leftOutSince: 1_000 },
      { exercise: 'chin-tuck', week: 0, month: 0, leftOutSince: 2_000 },
    ]);
  });

  it('puts the most done over 30 days first, then over 7, then by id', () => {
    const days = { [daysAgo(20)]: did({ b: 3, c: 1 }), [TODAY]: did({ a: 1, c: 2, d: 1 }) };
    expect(exerciseUse(days, TODAY, []).map((use) => use.exercise)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('is empty with no history and nothing left out', () => {
    expect(exerciseUse({}, TODAY, [])).toEqual([]);
  });
});
