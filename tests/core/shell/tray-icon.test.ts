import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DUE, FILL, GREY, renderTrayIcon, type TrayLook } from '../../../core/shell/tray-icon';
import { bgraToPng } from '../../../scripts/png';

const SIZE = 32;
/** [r, g, b, a] at a pixel of a BGRA bitmap. */
const pixel = (bgra: Uint8Array, x: number, y: number) => {
  const i = (y * SIZE + x) * 4;
  return [bgra[i + 2], bgra[i + 1], bgra[i], bgra[i + 3]];
};
// Points on the ring: top, right, bottom, left, and the centre.
const TOP = [16, 3] as const;
const RIGHT = [28, 16] as const;
const BOTTOM = [16, 28] as const;
const LEFT = [3, 16] as const;
const TEAL = [...FILL];


/** [r, g, b, a] at a pixel of a PNG that bgraToPng wrote (8-bit RGBA, no filter on each row). */
function pngPixel(png: Buffer, width: number, x: number, y: number) {
  const idat = png.indexOf('IDAT');
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const at = y * (width * 4 + 1) + 1 + x * 4;
  return [...rows.subarray(at, at + 4)];
}

/** The WCAG 2 relative luminance of an sRGB colour. */
const luminance = ([r, g, b]: readonly number[]) => {
  const linear = (c = 0) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
};
/** A panel like GNOME's or KDE's in their light and dark themes. */
const PANELS = { light: [0xf0, 0xf0, 0xf0], dark: [0x2b, 0x2b, 0x2b] } as const;
/** The pixel as the tray host shows it over a panel: premultiplied colour plus what shows through. */
const over = (bgra: Uint8Array, x: number, y: number, panel: readonly number[]) => {
  const [r = 0, g = 0, b = 0, a = 0] = pixel(bgra, x, y);
  return [r, g, b].map((c, i) => c + (panel[i] ?? 0) * (1 - a / 255));
};
const opaque = (bgra: Uint8Array, x: number, y: number) => pixel(bgra, x, y)[3] === 255;

/** The first fully opaque pixel on a ray from the centre, walking from `from` towards `to` pixels out. */
function firstOpaque(bgra: Uint8Array, angle: number, from: number, to: number): [number, number] | null {
  const step = from < to ? 0.25 : -0.25;
  for (let r = from; step > 0 ? r <= to : r >= to; r += step) {
    const x = Math.floor(SIZE / 2 + r * Math.sin(angle));
    const y = Math.floor(SIZE / 2 - r * Math.cos(angle));
    if (opaque(bgra, x, y)) return [x, y];
  }
  return null;
}

const FILLS = Array.from({ length: 21 }, (_, i) => i / 20);
const LOOKS: [string, TrayLook][] = [
  ...FILLS.map((progress): [string, TrayLook] => [`sitting ${progress}`, { look: 'sitting', progress }]),
  ['due', { look: 'due' }], ['waiting', { look: 'waiting' }], ['break', { look: 'break' }], ['paused', { look: 'paused' }], ['away', { look: 'away' }],
];
const ANGLES = Array.from({ length: 48 }, (_, i) => (i / 48) * 2 * Math.PI);

