import { describe, expect, it } from 'vitest';
import { EMPTY_DAY, type DayRecord } from '../../../core/history/records';
import { sampleHistory } from '../../../scripts/sample-history';
import { checkInTrend } from '../../../renderer/stats/check-in-trend';
import { baseline, lineShape, niceScale, stackedBars, tickLabel, yFor } from '../../../renderer/stats/geometry';
import { axisDayLabels, dayName, longDayName } from '../../../renderer/stats/labels';
import { dailyCharts, type ChartSpec } from '../../../renderer/stats/series';

const TODAY = '2026-11-21';
const day = (record: Partial<DayRecord>): DayRecord => ({ ...EMPTY_DAY, ...record });
const chart = (charts: ChartSpec[], id: string) => {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};

describe('day labels', () => {
  it('names days in words without depending on the machine\'s locale', () => {
    expect(dayName('2026-11-17')).toBe('Tue 17 Nov');
    expect(longDayName('2026-11-21')).toBe('Saturday 21 Nov');
  });

  it('labels every day of a week, and every fifth day back from today on a month', () => {
    expect(axisDayLabels(['2026-11-20', '2026-11-21'])).toEqual([['Fri', '20'], ['Sat', '21']]);
    const month = dailyCharts({}, TODAY, 30)[0]?.labels ?? [];
    expect(month).toHaveLength(30);
    expect(month.flatMap((lines, i) => (lines.length > 0 ? [i] : []))).toEqual([4, 9, 14, 19, 24, 29]);
    expect(month[29]).toEqual(['21 Nov']);
  });
});

describe('scales', () => {
  it('steps by 1, 2 or 5 of the axis unit up past the highest value', () => {
    expect(niceScale(8 * 3600, 3600)).toEqual({ top: 8 * 3600, ticks: [0, 2, 4, 6, 8].map((h) => h * 3600) });
    expect(niceScale(20)).toEqual({ top: 20, ticks: [0, 5, 10, 15, 20] });
    expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(110 * 60, 60, 5).ticks.map((t) => tickLabel(t, 60))).toEqual(['0', '50', '100', '150']);
  });

  it('runs an empty axis up to one step, so nothing draws as a flat chart', () => {
    expect(niceScale(0, 3600)).toEqual({ top: 3600, ticks: [0, 3600] });
    expect(niceScale(0, 60, 5)).toEqual({ top: 300, ticks: [0, 300] });
  });
});

describe('stacked bars', () => {
  const series = [{ values: [3, 0, 1] }, { values: [2, 0, 0] }, { values: [1, 0, 4] }];
  const scale = niceScale(6);
  const rects = stackedBars(series, scale);

  it('stacks each day\'s segments up to the height of their total', () => {
    for (const slot of [0, 2]) {
      const segments = rects.filter((r) => r.slot === slot);
      const total = series.reduce((sum, s) => sum + (s.values[slot] ?? 0), 0);
      expect(segments.reduce((sum, r) => sum + r.height, 0)).toBeCloseTo(baseline - yFor(total, scale));
      expect(Math.min(...segments.map((r) => r.y))).toBeCloseTo(yFor(total, scale));
    }
  });

  it('draws nothing for zero values, in series order from the bottom', () => {
    expect(rects.filter((r) => r.slot === 1)).toEqual([]);
    expect(rects.filter((r) => r.slot === 2).map((r) => r.series)).toEqual([series[0], series[2]]);
    expect(rects.find((r) => r.slot === 0)?.y).toBeCloseTo(yFor(3, scale));
  });
});

describe('line shapes', () => {
  it('breaks the line at a week without ratings, but keeps a lone point', () => {
    const { points, paths } = lineShape([5, 4, null, 3, null, 2], niceScale(10));
    expect(points.map((p) => p.slot)).toEqual([0, 1, 3, 5]);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.split('L')).toHaveLength(2);
  });
});

