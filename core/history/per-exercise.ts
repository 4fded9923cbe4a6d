import type { LeftOut } from '../exercises/own';
import { lastDays } from './days';
import type { DayRecord } from './records';

/** The two spans, in days up to and including today, over which each exercise's count is shown. */
export const USE_SPANS = { week: 7, month: 30 } as const;

export interface ExerciseUse {
  exercise: string;
  week: number;
  month: number;
  /** When it was left out (ms), if it is left out now. */
  leftOutSince?: number;
}

const byUse = (a: ExerciseUse, b: ExerciseUse) => b.month - a.month || b.week - a.week
  || Number(b.leftOutSince !== undefined) - Number(a.leftOutSince !== undefined) || a.exercise.localeCompare(b.exercise);

/**
 * How often each exercise was done in the last 7 and the last 30 days up to and including `today`, with those left out
 * now whether done lately or not: the most done first, then those left out, then by id.
 */
export function exerciseUse(days: Readonly<Record<string, DayRecord>>, today: string, leftOut: readonly LeftOut[]): ExerciseUse[] {
  const uses = new Map<string, ExerciseUse>();
  const useOf = (exercise: string) => {
    const known = uses.get(exercise) ?? { exercise, week: 0, month: 0 };
    uses.set(exercise, known);
    return known;
  };
  const { week, month } = USE_SPANS;
  lastDays(days, today, month).forEach(({ record }, i) => {
    for (const [exercise, times] of Object.entries(record.exercises)) {
      const use = useOf(exercise);
      use.month += times;
      if (i >= month - week) use.week += times;
    }
  });
  for (const { exercise, since } of leftOut) useOf(exercise).leftOutSince = since;
  return [...uses.values()].sort(byUse);
}
