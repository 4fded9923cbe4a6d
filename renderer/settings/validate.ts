import { minutesOfDay, type TimeRange } from '../../core/calendar';
import { CLOCK_TIME, LIMITS, type NumberSetting } from '../../core/settings/schema';
import { numberFieldWords, type Unit } from '../../core/words/settings/fields';
import { scheduleSettingsWords } from '../../core/words/settings/schedule';

type NumberCheck = { ok: true; value: number } | { ok: false; message: string };

/** Reads what was typed in a number field; every message says what is wrong with it and names the allowed range. */
export function checkNumber(text: string, path: NumberSetting, unit: Unit): NumberCheck {
  const [min, max] = LIMITS[path];
  return checkWhole(text, unit, min, max);
}

/** Reads a whole number typed in a field that allows `min` to `max`. */
export function checkWhole(text: string, unit: Unit, min: number, max: number): NumberCheck {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: numberFieldWords.empty(unit, min, max) };
  if (!/^[+-]?\d+$/.test(typed)) {
    const problem = /^[+-]?\d*[.,]\d+$/.test(typed) ? numberFieldWords.notWhole : numberFieldWords.notANumber;
    return { ok: false, message: problem(typed, unit, min, max) };
  }
  const value = Number(typed);
  if (value < min) return { ok: false, message: numberFieldWords.tooLow(typed, unit, min, max) };
  if (value > max) return { ok: false, message: numberFieldWords.tooHigh(typed, unit, min, max) };
  return { ok: true, value };
}

export interface DayProblem { ranges: number[]; message: string }

function rangeProblem([start, end]: TimeRange, index: number): DayProblem | null {
  const ranges = [index];
  const range = index + 1;
  if (start === '' || end === '') return { ranges, message: scheduleSettingsWords.needsBothEnds(range) };
  const clockTimes = CLOCK_TIME.test(start) && (CLOCK_TIME.test(end) || end === '24:00');
  if (!clockTimes) return { ranges, message: scheduleSettingsWords.needsClockTimes(range) };
  if (minutesOfDay(start) >= minutesOfDay(end)) return { ranges, message: scheduleSettingsWords.backwards(range) };
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
      const [first, second] = [Math.min(furthest.index, range.index), Math.max(furthest.index, range.index)] as const;
      overlaps.push({ ranges: [first, second], message: scheduleSettingsWords.overlap(first + 1, second + 1) });
    }
    if (range.end > furthest.end) furthest = range;
  }
  return overlaps;
}