describe('the ring on light and dark panels', () => {
  it.each(LOOKS)('%s: its edges stand out 3:1 from either panel all the way round', (_name, look) => {
    const icon = renderTrayIcon(look, SIZE);
    for (const [panelName, panel] of Object.entries(PANELS)) {
      for (const angle of ANGLES) {
        // The outer edge, walking in from outside the ring, and the inner one, walking out from around the centre mark.
        for (const [from, to] of [[SIZE / 2, SIZE / 4], [SIZE * 0.235, SIZE / 2]] as const) {
          const at = firstOpaque(icon, angle, from, to);
          expect(at, `${panelName} panel, angle ${angle.toFixed(2)}`).not.toBeNull();
          if (!at) continue;
          expect(contrast(over(icon, ...at, panel), panel), `${panelName} panel at ${at.join(',')}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it.each(FILLS.filter((fill) => fill >= 0.1 && fill <= 0.9))('fill %s: the filled part stands out 3:1 from the hollow track on either panel', (progress) => {
    const icon = renderTrayIcon({ look: 'sitting', progress }, SIZE);
    const mid = SIZE * 0.38;
    const at = (turn: number) => [Math.floor(SIZE / 2 + mid * Math.sin(turn * 2 * Math.PI)), Math.floor(SIZE / 2 - mid * Math.cos(turn * 2 * Math.PI))] as const;
    const filled = at(progress / 2);
    const track = at((1 + progress) / 2);
    for (const panel of Object.values(PANELS)) expect(contrast(over(icon, ...filled, panel), over(icon, ...track, panel))).toBeGreaterThanOrEqual(3);
  });

  it.each([['due', 16, 16], ['waiting', 16, 16], ['paused', 13, 16], ['paused', 18, 16]] as const)(
    '%s: the mark in the middle (%i,%i) stands out 3:1 from either panel', (look, x, y) => {
      const icon = renderTrayIcon({ look }, SIZE);
      for (const panel of Object.values(PANELS)) expect(contrast(over(icon, x, y, panel), panel)).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('renderTrayIcon', () => {
  it('fills the ring clockwise from twelve o\'clock as the streak nears the next break', () => {
    const icon = renderTrayIcon({ look: 'sitting', progress: 0.6 }, SIZE);
    expect(pixel(icon, ...TOP)).toEqual(TEAL);
    expect(pixel(icon, ...RIGHT)).toEqual(TEAL);
    expect(pixel(icon, ...BOTTOM)).toEqual(TEAL);
    expect(pixel(icon, ...LEFT)[3]).toBe(0);
    expect(pixel(icon, 1, 16)).toEqual([...GREY]);
    expect(pixel(icon, 16, 16)[3]).toBe(0);
    expect(pixel(icon, 0, 0)[3]).toBe(0);
  });

  it('tells the states apart by shape, not colour alone: a dot when a break is due or waits, bars when paused', () => {
    const due = renderTrayIcon({ look: 'due' }, SIZE);
    for (const [x, y] of [TOP, RIGHT, BOTTOM, LEFT]) expect(pixel(due, x, y)).toEqual([...DUE]);
    expect(pixel(due, 16, 16)).toEqual([...DUE]);
    const waiting = renderTrayIcon({ look: 'waiting' }, SIZE);
    expect(pixel(waiting, ...LEFT)[3]).toBe(0);
    expect(pixel(waiting, 16, 16)).toEqual(TEAL);
    const paused = renderTrayIcon({ look: 'paused' }, SIZE);
    expect(pixel(paused, 13, 16)).toEqual([...GREY]);
    expect(pixel(paused, 16, 16)[3]).toBe(0);
    expect(pixel(renderTrayIcon({ look: 'break' }, SIZE), ...LEFT)).toEqual(TEAL);
    expect(pixel(renderTrayIcon({ look: 'sitting', progress: 0.6 }, SIZE), 13, 16)[3]).toBe(0);
  });

  it('anti-aliases the edges', () => {
    const icon = renderTrayIcon({ look: 'due' }, SIZE);
    const alphas = Array.from({ length: SIZE * SIZE }, (_, i) => icon[i * 4 + 3] ?? 0);
    expect(alphas.filter((a) => a > 0 && a < 255).length).toBeGreaterThan(SIZE);
  });

  it('stores premultiplied colours, which the PNG helper turns back into straight ones', () => {
    const icon = renderTrayIcon({ look: 'away' }, SIZE);
    // An edge pixel the ring covers in part: grey at about half opacity, stored as about half grey.
    const [r = 0, g = 0, b = 0, a = 0] = pixel(icon, 16, 0);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(255);
    expect([r, g, b]).toEqual(Array<number>(3).fill(Math.round((128 * a) / 255)));
    for (let i = 0; i < icon.length; i += 4) {
      expect(Math.max(icon[i] ?? 0, icon[i + 1] ?? 0, icon[i + 2] ?? 0)).toBeLessThanOrEqual(icon[i + 3] ?? 0);
    }
    expect(pngPixel(bgraToPng(icon, SIZE, SIZE), SIZE, 16, 0)).toEqual([128, 128, 128, a]);
  });

  it('saves each look as a PNG to look at (test-results/tray)', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'test-results', 'tray');
    mkdirSync(dir, { recursive: true });
    const looks: [string, TrayLook][] = [
      ['sitting-25', { look: 'sitting', progress: 0.25 }], ['sitting-80', { look: 'sitting', progress: 0.8 }],
      ['due', { look: 'due' }], ['waiting', { look: 'waiting' }], ['break', { look: 'break' }], ['paused', { look: 'paused' }], ['away', { look: 'away' }],
    ];
    for (const [name, look] of looks) {
      const png = bgraToPng(renderTrayIcon(look, 64), 64, 64);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      writeFileSync(join(dir, `${name}.png`), png);
    }
  });
});
