import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderTrayIcon, type TrayLook } from '../../../../electron/core/shell/tray-icon';
import { bgraToPng } from '../../../helpers/png';

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
const TEAL = [42, 157, 143, 255];
// Premultiplied, as Electron reads the bitmap: grey 128 at opacity 110/255 is stored as 55.
const GREY_TRACK = [55, 55, 55, 110];

/** [r, g, b, a] at a pixel of a PNG that bgraToPng wrote (8-bit RGBA, no filter on each row). */
function pngPixel(png: Buffer, width: number, x: number, y: number) {
  const idat = png.indexOf('IDAT');
  const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const at = y * (width * 4 + 1) + 1 + x * 4;
  return [...rows.subarray(at, at + 4)];
}

describe('renderTrayIcon', () => {
  it('fills the ring clockwise from twelve o\'clock as the streak nears the next break', () => {
    const icon = renderTrayIcon({ look: 'sitting', progress: 0.6 }, SIZE);
    expect(pixel(icon, ...TOP)).toEqual(TEAL);
    expect(pixel(icon, ...RIGHT)).toEqual(TEAL);
    expect(pixel(icon, ...BOTTOM)).toEqual(TEAL);
    expect(pixel(icon, ...LEFT)).toEqual(GREY_TRACK);
    expect(pixel(icon, 16, 16)[3]).toBe(0);
    expect(pixel(icon, 0, 0)[3]).toBe(0);
  });

  it('shows a full warm ring when a break is due, and a grey ring with two bars when paused', () => {
    const due = renderTrayIcon({ look: 'due' }, SIZE);
    for (const [x, y] of [TOP, RIGHT, BOTTOM, LEFT]) expect(pixel(due, x, y)).toEqual([231, 111, 81, 255]);
    const paused = renderTrayIcon({ look: 'paused' }, SIZE);
    expect(pixel(paused, 13, 16)).toEqual([128, 128, 128, 255]);
    expect(pixel(paused, 16, 16)[3]).toBe(0);
    expect(pixel(renderTrayIcon({ look: 'sitting', progress: 0.6 }, SIZE), 13, 16)[3]).toBe(0);
  });

  it('anti-aliases the edges', () => {
    const icon = renderTrayIcon({ look: 'due' }, SIZE);
    const alphas = Array.from({ length: SIZE * SIZE }, (_, i) => icon[i * 4 + 3] ?? 0);
    expect(alphas.filter((a) => a > 0 && a < 255).length).toBeGreaterThan(SIZE);
  });

  it('stores premultiplied colours, which the PNG helper turns back into straight ones', () => {
    const icon = renderTrayIcon({ look: 'away' }, SIZE);
    expect(pixel(icon, ...TOP)).toEqual(GREY_TRACK);
    for (let i = 0; i < icon.length; i += 4) {
      expect(Math.max(icon[i] ?? 0, icon[i + 1] ?? 0, icon[i + 2] ?? 0)).toBeLessThanOrEqual(icon[i + 3] ?? 0);
    }
    expect(pngPixel(bgraToPng(icon, SIZE, SIZE), SIZE, ...TOP)).toEqual([128, 128, 128, 110]);
  });

  it('saves each look as a PNG to look at (test-results/tray)', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', '..', 'test-results', 'tray');
    mkdirSync(dir, { recursive: true });
    const looks: [string, TrayLook][] = [
      ['sitting-25', { look: 'sitting', progress: 0.25 }], ['sitting-80', { look: 'sitting', progress: 0.8 }],
      ['due', { look: 'due' }], ['paused', { look: 'paused' }], ['away', { look: 'away' }],
    ];
    for (const [name, look] of looks) {
      const png = bgraToPng(renderTrayIcon(look, 64), 64, 64);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      writeFileSync(join(dir, `${name}.png`), png);
    }
  });
});
