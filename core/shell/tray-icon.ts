import { dueBreak, type EngineSnapshot } from '../engine/snapshot';

/**
 * How the tray ring looks. Sitting: the hollow ring fills as the streak nears the next break. Due: full and warm, with a
 * dot. Waiting (snoozed, or held while the user is busy): a hollow ring with a calm dot. In a break: full and calm. Paused: hollow with two bars. Away: hollow.
 * Each state differs in shape as well as colour.
 */
export type TrayLook =
  | { look: 'sitting'; progress: number }
  | { look: 'due' }
  | { look: 'waiting' }
  | { look: 'break' }
  | { look: 'paused' }
  | { look: 'away' };

type Rgba = readonly [number, number, number, number];
/**
 * Each colour has a WCAG contrast of at least 3:1 with light (#f0f0f0) and dark (#2b2b2b) panels alike. No colour
 * could also be 3:1 from a track of such a colour, so the track is hollow: an outline with the panel showing through.
 */
export const FILL: Rgba = [31, 143, 129, 255];
export const DUE: Rgba = [208, 96, 64, 255];
export const GREY: Rgba = [128, 128, 128, 255];
const SAMPLES = 4;

const OUTER = 0.48;
const INNER = 0.26;
const EDGE = 0.07;
const DOT = 0.11;
/** The paused look's two bars: half their height, their centres' distance from the middle, half their width. */
const BAR_HALF_HEIGHT = 0.18;
const BAR_OFFSET = 0.08;
const BAR_HALF_WIDTH = 0.045;

/** The colour of the ring at radius `r`: `solid` fills the band, or else its hollow outline is grey. */
function band(r: number, solid: Rgba | null): Rgba | null {
  if (r > OUTER || r < INNER) return null;
  if (solid) return solid;
  return r > OUTER - EDGE || r < INNER + EDGE ? GREY : null;
}

/** The colour at a point of the icon, in a unit square centred on 0,0, or null for transparent. */
function paint(x: number, y: number, state: TrayLook): Rgba | null {
  const r = Math.hypot(x, y);
  switch (state.look) {
    case 'paused': {
      const bar = Math.abs(y) <= BAR_HALF_HEIGHT && (Math.abs(x + BAR_OFFSET) <= BAR_HALF_WIDTH || Math.abs(x - BAR_OFFSET) <= BAR_HALF_WIDTH);
      return bar ? GREY : band(r, null);
    }
    case 'away': return band(r, null);
    case 'due': return r <= DOT ? DUE : band(r, DUE);
    case 'waiting': return r <= DOT ? FILL : band(r, null);
    case 'break': return band(r, FILL);
    case 'sitting': {
      // Angle clockwise from twelve o'clock, 0..1.
      const turn = (Math.atan2(x, -y) / (2 * Math.PI) + 1) % 1;
      return band(r, turn < Math.min(1, Math.max(0, state.progress)) ? FILL : null);
    }
  }
}

/** Every radius at which some look changes colour. */
const RADII = [OUTER, OUTER - EDGE, INNER + EDGE, INNER, DOT];
/** Every x and y at which the paused look's bars begin or end. */
const BAR_XS = [-BAR_OFFSET - BAR_HALF_WIDTH, -BAR_OFFSET + BAR_HALF_WIDTH, BAR_OFFSET - BAR_HALF_WIDTH, BAR_OFFSET + BAR_HALF_WIDTH];
const BAR_YS = [-BAR_HALF_HEIGHT, BAR_HALF_HEIGHT];
/** Headroom for rounding: a sample point is never this close to its pixel's edge. */
const SLACK = 1e-9;

const crosses = (from: number, to: number, edges: readonly number[]) => edges.some((e) => e >= from - SLACK && e <= to + SLACK);
const turnOf = (x: number, y: number) => (Math.atan2(x, -y) / (2 * Math.PI) + 1) % 1;

