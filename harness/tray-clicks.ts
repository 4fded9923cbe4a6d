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

/** Whether window `id` is a popup menu, not the tooltip that the pointer on the icon may bring up; false once it has gone. */
function isMenu(desktop: Desktop, id: string): boolean {
  try {
    return desktop.run('xprop', '-id', id, '_NET_WM_WINDOW_TYPE').includes('_NET_WM_WINDOW_TYPE_POPUP_MENU');
  } catch {
    return false;
  }
}

/**
 * Right-clicks the tray icon and waits for the menu's window; resolves its X window id. The icon shows before Limber
 * has attached its menu (launch.ts gives it the main thread first): wait for `trayReady` before the first click.
 */
export async function openTrayMenu(desktop: Desktop, className: string): Promise<string> {
  const icon = await trayIcon(desktop, className);
  const before = await visibleWindows(desktop, className);
  desktop.run('xdotool', 'mousemove', ...centre(icon), 'click', '3');
  return until('the tray menu', () => desktop.windowsOfClass(className)?.find((id) => !before.includes(id) && isMenu(desktop, id)), MINUTE);
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
