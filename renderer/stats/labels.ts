import { commonWords } from '../../core/words/common';

/** On longer ranges only every fifth day is named on the axis, counting back from today, so labels never collide. */
const LABEL_EVERY = 5;

/** A history day, YYYY-MM-DD, as the date at its UTC midnight, which the words name in UTC. */
function dateOf(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** "18 Nov" */
export const shortDate = (day: string): string => commonWords.shortDate(dateOf(day));

/** "Tue 18 Nov", for table rows. */
export const dayName = (day: string): string => commonWords.dayName(dateOf(day));

/** "Tuesday 18 Nov", for sentences. */
export const longDayName = (day: string): string => commonWords.longDayName(dateOf(day));

/** Lines of text under each bar: weekday and date for a week, every fifth date for longer ranges, none between. */
export function axisDayLabels(days: readonly string[]): string[][] {
  if (days.length <= 7) return days.map(dateOf).map((date) => [commonWords.weekdayShort(date), String(date.getUTCDate())]);
  return days.map((day, i) => ((days.length - 1 - i) % LABEL_EVERY === 0 ? [shortDate(day)] : []));
}
