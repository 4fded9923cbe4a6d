import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDays, encodeHistory, STORED_VERSION } from '../../../core/history/codec';
import { shiftDay } from '../../../core/history/days';
import { KEPT_DAYS, salvageHistory } from '../../../core/history/history';
import { EXERCISES } from '../../../core/exercises/library';
import { EMPTY_DAY, HISTORY_VERSION, type DayRecord } from '../../../core/history/records';
import { sampleHistory } from '../../../scripts/sample-history';

const count = fc.nat({ max: 100_000 });
const exerciseId = fc.oneof(fc.constantFrom(...EXERCISES.map((e) => e.id)), fc.constantFrom('own-wall-press', 'own-neck-roll-2'));
const tally = fc.record({ sum: count, count });
// Days without check-ins or left-out exercises have none of those fields, as the history writes them.
const dayRecord: fc.Arbitrary<DayRecord> = fc.record({
  sittingSeconds: count, longestStreakSeconds: count, prompts: count, taken: count, natural: count, snoozed: count,
  skipped: count, routinesCompleted: count, routinesEnded: count, hurtStops: count, held: count, heldSeconds: count,
  exercises: fc.dictionary(exerciseId, fc.integer({ min: 1, max: 50 })),
  stiffness: fc.record({ before: tally, after: tally }),
  leftOut: fc.array(exerciseId, { minLength: 1, maxLength: 4 }),
  broughtBack: fc.array(exerciseId, { minLength: 1, maxLength: 4 }),
}, { requiredKeys: [
  'sittingSeconds', 'longestStreakSeconds', 'prompts', 'taken', 'natural', 'snoozed', 'skipped', 'routinesCompleted',
  'routinesEnded', 'hurtStops', 'held', 'heldSeconds', 'exercises',
] });

