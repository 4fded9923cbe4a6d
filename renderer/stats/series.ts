import { lastDays } from '../../core/history/days';
import type { DayRecord } from '../../core/history/history';
import { formatDuration } from '../../core/shell/status';
import { niceScale, type Scale } from './geometry';
import { axisDayLabels, dayName, longDayName, plural } from './labels';

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

type Counted = Exclude<keyof DayRecord, 'exercises' | 'stiffness'>;

const HOURS: Axis = { name: 'Hours', per: 3600, minStep: 1 };
const MINUTES: Axis = { name: 'Minutes', per: 60, minStep: 5 };
const BREAKS: Axis = { name: 'Breaks', per: 1, minStep: 1 };
const scaleFor = (axis: Axis, values: readonly number[]) => niceScale(Math.max(...values), axis.per, axis.minStep);

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const duration = (seconds: number) => (seconds === 0 ? 'none' : formatDuration(seconds));

/** The first day with the highest value, or null when every value is zero. */
function peak(days: readonly string[], values: readonly number[]): { day: string; value: number } | null {
  const highest = Math.max(0, ...values);
  const day = days[values.indexOf(highest)];
  return highest > 0 && day !== undefined ? { day, value: highest } : null;
}

function durationSummary(during: string, days: readonly string[], values: readonly number[], words: { peak: string; nothing: string }) {
  const top = peak(days, values);
  if (!top) return { description: `${words.nothing} in the ${during}.`, empty: words.nothing };
  const active = values.filter((v) => v > 0);
  return {
    description: `${words.peak} on ${longDayName(top.day)}, ${formatDuration(top.value)}; ` +
      `average ${formatDuration(sum(active) / active.length)} on the ${active.length} of ${values.length} days with any.`,
    empty: null,
  };
}

/** The days charted, shared by every daily chart. */
interface Span {
  dates: string[];
  during: string;
  column: (field: Counted) => number[];
  shared: Pick<ChartSpec, 'labels' | 'rowNames'>;
}

interface DurationWords { title: string; series: string; axis: Axis; peak: string; nothing: string }

function durationChart(span: Span, id: 'sitting' | 'streak', field: Counted, words: DurationWords): ChartSpec {
  const values = span.column(field);
  return {
    ...span.shared, id, title: words.title, axis: words.axis,
    scale: scaleFor(words.axis, values),
    series: [{ key: id, name: words.series, values }], format: duration,
    ...durationSummary(span.during, span.dates, values, words),
  };
}

function breaksChart(span: Span): ChartSpec {
  const [taken, snoozed, skipped] = [span.column('taken'), span.column('snoozed'), span.column('skipped')];
  const totals = taken.map((t, i) => t + (snoozed[i] ?? 0) + (skipped[i] ?? 0));
  const busiest = peak(span.dates, totals);
  return {
    ...span.shared, id: 'breaks', title: 'Breaks per day: taken, snoozed and skipped', axis: BREAKS, scale: scaleFor(BREAKS, totals),
    series: [
      { key: 'taken', name: 'Taken', values: taken },
      { key: 'snoozed', name: 'Snoozed', values: snoozed },
      { key: 'skipped', name: 'Skipped', values: skipped },
    ],
    format: String,
    description: busiest
      ? `${sum(taken)} taken, ${sum(snoozed)} snoozed and ${sum(skipped)} skipped in the ${span.during}; ` +
        `the busiest day was ${longDayName(busiest.day)}, with ${busiest.value}.`
      : `No breaks yet in the ${span.during}.`,
    empty: busiest ? null : 'No breaks yet',
  };
}

function naturalChart(span: Span): ChartSpec {
  const natural = span.column('natural');
  const most = peak(span.dates, natural);
  return {
    ...span.shared, id: 'natural', title: 'Natural breaks per day', axis: BREAKS, scale: scaleFor(BREAKS, natural),
    note: 'Times you left the desk long enough for a break without being asked.',
    series: [{ key: 'natural', name: 'Natural breaks', values: natural }], format: String,
    description: most
      ? `${plural(sum(natural), 'natural break')} in the ${span.during}; most on ${longDayName(most.day)}, ${most.value}.`
      : `No natural breaks yet in the ${span.during}.`,
    empty: most ? null : 'No natural breaks yet',
  };
}

/** The four daily charts over the last `range` days up to `today`; only those days are read, however long the history. */
export function dailyCharts(days: Readonly<Record<string, DayRecord>>, today: string, range: Range): ChartSpec[] {
  const points = lastDays(days, today, range);
  const dates = points.map((p) => p.day);
  const span: Span = {
    dates, during: `last ${range} days`,
    column: (field) => points.map((p) => p.record[field]),
    shared: { labels: axisDayLabels(dates), rowNames: dates.map(dayName) },
  };
  return [
    durationChart(span, 'sitting', 'sittingSeconds',
      { title: 'Sitting time per day', series: 'Sitting time', axis: HOURS, peak: 'Most', nothing: 'No sitting recorded yet' }),
    durationChart(span, 'streak', 'longestStreakSeconds', {
      title: 'Longest streak of sitting per day', series: 'Longest streak', axis: MINUTES,
      peak: 'Longest', nothing: 'No streaks of sitting recorded yet',
    }),
    breaksChart(span),
    naturalChart(span),
  ];
}
