import { describe, expect, it } from 'vitest';
import { centredIn, fittedBounds, keptInside, openingBounds } from '../../../electron/windows/placement';

const AREA = { x: 0, y: 0, width: 1366, height: 736 };

describe('fittedBounds', () => {
  // Windows and macOS count the decorations in a window's bounds: 2 px across and 22 px down here.
  const framed = { x: 100, y: 100, width: 422, height: 222 };
  const content = { width: 420, height: 200 };
  // On X11 the bounds are the page alone, and the window manager's decorations go around them unseen.
  const bare = { x: 100, y: 100, width: 420, height: 200 };

  it('gives the content its natural size inside a window of the same decorations, centred the first time', () => {
    expect(fittedBounds(framed, content, { width: 420, height: 278 }, AREA, true))
      .toEqual({ x: Math.floor((1366 - 2 - 422) / 2), y: Math.floor((736 - 2 - 300) / 2), width: 422, height: 300 });
  });

  it('keeps room for a title bar and borders it cannot see, above and below', () => {
    const fitted = fittedBounds(bare, content, { width: 420, height: 2000 }, AREA, true);
    expect(fitted).toEqual({ x: Math.floor((1366 - 2 - 420) / 2), y: 24, width: 420, height: 736 - 24 - 6 - 2 });
    expect(fittedBounds({ ...bare, y: 0 }, content, { width: 420, height: 300 }, AREA, false).y).toBe(24);
  });

  it('centres rounding down, never a pixel past the work area', () => {
    const odd = { x: 0, y: 0, width: 1025, height: 551 };
    const fitted = fittedBounds(framed, content, { width: 421, height: 600 }, odd, true);
    expect(fitted).toEqual({ x: 300, y: 0, width: 423, height: 551 - 2 });
  });

  it('never makes the window larger than the work area, and moves it back inside', () => {
    const fitted = fittedBounds({ ...framed, y: 300 }, content, { width: 2000, height: 782 }, AREA, false);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1366 - 2, height: 736 - 2 });
    const offset = { x: 1366, y: 32, width: 1280, height: 688 };
    expect(fittedBounds({ ...framed, x: 1400, y: 600 }, content, { width: 420, height: 300 }, offset, false))
      .toEqual({ x: 1400, y: 32 + 688 - 2 - 322, width: 422, height: 322 });
  });

  it('only grows once fitted, so content that shrinks for a moment leaves the window as it is', () => {
    expect(fittedBounds(framed, content, { width: 300, height: 150 }, AREA, false)).toEqual(framed);
    expect(fittedBounds(framed, content, { width: 300, height: 260 }, AREA, false)).toEqual({ ...framed, height: 282 });
  });
});

// A second display to the right of the first, taller, with its panel at the top.
const RIGHT = { x: 1366, y: 32, width: 1280, height: 992 };

describe('openingBounds', () => {
  it('centres a new window in the work area of the display in use, leaving room for a title bar it cannot see', () => {
    expect(openingBounds({ width: 720, height: 780 }, RIGHT))
      .toEqual({ x: 1366 + 2 + Math.floor((1280 - 4 - 2 - 720) / 2), y: 32 + 24 + Math.floor((992 - 30 - 2 - 780) / 2), width: 720, height: 780 });
  });

  it('opens a window too big for a small display at the size that fits', () => {
    expect(openingBounds({ width: 880, height: 760 }, { x: 0, y: 0, width: 800, height: 600 }))
      .toEqual({ x: 2, y: 24, width: 800 - 4 - 2, height: 600 - 30 - 2 });
  });
});

describe('centredIn', () => {
  it('moves a window to another display at the same size, centred', () => {
    const framed = { x: 300, y: 200, width: 422, height: 222 };
    expect(centredIn(framed, { width: 420, height: 200 }, RIGHT))
      .toEqual({ x: 1366 + Math.floor((1280 - 2 - 422) / 2), y: 32 + Math.floor((992 - 2 - 222) / 2), width: 422, height: 222 });
  });
});

describe('keptInside', () => {
  const content = { width: 420, height: 200 };
  const onRight = { x: 1800, y: 400, width: 420, height: 200 };

  it('leaves a window inside its display where the user put it', () => {
    expect(keptInside(onRight, content, RIGHT, AREA)).toBe(onRight);
  });

  it('brings a window with nothing left on any display to the display in use', () => {
    // A window on a display that was unplugged belongs to the nearest one that is left, which it doesn't touch.
    expect(keptInside(onRight, content, AREA, AREA))
      .toEqual({ x: 2 + Math.floor((1366 - 4 - 2 - 420) / 2), y: 24 + Math.floor((736 - 30 - 2 - 200) / 2), width: 420, height: 200 });
  });

  it('leaves a window the user can still reach: straddling two displays, or partly off screen', () => {
    const straddling = { x: 1200, y: 300, width: 420, height: 200 };
    expect(keptInside(straddling, content, AREA, RIGHT)).toBe(straddling);
    // Windows counts invisible resize borders in a snapped window's bounds, which start left of the display.
    const snapped = { x: -7, y: 0, width: 690, height: 743 };
    expect(keptInside(snapped, content, AREA, AREA)).toBe(snapped);
    const mostlyGone = { x: 1366 - 40, y: 300, width: 420, height: 200 };
    expect(keptInside(mostlyGone, content, AREA, AREA)).not.toBe(mostlyGone);
  });
});
