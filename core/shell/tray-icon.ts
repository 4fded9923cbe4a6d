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
      const bar = Math.abs(y) <= 0.18 && (Math.abs(x + 0.08) <= 0.045 || Math.abs(x - 0.08) <= 0.045);
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

/**
 * Renders the tray icon, anti-aliased, as nativeImage.createFromBitmap takes it: Skia's N32 layout, which is BGRA
 * with premultiplied alpha (each colour already multiplied by its opacity). Straight alpha would come out too light.
 */
export function renderTrayIcon(state: TrayLook, size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = paint((px + (sx + 0.5) / SAMPLES) / size - 0.5, (py + (sy + 0.5) / SAMPLES) / size - 0.5, state);
          if (!colour) continue;
          r += colour[0] * colour[3];
          g += colour[1] * colour[3];
          b += colour[2] * colour[3];
          a += colour[3];
        }
      }
      const i = (py * size + px) * 4;
      const n = SAMPLES * SAMPLES;
      pixels.set([Math.round(b / (n * 255)), Math.round(g / (n * 255)), Math.round(r / (n * 255)), Math.round(a / n)], i);
    }
  }
  return pixels;
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
