// What is on the virtual desktop, polled fast enough to time it: the tray icon trayer embedded, and an app's windows.
import { spawnSync } from 'node:child_process';
import type { Desktop } from '../../harness/desktop';
import { trayIconIn, trayPanelIn } from '../../harness/desktop-tools';
import { until } from '../../harness/until';

/** How often the screen is polled while timing; each xwininfo call itself takes a few milliseconds. */
const POLL_MS = 10;

const x11 = (desktop: Desktop, command: string, ...args: string[]) =>
  spawnSync(command, args, { env: desktop.env, encoding: 'utf8' }).stdout;

/** trayer's "panel" window, whose children are the embedded tray icons. */
export function trayPanel(desktop: Desktop): string {
  const panel = trayPanelIn(x11(desktop, 'xwininfo', '-root', '-tree'));
  if (!panel) throw new Error('trayer has no "panel" window');
  return panel;
}

/** The X window id of the tray icon of `windowClass` inside trayer's panel, or null; in decimal, as xdotool gives ids. */
export function trayIconId(desktop: Desktop, panel: string, windowClass: string): string | null {
  const hex = trayIconIn(x11(desktop, 'xwininfo', '-id', panel, '-tree'), windowClass);
  return hex ? String(Number.parseInt(hex, 16)) : null;
}

/** Polls until `probe` answers; returns the answer and the Date.now() of the poll that saw it. */
export function pollUntil<T>(what: string, probe: () => T | null, timeoutMs: number): Promise<{ value: T; at: number }> {
  return until(what, () => {
    const value = probe();
    return value === null ? null : { value, at: Date.now() };
  }, timeoutMs, POLL_MS);
}

/** Top-level windows of `windowClass` that are mapped (viewable), by X id. */
export const visibleWindows = (desktop: Desktop, windowClass: string): string[] =>
  x11(desktop, 'xdotool', 'search', '--onlyvisible', '--classname', '--class', `^${windowClass}$`).split('\n').filter(Boolean);

/** Waits for a mapped window of `windowClass` that is not one of `known` (nor the tray icon, which is not top level). */
export function waitForNewWindow(desktop: Desktop, windowClass: string, known: readonly string[], timeoutMs = 30_000) {
  const isTopLevel = (id: string) => /Map State: IsViewable/.test(x11(desktop, 'xwininfo', '-id', id)) && hasTitle(desktop, id);
  return pollUntil(`a new ${windowClass} window`, () => visibleWindows(desktop, windowClass).find((id) => !known.includes(id) && isTopLevel(id)) ?? null, timeoutMs);
}

const hasTitle = (desktop: Desktop, id: string) => windowTitle(desktop, id) !== '';
export const windowTitle = (desktop: Desktop, id: string) => x11(desktop, 'xdotool', 'getwindowname', id).trim();

/** True once the window shows more than one flat colour, i.e. its page has been painted. */
export function isPainted(desktop: Desktop, id: string): boolean {
  const deviation = Number(x11(desktop, 'import', '-window', id, '-colorspace', 'gray', '-format', '%[fx:standard_deviation]', 'info:'));
  return deviation > 0.01;
}

/** The window's pixels, from ImageMagick's `import` as a binary PPM. */
function grab(desktop: Desktop, id: string): { width: number; height: number; rgb: Buffer } {
  const ppm = spawnSync('import', ['-window', id, '-depth', '8', 'ppm:-'], { env: desktop.env, maxBuffer: 64 << 20 }).stdout;
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header?.[0]) throw new Error(`no picture of window ${id}`);
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** The middle of the pixels of `colour` in the window, in screen coordinates: where to click a button of that colour. */
export function locateColour(desktop: Desktop, id: string, colour: readonly [number, number, number]): { x: number; y: number } | null {
  const { width, height, rgb } = grab(desktop, id);
  const box = { left: width, top: height, right: -1, bottom: -1 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      if (colour.some((value, channel) => Math.abs((rgb[at + channel] ?? 0) - value) > 6)) continue;
      Object.assign(box, { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) });
    }
  }
  if (box.right < 0) return null;
  const origin = x11(desktop, 'xwininfo', '-id', id);
  const left = Number(/Absolute upper-left X:\s+(-?\d+)/.exec(origin)?.[1] ?? 0);
  const top = Number(/Absolute upper-left Y:\s+(-?\d+)/.exec(origin)?.[1] ?? 0);
  return { x: left + Math.round((box.left + box.right) / 2), y: top + Math.round((box.top + box.bottom) / 2) };
}

/** `"title" 420×200`, for the record of which window was timed. */
export function describeWindow(desktop: Desktop, id: string): string {
  const info = x11(desktop, 'xwininfo', '-id', id);
  return `"${windowTitle(desktop, id)}" ${/Width: (\d+)/.exec(info)?.[1] ?? '?'}×${/Height: (\d+)/.exec(info)?.[1] ?? '?'}`;
}

export const isGone = (desktop: Desktop, id: string) => !visibleWindows(desktop, '.*').includes(id);
