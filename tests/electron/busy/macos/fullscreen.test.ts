// CoreGraphics can't be called here; the windows and displays it lists, as plain data, can be decided on.
import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { declareRect, fillsADisplay, FOUNDATION_PROTOTYPES, GRAPHICS_PROTOTYPES, type ScreenAnswer } from '../../../../electron/busy/macos/fullscreen';

const LIMBER = 4242;
const laptop = { x: 0, y: 0, width: 1512, height: 982 };
const external = { x: 1512, y: -200, width: 2560, height: 1440 };
const menuBar = { pid: 120, layer: 24, bounds: { x: 0, y: 0, width: 1512, height: 37 } };
const screen = (...windows: ScreenAnswer['windows']): ScreenAnswer => ({ windows: [menuBar, ...windows], displays: [laptop, external] });

describe('fullscreen on macOS, from the windows on screen', () => {
  it('is on when another app\'s window covers a whole display, on either display', () => {
    expect(fillsADisplay(screen({ pid: 900, layer: 0, bounds: laptop }), [LIMBER])).toBe(true);
    expect(fillsADisplay(screen({ pid: 900, layer: 0, bounds: external }), [LIMBER])).toBe(true);
  });

  it('is off for a zoomed window, which leaves the menu bar out', () => {
    expect(fillsADisplay(screen({ pid: 900, layer: 0, bounds: { x: 0, y: 37, width: 1512, height: 945 } }), [LIMBER])).toBe(false);
  });

  it('is off for a window on another level, such as a shield or an overlay, and for Limber\'s own', () => {
    expect(fillsADisplay(screen({ pid: 77, layer: 25, bounds: laptop }), [LIMBER])).toBe(false);
    expect(fillsADisplay(screen({ pid: LIMBER, layer: 0, bounds: laptop }), [LIMBER])).toBe(false);
  });

  it('declares prototypes koffi can bind', () => {
    declareRect(koffi);
    expect(declareRect(koffi).size).toBe(32);
    for (const prototype of [...Object.values(GRAPHICS_PROTOTYPES), ...Object.values(FOUNDATION_PROTOTYPES)]) expect(koffi.proto(prototype).name).toMatch(/^C[GF]/);
  });
});
