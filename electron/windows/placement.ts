import type { Rectangle } from 'electron';
import type { ContentSize } from '../../core/contract';

type Size = { width: number; height: number };

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/**
 * Decorations that a window manager draws where Electron cannot see them: on X11 a window's bounds are its page
 * alone, with the title bar and borders outside. Room for a common title bar and border is kept for them.
 */
const UNSEEN_FRAME = { top: 24, bottom: 6, side: 2 };
/** On a display scaled by a fraction, Chromium rounds a window's pixels outwards: this much is kept to spare. */
const SPARE = 2;

/** The part of `area` that a window's bounds may cover, given its bounds and the content inside them. */
function usable(bounds: Rectangle, content: Size, area: Rectangle) {
  const frameOutside = bounds.width === content.width && bounds.height === content.height;
  const unseen = frameOutside ? UNSEEN_FRAME : { top: 0, bottom: 0, side: 0 };
  return {
    left: area.x + unseen.side, top: area.y + unseen.top,
    right: area.x + area.width - unseen.side - SPARE, bottom: area.y + area.height - unseen.bottom - SPARE,
  };
}

/** `bounds` resized to fit `inside` if need be, at `x`/`y` or centred (rounding down), and moved inside. */
function placed(inside: ReturnType<typeof usable>, size: Size, at: { x: number; y: number } | 'centred'): Rectangle {
  const width = clamp(size.width, 1, inside.right - inside.left);
  const height = clamp(size.height, 1, inside.bottom - inside.top);
  // Centred by hand: Electron's own centring can round a window a pixel past the work area.
  const x = at === 'centred' ? inside.left + Math.floor((inside.right - inside.left - width) / 2) : at.x;
  const y = at === 'centred' ? inside.top + Math.floor((inside.bottom - inside.top - height) / 2) : at.y;
  return { x: clamp(x, inside.left, inside.right - width), y: clamp(y, inside.top, inside.bottom - height), width, height };
}

/**
 * The bounds for content of `size` in a window now at `bounds` with `content` inside, kept inside `area` with its
 * decorations. The first fit centres the window; after that it only grows, so a routine's steps changing from one
 * exercise to the next never make it jump about.
 */
export function fittedBounds(bounds: Rectangle, content: Size, size: ContentSize, area: Rectangle, first: boolean): Rectangle {
  const frame = { width: bounds.width - content.width, height: bounds.height - content.height };
  const wanted = first ? size : { width: Math.max(size.width, content.width), height: Math.max(size.height, content.height) };
  const outer = { width: wanted.width + frame.width, height: wanted.height + frame.height };
  return placed(usable(bounds, content, area), outer, first ? 'centred' : bounds);
}

/** Where a new window of content `size` opens: centred in `area`, the work area of the display in use. */
export const openingBounds = (size: Size, area: Rectangle): Rectangle => {
  const bounds = { x: area.x, y: area.y, ...size };
  return placed(usable(bounds, size, area), size, 'centred');
};

/** A window brought to `area` from another display: the same size where it fits, centred there. */
export const centredIn = (bounds: Rectangle, content: Size, area: Rectangle): Rectangle =>
  placed(usable(bounds, content, area), bounds, 'centred');

/** Less of a window than this on its display, across or down, and the user can't reach it to drag it back. */
const REACHABLE_PX = 48;

/**
 * A window after the displays changed: left where it is while the user can still reach it on `area` (its display's
 * work area), straddling two displays or partly off screen included; centred in `fallback` (the display in use)
 * once too little of it is left there, as when its display was unplugged.
 */
export function keptInside(bounds: Rectangle, content: Size, area: Rectangle, fallback: Rectangle): Rectangle {
  const across = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const down = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return across >= REACHABLE_PX && down >= REACHABLE_PX ? bounds : centredIn(bounds, content, fallback);
}

export const sameArea = (a: Rectangle, b: Rectangle) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
