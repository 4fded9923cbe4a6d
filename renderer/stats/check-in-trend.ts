import { checkInWeeks, type CheckInWeek } from '../../core/history/check-ins';
import type { DayRecord } from '../../core/history/records';
import { statsWords } from '../../core/words/stats';
import { shortDate } from './labels';

const TREND_WEEKS = 6;

export interface CheckInTrend {
  weeks: CheckInWeek[];
  hasRatings: boolean;
  /** Under each week: when it starts, and the routines done in it. */
  labels: string[][];
  /** Each week's full span, for the table. */
  rowNames: string[];
  description: string;
}

const words = statsWords.stiffness;

/** "before routines from 6.5 in the week of 3 Nov to 4.0 in the week of 8 Dec", from the first and last weeks rated. */
function ratingTrend(moment: 'before' | 'after', weeks: readonly CheckInWeek[], ratings: readonly (number | null)[]): string {
  const rated = ratings.flatMap((rating, i) => (rating === null ? [] : [{ rating: words.rating(rating), week: shortDate(weeks[i]?.from ?? '') }]));
  const first = rated[0];
  const last = rated.at(-1);
  if (!first || !last) return words.noRatings(moment);
  return first === last ? words.oneWeek(moment, first.rating, first.week) : words.fromTo(moment, first, last);
}

/** Average stiffness before and after routines over the last six weeks, beside the routines done each week. */
export function checkInTrend(days: Readonly<Record<string, DayRecord>>, today: string): CheckInTrend {
  const weeks = checkInWeeks(days, today, TREND_WEEKS);
  const before = weeks.map((w) => w.before);
  const after = weeks.map((w) => w.after);
  const hasRatings = [...before, ...after].some((rating) => rating !== null);
  const routines = weeks.reduce((n, w) => n + w.routinesCompleted, 0);
  return {
    weeks, hasRatings,
    labels: weeks.map((w) => [shortDate(w.from), words.done(w.routinesCompleted)]),
    rowNames: weeks.map((w) => words.weekSpan(shortDate(w.from), shortDate(w.to))),
    description: hasRatings
      ? words.described(TREND_WEEKS, ratingTrend('before', weeks, before), ratingTrend('after', weeks, after), routines)
      : words.nothingIn(TREND_WEEKS),
  };
}
