import { dueBreak, type EngineSnapshot } from '../engine/snapshot';

/** How the tray ring looks: filling while sitting, full and warm when a break is due, grey with bars when paused. */
export type TrayLook = { look: 'sitting'; progress: number } | { look: 'due' } | { look: 'paused' } | { look: 'away' };

type Rgba = readonly [number, number, number, number];
const TRACK: Rgba = [128, 128, 128, 110];
const FILL: Rgba = [42, 157, 143, 255];
const DUE: Rgba = [231, 111, 81, 255];
const PAUSED: Rgba = [128, 128, 128, 255];
const SAMPLES = 4;

/** The colour at a point of the icon, in a unit square centred on 0,0, or null for transparent. */
function paint(x: number, y: number, state: TrayLook): Rgba | null {
  const r = Math.hypot(x, y);
  const onRing = r <= 0.47 && r >= 0.31;
  if (state.look === 'paused') {
    const bar = Math.abs(y) <= 0.2 && (Math.abs(x + 0.09) <= 0.045 || Math.abs(x - 0.09) <= 0.045);
    return onRing || bar ? PAUSED : null;
  }
  if (!onRing) return null;
  if (state.look === 'due') return DUE;
  if (state.look === 'away') return TRACK;
  // Angle clockwise from twelve o'clock, 0..1.
  const turn = (Math.atan2(x, -y) / (2 * Math.PI) + 1) % 1;
  return turn < Math.min(1, Math.max(0, state.progress)) ? FILL : TRACK;
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

/** The tray look for an engine snapshot: the ring fills as the streak nears the next break. */
export function trayLook(s: EngineSnapshot): TrayLook {
  if (s.paused) return { look: 'paused' };
  if (s.away || s.locked || s.suspended) return { look: 'away' };
  if (dueBreak(s)) return { look: 'due' };
  const left = s.nextBreak?.inSeconds ?? 0;
  return { look: 'sitting', progress: s.nextBreak ? s.sittingSeconds / Math.max(1, s.sittingSeconds + left) : 0 };
}
