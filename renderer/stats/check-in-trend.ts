import { checkInWeeks, type CheckInWeek } from '../../core/history/check-ins';
import type { DayRecord } from '../../core/history/history';
import { plural, shortDate } from './labels';

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

export const formatRating = (rating: number | null): string => (rating === null ? 'no ratings' : rating.toFixed(1));

/** "before routines from 6.5 in the week of 3 Nov to 4.0 in the week of 8 Dec", from the first and last weeks rated. */
function ratingTrend(moment: string, weeks: readonly CheckInWeek[], ratings: readonly (number | null)[]): string {
  const rated = ratings.flatMap((rating, i) => (rating === null ? [] : [{ rating, from: weeks[i]?.from ?? '' }]));
  const first = rated[0];
  const last = rated.at(-1);
  if (!first || !last) return `no ratings ${moment}`;
  const at = (week: typeof first) => `${formatRating(week.rating)} in the week of ${shortDate(week.from)}`;
  return first === last ? `${moment} ${at(first)}` : `${moment} from ${at(first)} to ${at(last)}`;
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
    labels: weeks.map((w) => [shortDate(w.from), `${w.routinesCompleted} done`]),
    rowNames: weeks.map((w) => `${shortDate(w.from)} to ${shortDate(w.to)}`),
    description: hasRatings
      ? `Average stiffness over the last ${TREND_WEEKS} weeks, ${ratingTrend('before routines', weeks, before)}; ` +
        `${ratingTrend('after routines', weeks, after)}. ${plural(routines, 'routine')} done in those weeks.`
      : `No check-ins yet in the last ${TREND_WEEKS} weeks.`,
  };
}
