import { minutesOfDay, type TimeRange } from '../../core/calendar';
import { CLOCK_TIME, LIMITS, type NumberSetting } from '../../core/settings/schema';

/** How a number field's unit reads in its messages. */
export interface Unit { one: string; many: string; amount: string; whole: string }

export const UNITS = {
  minutes: { one: 'minute', many: 'minutes', amount: 'a number of minutes', whole: 'whole minutes' },
  seconds: { one: 'second', many: 'seconds', amount: 'a number of seconds', whole: 'whole seconds' },
  times: { one: 'time', many: 'times', amount: 'a number of times', whole: 'a whole number' },
  percent: { one: '%', many: '%', amount: 'a percentage', whole: 'a whole percentage' },
} as const satisfies Record<string, Unit>;

export const unitFor = (unit: Unit, count: number): string => (count === 1 ? unit.one : unit.many);

type NumberCheck = { ok: true; value: number } | { ok: false; message: string };

/** Reads what was typed in a number field; every message says what is wrong with it and names the allowed range. */
export function checkNumber(text: string, path: NumberSetting, unit: Unit): NumberCheck {
  const [min, max] = LIMITS[path];
  const typed = text.trim();
  if (typed === '') return { ok: false, message: `This is empty: enter ${unit.amount} from ${min} to ${max}.` };
  if (!/^[+-]?\d+$/.test(typed)) {
    const what = /^[+-]?\d*[.,]\d+$/.test(typed) ? 'is not a whole number' : 'is not a number';
    return { ok: false, message: `“${typed}” ${what}: use ${unit.whole}, from ${min} to ${max}.` };
  }
  const value = Number(typed);
  const range = `choose from ${min} to ${max} ${unitFor(unit, max)}.`;
  if (value < min) return { ok: false, message: `${typed} is too low: ${range}` };
  if (value > max) return { ok: false, message: `${typed} is too high: ${range}` };
  return { ok: true, value };
}

export interface DayProblem { ranges: number[]; message: string }

function rangeProblem([start, end]: TimeRange, index: number): DayProblem | null {
  const ranges = [index];
  const name = `Range ${index + 1}`;
  if (start === '' || end === '') return { ranges, message: `${name} needs both a start and an end time.` };
  if (!CLOCK_TIME.test(start) || !(CLOCK_TIME.test(end) || end === '24:00')) return { ranges, message: `${name} needs times like 09:00.` };
  if (minutesOfDay(start) >= minutesOfDay(end)) return { ranges, message: `${name} must start before it ends.` };
  return null;
}

/** What stops a day's ranges from being saved, one message per problem; none means the day can be saved. */
export function dayProblems(ranges: readonly TimeRange[]): DayProblem[] {
  const problems = ranges.map(rangeProblem).filter((problem) => problem !== null);
  if (problems.length > 0) return problems;
  const byStart = ranges.map((range, index) => ({ index, start: minutesOfDay(range[0]), end: minutesOfDay(range[1]) }))
    .sort((a, b) => a.start - b.start);
  const [first, ...rest] = byStart;
  if (!first) return [];
  const overlaps: DayProblem[] = [];
  // Each range is checked against the one reaching furthest so far, which catches a range inside a long one.
  let furthest = first;
  for (const range of rest) {
    if (furthest.end > range.start) {
      const pair = [furthest.index, range.index].sort((a, b) => a - b);
      overlaps.push({ ranges: pair, message: `Ranges ${pair.map((n) => n + 1).join(' and ')} overlap.` });
    }
    if (range.end > furthest.end) furthest = range;
  }
  return overlaps;
}
