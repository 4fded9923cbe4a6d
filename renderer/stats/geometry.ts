/** The drawing area of every chart, in viewBox units; the SVG scales to the window's width. */
export const PLOT = { width: 380, height: 230, left: 44, right: 18, top: 28, bottom: 42 } as const;
const innerWidth = PLOT.width - PLOT.left - PLOT.right;
const innerHeight = PLOT.height - PLOT.top - PLOT.bottom;
export const baseline = PLOT.height - PLOT.bottom;

/** The y axis: its top value and its gridlines, in raw units (seconds, counts, ratings). */
export interface Scale { top: number; ticks: number[] }

/**
 * Round steps of 1, 2 or 5 (times a power of ten) in the axis unit (`per` raw units each), about `target` of them
 * up to `max`. With nothing to show the axis still runs up to one step, so an empty chart draws flat.
 */
export function niceScale(max: number, per = 1, minStep = 1, target = 4): Scale {
  const rough = Math.max(max / per / target, minStep);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5].map((m) => m * power).find((s) => s >= rough) ?? 10 * power) * per;
  const count = Math.max(1, Math.ceil(max / step));
  return { top: count * step, ticks: Array.from({ length: count + 1 }, (_, i) => i * step) };
}

export const fixedScale = (top: number, step: number): Scale =>
  ({ top, ticks: Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step) });

/** A tick's label in the axis unit, without floating-point noise: 1.5, not 1.4999999. */
export const tickLabel = (raw: number, per = 1): string => String(Math.round((raw / per) * 10) / 10);

export const yFor = (value: number, scale: Scale): number => baseline - (value / scale.top) * innerHeight;
const slotWidth = (slots: number): number => innerWidth / slots;
export const slotCenter = (index: number, slots: number): number => PLOT.left + (index + 0.5) * slotWidth(slots);

interface BarRect<T> { x: number; y: number; width: number; height: number; series: T; slot: number }

const BAR_SHARE = 0.7;

/** One bar per slot, the series stacked bottom-up in order; zero values draw nothing. */
export function stackedBars<T extends { values: readonly number[] }>(series: readonly T[], scale: Scale): BarRect<T>[] {
  const slots = series[0]?.values.length ?? 0;
  const width = slotWidth(slots) * BAR_SHARE;
  const rects: BarRect<T>[] = [];
  for (let slot = 0; slot < slots; slot++) {
    let below = 0;
    for (const entry of series) {
      const value = entry.values[slot] ?? 0;
      if (value <= 0) continue;
      const y = yFor(below + value, scale);
      rects.push({ x: slotCenter(slot, slots) - width / 2, y, width, height: yFor(below, scale) - y, series: entry, slot });
      below += value;
    }
  }
  return rects;
}

export interface LinePoint { x: number; y: number; slot: number }

/** Points for the values present, and one SVG path per run of them: a week without ratings breaks the line. */
export function lineShape(values: readonly (number | null)[], scale: Scale): { points: LinePoint[]; paths: string[] } {
  const points: LinePoint[] = [];
  const paths: string[] = [];
  let run: LinePoint[] = [];
  const close = () => {
    if (run.length > 1) paths.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' '));
    run = [];
  };
  values.forEach((value, slot) => {
    if (value === null) {
      close();
      return;
    }
    const point = { x: slotCenter(slot, values.length), y: yFor(value, scale), slot };
    points.push(point);
    run.push(point);
  });
  close();
  return { points, paths };
}
