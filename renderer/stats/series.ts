import { lastDays } from '../../core/history/days';
import type { DayRecord } from '../../core/history/records';
import { formatDuration } from '../../core/shell/status';
import { statsWords } from '../../core/words/stats';
import { niceScale, type Scale } from './geometry';
import { axisDayLabels, dayName, longDayName } from './labels';

export type Range = 7 | 30;
export type SeriesKey = 'sitting' | 'streak' | 'taken' | 'snoozed' | 'skipped' | 'natural';
export interface Series { key: SeriesKey; name: string; values: number[] }
/** The y axis's name with its unit, how many raw units (seconds, counts) one of those holds, and its smallest step. */
interface Axis { name: string; per: number; minStep: number }

/** Everything a bar chart draws and says; stacked when it has more than one series. */
export interface ChartSpec {
  id: string;
  title: string;
  /** What the chart shows, in a sentence or two. */
  description: string;
  /** The words drawn inside a chart with nothing to show, or null. */
  empty: string | null;
  /** One more line under the title, for a measure that needs explaining. */
  note?: string;
  axis: Axis;
  scale: Scale;
  /** Lines of text under each bar (none for bars left unnamed). */
  labels: string[][];
  /** Each bar's full name, for the table. */
  rowNames: string[];
  series: Series[];
  format: (value: number) => string;
}

type Counted = Exclude<keyof DayRecord, 'exercises' | 'stiffness' | 'leftOut' | 'broughtBack'>;

const HOURS: Axis = { get name() { return statsWords.hours; }, per: 3600, minStep: 1 };
const MINUTES: Axis = { get name() { return statsWords.minutes; }, per: 60, minStep: 5 };
const BREAKS: Axis = { get name() { return statsWords.breaks; }, per: 1, minStep: 1 };
const scaleFor = (axis: Axis, values: readonly number[]) => niceScale(Math.max(...values), axis.per, axis.minStep);

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const duration = (seconds: number) => (seconds === 0 ? statsWords.noTime : formatDuration(seconds));

/** The first day with the highest value, or null when every value is zero. */
function peak(days: readonly string[], values: readonly number[]): { day: string; value: number } | null {
  const highest = Math.max(0, ...values);
  const day = days[values.indexOf(highest)];
  return highest > 0 && day !== undefined ? { day, value: highest } : null;
}

type DurationWords = typeof statsWords.sitting | typeof statsWords.streak;

function durationSummary(range: Range, days: readonly string[], values: readonly number[], words: DurationWords) {
  const top = peak(days, values);
  if (!top) return { description: words.nothingIn(range), empty: words.nothing };
  const active = values.filter((v) => v > 0);
  const average = formatDuration(sum(active) / active.length);
  return { description: words.peak(longDayName(top.day), formatDuration(top.value), average, active.length, values.length), empty: null };
}

/** The days charted, shared by every daily chart. */
interface Span {
  dates: string[];
  range: Range;
  column: (field: Counted) => number[];
  shared: Pick<ChartSpec, 'labels' | 'rowNames'>;
}

function durationChart(span: Span, id: 'sitting' | 'streak', field: Counted, words: DurationWords, axis: Axis): ChartSpec {
  const values = span.column(field);
  return {
    ...span.shared, id, title: words.title, axis,
    scale: scaleFor(axis, values),
    series: [{ key: id, name: words.series, values }], format: duration,
    ...durationSummary(span.range, span.dates, values, words),
  };
}

function breaksChart(span: Span): ChartSpec {
  const [taken, snoozed, skipped] = [span.column('taken'), span.column('snoozed'), span.column('skipped')];
  const totals = taken.map((t, i) => t + (snoozed[i] ?? 0) + (skipped[i] ?? 0));
  const busiest = peak(span.dates, totals);
  const words = statsWords.breaksChart;
  const counts = { taken: sum(taken), snoozed: sum(snoozed), skipped: sum(skipped) };
  return {
    ...span.shared, id: 'breaks', title: words.title, axis: BREAKS, scale: scaleFor(BREAKS, totals),
    series: [
      { key: 'taken', name: words.taken, values: taken },
      { key: 'snoozed', name: words.snoozed, values: snoozed },
      { key: 'skipped', name: words.skipped, values: skipped },
    ],
    format: String,
    description: busiest ? words.described(counts, span.range, longDayName(busiest.day), busiest.value) : words.nothingIn(span.range),
    empty: busiest ? null : words.nothing,
  };
}

function naturalChart(span: Span): ChartSpec {
  const natural = span.column('natural');
  const most = peak(span.dates, natural);
  const words = statsWords.natural;
  return {
    ...span.shared, id: 'natural', title: words.title, axis: BREAKS, scale: scaleFor(BREAKS, natural),
    note: words.note,
    series: [{ key: 'natural', name: words.series, values: natural }], format: String,
    description: most ? words.described(sum(natural), span.range, longDayName(most.day), most.value) : words.nothingIn(span.range),
    empty: most ? null : words.nothing,
  };
}

/** The four daily charts over the last `range` days up to `today`; only those days are read, however long the history. */
export function dailyCharts(days: Readonly<Record<string, DayRecord>>, today: string, range: Range): ChartSpec[] {
  const points = lastDays(days, today, range);
  const dates = points.map((p) => p.day);
  const span: Span = {
    dates, range,
    column: (field) => points.map((p) => p.record[field]),
    shared: { labels: axisDayLabels(dates), rowNames: dates.map(dayName) },
  };
  return [
    durationChart(span, 'sitting', 'sittingSeconds', statsWords.sitting, HOURS),
    durationChart(span, 'streak', 'longestStreakSeconds', statsWords.streak, MINUTES),
    breaksChart(span),
    naturalChart(span),
  ];
}
