import { EMPTY_DAY, type DayRecord } from './records';

/** The day `n` days after `day` (before it when negative), both as YYYY-MM-DD. */
export function shiftDay(day: string, n: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + n)).toISOString().slice(0, 10);
}

export interface DayPoint { day: string; record: DayRecord }

/** The `count` days up to and including `today`, oldest first; days with no record count as empty. */
export function lastDays(days: Readonly<Record<string, DayRecord>>, today: string, count: number): DayPoint[] {
  return Array.from({ length: count }, (_, i) => {
    const day = shiftDay(today, i - count + 1);
    return { day, record: days[day] ?? EMPTY_DAY };
  });
}

interface Tally { sum: number; count: number }
export const average = ({ sum, count }: Tally): number | null => (count > 0 ? sum / count : null);

export const sumTallies = (tallies: readonly (Tally | undefined)[]): Tally =>
  tallies.reduce<Tally>((total, t) => ({ sum: total.sum + (t?.sum ?? 0), count: total.count + (t?.count ?? 0) }), { sum: 0, count: 0 });