/**
 * Whether every point of the pixel square [x0, x1] × [y0, y1] gets the same colour from `paint`: no edge of the look
 * runs through it. Only then may one point stand for all the samples.
 */
function isPlain(x0: number, x1: number, y0: number, y1: number, state: TrayLook): boolean {
  const near = Math.hypot(Math.max(0, x0, -x1), Math.max(0, y0, -y1));
  const far = Math.hypot(Math.max(-x0, x1), Math.max(-y0, y1));
  if (crosses(near, far, RADII)) return false;
  if (state.look === 'paused' && (crosses(x0, x1, BAR_XS) || crosses(y0, y1, BAR_YS))) return false;
  if (state.look !== 'sitting' || far < INNER || near > OUTER) return true;
  const progress = Math.min(1, Math.max(0, state.progress));
  if (progress === 0 || progress === 1) return true;
  // The fill starts at twelve o'clock (x = 0 above the centre) and ends at `progress` of a turn.
  if (x0 <= SLACK && x1 >= -SLACK && y0 < SLACK) return false;
  const corners = [turnOf(x0, y0), turnOf(x1, y0), turnOf(x0, y1), turnOf(x1, y1)];
  return corners.every((turn) => turn < progress - SLACK) || corners.every((turn) => turn > progress + SLACK);
}

/**
 * Renders the tray icon, anti-aliased, as nativeImage.createFromBitmap takes it: Skia's N32 layout, which is BGRA
 * with premultiplied alpha (each colour already multiplied by its opacity). Straight alpha would come out too light.
 * A pixel on an edge averages SAMPLES² points; any other is one colour throughout, so one point gives it. That keeps a
 * redraw to a few milliseconds even before V8 has optimised it, which matters because a redraw happens on the main
 * thread just before a break window is shown.
 */
export function renderTrayIcon(state: TrayLook, size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = SAMPLES * SAMPLES;
  const sum = [0, 0, 0, 0];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      sum.fill(0);
      if (isPlain(px / size - 0.5, (px + 1) / size - 0.5, py / size - 0.5, (py + 1) / size - 0.5, state)) {
        addColour(sum, paint((px + 0.5) / size - 0.5, (py + 0.5) / size - 0.5, state), n);
      } else {
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            addColour(sum, paint((px + (sx + 0.5) / SAMPLES) / size - 0.5, (py + (sy + 0.5) / SAMPLES) / size - 0.5, state), 1);
          }
        }
      }
      const [r = 0, g = 0, b = 0, a = 0] = sum;
      const i = (py * size + px) * 4;
      pixels[i] = Math.round(b / (n * 255));
      pixels[i + 1] = Math.round(g / (n * 255));
      pixels[i + 2] = Math.round(r / (n * 255));
      pixels[i + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

/** Adds `times` samples of `colour`, premultiplied, to the running sum of a pixel's r, g, b and a. */
function addColour(sum: number[], colour: Rgba | null, times: number): void {
  if (!colour) return;
  const [r, g, b, a] = colour;
  sum[0] = (sum[0] ?? 0) + r * a * times;
  sum[1] = (sum[1] ?? 0) + g * a * times;
  sum[2] = (sum[2] ?? 0) + b * a * times;
  sum[3] = (sum[3] ?? 0) + a * times;
}

/** The tray look for an engine snapshot, in the order the tooltip names the state. */
export function trayLook(s: EngineSnapshot): TrayLook {
  if (s.breakInProgress) return { look: 'break' };
  if (s.away || s.locked || s.suspended) return { look: 'away' };
  if (s.paused) return { look: 'paused' };
  const pending = dueBreak(s);
  if (s.held || pending?.phase === 'snoozed') return { look: 'waiting' };
  if (pending) return { look: 'due' };
  const left = s.nextBreak?.inSeconds ?? 0;
  return { look: 'sitting', progress: s.nextBreak ? s.sittingSeconds / Math.max(1, s.sittingSeconds + left) : 0 };
}
