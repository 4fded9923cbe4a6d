// Driving a virtual desktop and reading it back: xdotool for input, xwininfo and xprop for windows, ImageMagick for
// pictures, dunstctl for notifications.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rect } from './display';
import { notificationsShown } from './notification-daemon';
import type { Services } from './services';

export interface DesktopTools {
  /** Runs an X or D-Bus tool on this desktop; throws with its stderr when it fails. */
  run(command: string, ...args: string[]): string;
  screenshot(file: string): void;
  /** The colours on screen in `rect`, row by row, as [r, g, b]. */
  pixels(rect: Rect): [number, number, number][];
  /** Real input that keeps the session's idle time near zero. */
  nudgeMouse(): void;
  /** X windows (top level, mapped) whose title matches: `rect` is the window's own, `outer` with the title bar and borders. */
  windowsTitled(pattern: RegExp): { id: string; title: string; rect: Rect; outer: Rect }[];
  activeWindowTitle(): string;
  /**
   * Mapped top-level windows of the X window class `className`, by id; null if one went while xdotool walked the
   * tree (a menu closing), for the caller to ask again.
   */
  windowsOfClass(className: string): string[] | null;
  /** The icon trayer embedded for `className`, if any. */
  trayIcon(className: string): Rect | null;
  /** Every notification dunst has shown, oldest first; closes the ones on screen to read them. */
  notifications(): { title: string; body: string; app: string; timeoutMs: number }[];
}

const parseGeometry = (text: string): Rect | null => {
  const x = /Absolute upper-left X:\s+(-?\d+)/.exec(text)?.[1];
  const y = /Absolute upper-left Y:\s+(-?\d+)/.exec(text)?.[1];
  const width = /Width:\s+(\d+)/.exec(text)?.[1];
  const height = /Height:\s+(\d+)/.exec(text)?.[1];
  return x && y && width && height ? { x: Number(x), y: Number(y), width: Number(width), height: Number(height) } : null;
};

/** trayer's "panel" window in `xwininfo -root -tree`: its children are the embedded tray icons. */
export const trayPanelIn = (rootTree: string) => /^\s+(0x[0-9a-f]+) "panel"/m.exec(rootTree)?.[1];

/** The tray icon of `className` in the panel's `xwininfo -tree`, as a hex window id. */
export const trayIconIn = (panelTree: string, className: string) =>
  new RegExp(`^\\s+(0x[0-9a-f]+) "[^"]*": \\("[^"]*" "${className}"\\)`, 'm').exec(panelTree)?.[1];

export function desktopTools(services: Services, env: NodeJS.ProcessEnv): DesktopTools {
  /** A tool's output; null instead of an error if `allowGone` and the tool failed on a window that had gone. */
  const runTool = (allowGone: boolean, command: string, args: string[]) => {
    const result = services.run(command, args, env);
    if (result.status === 0) return result.stdout;
    if (allowGone && /Bad ?(Window|Drawable)/.test(result.stderr)) return null;
    throw new Error(`${command} ${args.join(' ')}: ${result.stderr || `exit ${String(result.status)}`}`);
  };
  const run = (command: string, ...args: string[]) => runTool(false, command, args) ?? '';
  const runUnlessWindowWent = (command: string, ...args: string[]) => runTool(true, command, args);
  const read = (command: string, ...args: string[]) => services.run(command, args, env).stdout;

  const windowsTitled = (pattern: RegExp) => {
    // xdotool filters with the pattern as an extended regular expression; the JavaScript one has the last word.
    const ids = read('xdotool', 'search', '--onlyvisible', '--name', pattern.source).split('\n').filter(Boolean);
    return ids.flatMap((id) => {
      const title = read('xdotool', 'getwindowname', id).trim();
      if (!pattern.test(title)) return [];
      const rect = parseGeometry(read('xwininfo', '-id', id));
      if (!rect) return [];
      // The window manager's decorations, as left, right, top, bottom.
      const extents = /=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)/.exec(read('xprop', '-id', id, '_NET_FRAME_EXTENTS'));
      const [left = 0, right = 0, top = 0, bottom = 0] = extents ? extents.slice(1).map(Number) : [];
      const outer = { x: rect.x - left, y: rect.y - top, width: rect.width + left + right, height: rect.height + top + bottom };
      return [{ id, title, rect, outer }];
    });
  };

  return {
    run,
    screenshot: (file) => {
      mkdirSync(dirname(file), { recursive: true });
      run('import', '-window', 'root', file);
    },
    pixels(rect) {
      const text = run('import', '-window', 'root', '-crop', `${rect.width}x${rect.height}+${rect.x}+${rect.y}`, '+repage', 'txt:-');
      return [...text.matchAll(/srgba?\(([\d.]+),([\d.]+),([\d.]+)/g)]
        .map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
    },
    nudgeMouse: () => { run('xdotool', 'mousemove_relative', '--', '1', '0'); run('xdotool', 'mousemove_relative', '--', '-1', '0'); },
    windowsTitled,
    activeWindowTitle: () => read('xdotool', 'getactivewindow', 'getwindowname').trim(),
    windowsOfClass: (className) =>
      runUnlessWindowWent('xdotool', 'search', '--onlyvisible', '--class', `^${className}$`)?.split('\n').filter(Boolean) ?? null,
    trayIcon(className) {
      // A window that goes while xwininfo walks the tree (a menu closing, a page's window) fails the walk: try again.
      const tree = runUnlessWindowWent('xwininfo', '-root', '-tree');
      if (tree === null) return null;
      const panel = trayPanelIn(tree);
      if (!panel) return null;
      const id = trayIconIn(runUnlessWindowWent('xwininfo', '-id', panel, '-tree') ?? '', className);
      const geometry = id ? runUnlessWindowWent('xwininfo', '-id', id) : null;
      return geometry ? parseGeometry(geometry) : null;
    },
    notifications: () => notificationsShown(services, env),
  };
}
