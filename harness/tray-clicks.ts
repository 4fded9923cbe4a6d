// The tray icon trayer embedded for an app, used as a person would: real clicks, and the menu that opens on them.
import type { Desktop } from './desktop';
import type { Rect } from './display';
import { until } from './until';

const MINUTE = 60_000;

const centre = (rect: Rect) => [String(rect.x + Math.floor(rect.width / 2)), String(rect.y + Math.floor(rect.height / 2))];

/** Mapped top-level windows of the X window class `className`, by id, asked again while one goes mid-walk. */
const visibleWindows = (desktop: Desktop, className: string) =>
  until(`the windows of ${className}`, () => desktop.windowsOfClass(className), MINUTE);

/** The app's tray icon, once it is there: a cold start on a loaded machine can take tens of seconds. */
export async function trayIcon(desktop: Desktop, className: string): Promise<Rect> {
  return until('the tray icon', () => desktop.trayIcon(className), MINUTE);
}

/** Right-clicks the tray icon and waits for the menu's window; resolves its X window id. */
export async function openTrayMenu(desktop: Desktop, className: string): Promise<string> {
  const icon = await trayIcon(desktop, className);
  const before = await visibleWindows(desktop, className);
  desktop.run('xdotool', 'mousemove', ...centre(icon), 'click', '3');
  return until('the tray menu', () => desktop.windowsOfClass(className)?.find((id) => !before.includes(id)), MINUTE);
}

/** import's signature of a window's pixels, and how many colours it has. */
const pictureOf = (desktop: Desktop, window: string) => desktop.run('import', '-window', window, '-format', '%# %k', 'info:').trim();

/** Waits until the menu `menu` is drawn: more than one colour, and read twice alike. Resolves the picture's signature. */
export async function menuDrawn(desktop: Desktop, menu: string): Promise<string> {
  let before = '';
  return until('the tray menu drawn', () => {
    const now = pictureOf(desktop, menu);
    if (now === before && !now.endsWith(' 1')) return now;
    before = now;
    return null;
  }, MINUTE, 200);
}

/**
 * Presses the keys in the menu `menu` opened. GTK can map a menu before it has grabbed the keyboard, and a key pressed
 * in between is lost: the first key is pressed again until the menu's picture shows it took it (an item highlighted).
 */
export async function pressInMenu(desktop: Desktop, menu: string, keys: readonly string[]) {
  const [first, ...rest] = keys;
  if (first === undefined) return;
  const before = await menuDrawn(desktop, menu);
  for (let attempt = 1; ; attempt += 1) {
    desktop.run('xdotool', 'key', first);
    try {
      // Long enough that a key taken is seen before it is pressed again: a second Down would pick the next item.
      await until(`the tray menu to take ${first}`, () => (pictureOf(desktop, menu) !== before ? true : null), 5_000 * attempt, 200);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  if (rest.length > 0) desktop.run('xdotool', 'key', '--delay', '60', ...rest);
}

/** Closes the menu `openTrayMenu` opened, and waits until its window has gone. */
export async function closeTrayMenu(desktop: Desktop, className: string, menu: string) {
  desktop.run('xdotool', 'key', 'Escape');
  await until('the tray menu closed', () => {
    const windows = desktop.windowsOfClass(className);
    return windows && !windows.includes(menu) ? true : null;
  }, MINUTE);
}

export async function leftClickTrayIcon(desktop: Desktop, className: string) {
  const icon = await trayIcon(desktop, className);
  desktop.run('xdotool', 'mousemove', ...centre(icon), 'click', '1');
}
