import { WEEKDAYS } from '../../core/calendar';
import { DAY_NAMES } from '../day-names';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** On longer ranges only every fifth day is named on the axis, counting back from today, so labels never collide. */
const LABEL_EVERY = 5;

// Plain arithmetic on YYYY-MM-DD instead of Intl: the same words on every machine, and no formatter to build.
function parts(day: string) {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return { weekday: DAY_NAMES[WEEKDAYS[weekday] ?? 'sun'], date, month: MONTHS[month - 1] ?? '' };
}

/** "18 Nov" */
export function shortDate(day: string): string {
  const { date, month } = parts(day);
  return `${date} ${month}`;
}

/** "Tue 18 Nov", for table rows. */
export function dayName(day: string): string {
  return `${parts(day).weekday.slice(0, 3)} ${shortDate(day)}`;
}

/** "Tuesday 18 Nov", for sentences. */
export function longDayName(day: string): string {
  return `${parts(day).weekday} ${shortDate(day)}`;
}

/** Lines of text under each bar: weekday and date for a week, every fifth date for longer ranges, none between. */
export function axisDayLabels(days: readonly string[]): string[][] {
  if (days.length <= 7) return days.map((day) => [parts(day).weekday.slice(0, 3), String(parts(day).date)]);
  return days.map((day, i) => ((days.length - 1 - i) % LABEL_EVERY === 0 ? [shortDate(day)] : []));
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
