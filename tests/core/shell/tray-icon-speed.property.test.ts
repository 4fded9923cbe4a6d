// The tray icon is drawn with one point for each pixel no edge runs through, and SAMPLES² points for the others. That
// shortcut must never change a pixel: the icon equals the one drawn the plain way, every pixel sampled, for any look.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DUE, FILL, GREY, renderTrayIcon, type TrayLook } from '../../../core/shell/tray-icon';

type Rgba = readonly [number, number, number, number];
const [OUTER, INNER, EDGE, DOT, SAMPLES] = [0.48, 0.26, 0.07, 0.11, 4];

/** The look drawn the plain way: the definition the icon must keep, written out again. */
function colourAt(x: number, y: number, state: TrayLook): Rgba | null {
  const r = Math.hypot(x, y);
  const band = (solid: Rgba | null): Rgba | null => {
    if (r > OUTER || r < INNER) return null;
    if (solid) return solid;
    return r > OUTER - EDGE || r < INNER + EDGE ? GREY : null;
  };
  switch (state.look) {
    case 'paused':
      return Math.abs(y) <= 0.18 && (Math.abs(x + 0.08) <= 0.045 || Math.abs(x - 0.08) <= 0.045) ? GREY : band(null);
    case 'away': return band(null);
    case 'due': return r <= DOT ? DUE : band(DUE);
    case 'waiting': return r <= DOT ? FILL : band(null);
    case 'break': return band(FILL);
    case 'sitting': return band((Math.atan2(x, -y) / (2 * Math.PI) + 1) % 1 < Math.min(1, Math.max(0, state.progress)) ? FILL : null);
  }
}

function everyPointSampled(state: TrayLook, size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size - 0.5, (py + (sy + 0.5) / SAMPLES) / size - 0.5, state);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      pixels.set([Math.round(b / (n * 255)), Math.round(g / (n * 255)), Math.round(r / (n * 255)), Math.round(a / n)], (py * size + px) * 4);
    }
  }
  return pixels;
}

const progress = fc.oneof(
  fc.double({ min: -0.5, max: 1.5, noNaN: true }),
  // The streak's own steps, where the fill's end meets a pixel's corner or the twelve o'clock line.
  fc.integer({ min: 0, max: 64 }).map((k) => k / 64),
  fc.constantFrom(0, 1, Number.MIN_VALUE, 1 - Number.EPSILON),
);
const look: fc.Arbitrary<TrayLook> = fc.oneof(
  progress.map((p) => ({ look: 'sitting' as const, progress: p })),
  fc.constantFrom<TrayLook>({ look: 'due' }, { look: 'waiting' }, { look: 'break' }, { look: 'paused' }, { look: 'away' }),
);

it('draws every look at every size exactly as sampling every pixel would', () => {
  fc.assert(fc.property(look, fc.integer({ min: 4, max: 72 }), (state, size) => {
    expect(Buffer.from(renderTrayIcon(state, size)).equals(Buffer.from(everyPointSampled(state, size)))).toBe(true);
  }), { numRuns: 300 });
});