describe('the stored history format', () => {
  it('reads back exactly what it wrote, for any days', () => {
    fc.assert(fc.property(fc.dictionary(fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), dayRecord), (days) => {
      const history = { version: HISTORY_VERSION as typeof HISTORY_VERSION, days };
      const stored = JSON.parse(JSON.stringify(encodeHistory(history))) as unknown;
      expect(salvageHistory(stored)).toEqual({ value: history, problems: [] });
    }), { numRuns: 200 });
  });

  it('writes a day as one short row, with unused exercises and check-ins left out', () => {
    const stored = encodeHistory({
      version: HISTORY_VERSION,
      days: {
        '2026-11-20': { ...EMPTY_DAY, sittingSeconds: 3600, taken: 2, held: 1, heldSeconds: 600, exercises: { 'seated-march': 1 } },
        '2026-11-21': { ...EMPTY_DAY, exercises: { 'abdominal-bracing': 2 }, stiffness: { before: { sum: 6, count: 1 }, after: { sum: 0, count: 0 } } },
      },
    });
    expect(stored).toEqual({
      version: STORED_VERSION,
      exercises: ['abdominal-bracing', 'seated-march'],
      days: {
        '2026-11-20': [3600, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 600, 0, [0, 1]], '2026-11-21': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [6, 1, 0, 0], [2]],
      },
    });
  });

  it('ends a day\'s row with the exercises left out and brought back, by their places in the list, only when there are any', () => {
    const stored = encodeHistory({
      version: HISTORY_VERSION,
      days: {
        '2026-11-20': { ...EMPTY_DAY, exercises: { 'seated-march': 1 }, leftOut: ['own-wall-press', 'chin-tuck'] },
        '2026-11-21': { ...EMPTY_DAY, broughtBack: ['own-wall-press'] },
        '2026-11-22': EMPTY_DAY,
      },
    });
    expect(stored.exercises).toEqual(['chin-tuck', 'own-wall-press', 'seated-march']);
    expect(stored.days['2026-11-20']?.slice(-2)).toEqual([[0, 0, 1], [1, 0]]);
    expect(stored.days['2026-11-21']?.slice(-3)).toEqual([[], [], [1]]);
    expect(stored.days['2026-11-22']).toHaveLength(14);
  });

  it('drops a day whose left-out exercises are not in the list, or that has lists a version 3 row can\'t have', () => {
    const row = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [], [5]];
    expect(salvageHistory({ version: STORED_VERSION, exercises: ['chin-tuck'], days: { '2026-11-20': row } }).problems)
      .toEqual(['2026-11-20: leftOut[0] must be a short name in lower case with hyphens, like "seated-march"']);
    expect(salvageHistory({ version: 3, exercises: ['chin-tuck'], days: { '2026-11-20': [...row.slice(0, -1), [0]] } }).problems)
      .toEqual(['2026-11-20: must be a day record']);
  });

  it('reads version 3 files, written before anything was left out, with nothing left out', () => {
    const salvaged = salvageHistory({ version: 3, exercises: ['seated-march'], days: { '2026-11-21': [60, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 30, 0, [2]] } });
    expect(salvaged).toEqual({ problems: [], value: { version: HISTORY_VERSION, days: { '2026-11-21': {
      ...EMPTY_DAY, sittingSeconds: 60, prompts: 1, held: 1, heldSeconds: 30, exercises: { 'seated-march': 2 },
    } } } });
  });

  it('keeps 800 days at their busiest under 200 KB', () => {
    const sample = Object.values(sampleHistory({ days: 60, today: '2026-11-21' }).days);
    const everyExercise = Object.fromEntries(EXERCISES.map((e, i) => [e.id, 10 + i]));
    const days = Object.fromEntries(Array.from({ length: KEPT_DAYS }, (_, i) => [
      shiftDay('2026-11-21', -i),
      { ...EMPTY_DAY, ...sample[i % sample.length], hurtStops: 1, exercises: everyExercise, stiffness: { before: { sum: 140, count: 20 }, after: { sum: 100, count: 20 } } },
    ]));
    const size = JSON.stringify(encodeHistory({ version: HISTORY_VERSION, days })).length;
    expect(size).toBeLessThan(200 * 1024);
  });

  it('passes a damaged row on unchanged, so that only its day is dropped', () => {
    const decoded = decodeDays({ exercises: ['seated-march'], days: { '2026-11-20': [1, 2, 3], '2026-11-21': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [4]] } });
    expect(decoded['2026-11-20']).toEqual([1, 2, 3]);
    expect(decoded['2026-11-21']).toMatchObject({ exercises: { 'seated-march': 4 } });
    const salvaged = salvageHistory({ version: STORED_VERSION, exercises: ['seated-march'], days: { '2026-11-20': [1, 2, 3], '2026-11-21': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, [4]] } });
    expect(Object.keys(salvaged.value.days)).toEqual(['2026-11-21']);
    expect(salvaged.problems).toEqual(['2026-11-20: must be a day record']);
  });

  it('reads version 2 files, written before holds, with nothing held', () => {
    const salvaged = salvageHistory({ version: 2, exercises: ['seated-march'], days: { '2026-11-21': [3600, 1200, 4, 3, 1, 0, 0, 2, 0, 0, 0, [4]] } });
    expect(salvaged).toEqual({ problems: [], value: { version: HISTORY_VERSION, days: { '2026-11-21': {
      ...EMPTY_DAY, sittingSeconds: 3600, longestStreakSeconds: 1200, prompts: 4, taken: 3, natural: 1, routinesCompleted: 2,
      exercises: { 'seated-march': 4 },
    } } } });
  });

  it('reads exported records from before holds, with nothing held', () => {
    const { held: _h, heldSeconds: _s, ...before } = { ...EMPTY_DAY, prompts: 2 };
    expect(salvageHistory({ version: HISTORY_VERSION, days: { '2026-11-21': before } }).value.days['2026-11-21'])
      .toEqual({ ...EMPTY_DAY, prompts: 2 });
  });
});