describe('daily charts', () => {
  const days = {
    '2026-11-17': day({ sittingSeconds: 7200, longestStreakSeconds: 3000, taken: 5, snoozed: 2, skipped: 1, natural: 2 }),
    '2026-11-20': day({ sittingSeconds: 4 * 3600 + 300, longestStreakSeconds: 1500, taken: 1, snoozed: 0, skipped: 3, natural: 1 }),
  };
  const week = dailyCharts(days, TODAY, 7);

  it('sums up sitting time in words: the most, and the average over days with any', () => {
    const sitting = chart(week, 'sitting');
    expect(sitting.description).toBe('Most on Friday 20 Nov, 4 h 05 min; average 3 h 02 min on the 2 of 7 days with any.');
    expect(sitting.series[0]?.values).toEqual([0, 0, 7200, 0, 0, 4 * 3600 + 300, 0]);
    expect(sitting.format(7200)).toBe('2 h 00 min');
    expect(sitting.format(0)).toBe('none');
    expect(chart(week, 'streak').description).toBe('Longest on Tuesday 17 Nov, 50 min; average 37 min on the 2 of 7 days with any.');
  });

  it('stacks taken, snoozed and skipped, and counts them in the description', () => {
    const breaks = chart(week, 'breaks');
    expect(breaks.series.map((s) => s.name)).toEqual(['Taken', 'Snoozed', 'Skipped']);
    expect(breaks.description).toBe('6 taken, 2 snoozed and 4 skipped in the last 7 days; the busiest day was Tuesday 17 Nov, with 8.');
    expect(breaks.scale.top).toBeGreaterThanOrEqual(8);
    expect(chart(week, 'natural').description).toBe('3 natural breaks in the last 7 days; most on Tuesday 17 Nov, 2.');
  });

  it('says "No … yet" and draws an empty note when there is nothing', () => {
    const empty = dailyCharts({}, TODAY, 7);
    expect(empty.map((c) => c.description)).toEqual([
      'No sitting recorded yet in the last 7 days.',
      'No streaks of sitting recorded yet in the last 7 days.',
      'No breaks yet in the last 7 days.',
      'No natural breaks yet in the last 7 days.',
    ]);
    expect(empty.every((c) => c.empty !== null && c.series.every((s) => s.values.every((v) => v === 0)))).toBe(true);
  });

  it('reads only the charted days of a two-year history', () => {
    const { days: long } = sampleHistory({ days: 730, today: TODAY });
    const month = dailyCharts(long, TODAY, 30);
    expect(month.every((c) => c.rowNames.length === 30 && c.series.every((s) => s.values.length === 30))).toBe(true);
    expect(chart(month, 'sitting').series[0]?.values.at(-1)).toBe(long[TODAY]?.sittingSeconds ?? 0);
  });
});

describe('check-in trend', () => {
  const rated = (before: [number, number], after: [number, number], routinesCompleted: number) =>
    day({ routinesCompleted, stiffness: { before: { sum: before[0], count: before[1] }, after: { sum: after[0], count: after[1] } } });

  it('averages each week and describes the first and last weeks rated', () => {
    const trend = checkInTrend({
      '2026-10-12': rated([6, 1], [4, 1], 1),
      '2026-10-14': rated([7, 1], [4, 1], 2),
      '2026-11-16': rated([8, 2], [3, 2], 3),
    }, TODAY);
    expect(trend.hasRatings).toBe(true);
    expect(trend.weeks.map((w) => [w.before, w.after, w.routinesCompleted])).toEqual([
      [6.5, 4, 3], [null, null, 0], [null, null, 0], [null, null, 0], [null, null, 0], [4, 1.5, 3],
    ]);
    expect(trend.rowNames[0]).toBe('11 Oct to 17 Oct');
    expect(trend.labels[5]).toEqual(['15 Nov', '3 done']);
    expect(trend.description).toBe('Average stiffness over the last 6 weeks, before routines from 6.5 in the week of 11 Oct ' +
      'to 4.0 in the week of 15 Nov; after routines from 4.0 in the week of 11 Oct to 1.5 in the week of 15 Nov. ' +
      '6 routines done in those weeks.');
  });

  it('has no ratings without check-ins, even with routines', () => {
    const trend = checkInTrend({ '2026-11-20': day({ routinesCompleted: 4 }) }, TODAY);
    expect(trend.hasRatings).toBe(false);
    expect(trend.description).toBe('No check-ins yet in the last 6 weeks.');
  });
});
