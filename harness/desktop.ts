// A real virtual desktop, for `npm run demo` and the real-Electron suite: Xvfb (or Xorg's dummy driver for several monitors),
// a private D-Bus session, xsettingsd (the text scale), openbox, trayer (an XEmbed tray host) and dunst, driven with xdotool
// and read back with xwininfo, xprop and dunstctl.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

/** Each program the desktop runs or reads itself with, and the Debian package that has it. */
export const DESKTOP_PACKAGES: Readonly<Record<string, string>> = {
  Xvfb: 'xvfb', 'dbus-daemon': 'dbus', 'dbus-send': 'dbus', xsettingsd: 'xsettingsd', openbox: 'openbox', trayer: 'trayer',
  dunst: 'dunst', dunstctl: 'dunst', 'notify-send': 'libnotify-bin', xdotool: 'xdotool', xwininfo: 'x11-utils', xprop: 'x11-utils',
  xrdb: 'x11-xserver-utils', xsetroot: 'x11-xserver-utils', import: 'imagemagick',
};
export const onPath = (tool: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, tool)));

/** The first line a program prints, such as the address Xvfb or dbus-daemon was told to print. */
async function firstLine(stream: Readable): Promise<string> {
  const lines = createInterface({ input: stream });
  const [line] = await Promise.race([once(lines, 'line'), once(lines, 'close')]) as [string | undefined];
  lines.close();
  if (!line?.trim()) throw new Error('the program exited before printing its address');
  return line.trim();
}

export interface Rect { x: number; y: number; width: number; height: number }

/** Xorg's dummy driver has sixteen virtual outputs, each a RandR monitor; Xvfb's one screen can't be split. */
const DUMMY_DRIVER = '/usr/lib/xorg/modules/drivers/dummy_drv.so';
export const missingMonitorTools = () => (onPath('Xorg') && existsSync(DUMMY_DRIVER) ? [] : ['Xorg and its dummy driver']);

const dummyConfig = (width: number, height: number) => `
Section "ServerFlags"
  Option "AutoAddDevices" "false"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual ${width} ${height}
  EndSubSection
EndSection
`;

export interface Desktop {
  env: NodeJS.ProcessEnv;
  screen: { width: number; height: number };
  /** The monitors side by side from the left, the first one primary; one covering the screen without `monitors`. */
  monitors: Rect[];
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
  /** The icon trayer embedded for `className`, if any. */
  trayIcon(className: string): Rect | null;
  /** Every notification dunst has shown, oldest first; closes the ones on screen to read them. */
  notifications(): { title: string; body: string }[];
  stop(): Promise<void>;
}

/** Waits for `text` in a stream that is read to its end, so that the process never blocks on a full pipe. */
function untilPrinted(stream: Readable, text: string): Promise<void> {
  return new Promise((done, fail) => {
    let printed = '';
    stream.on('data', (chunk) => {
      printed += String(chunk);
      if (printed.includes(text)) done();
    });
    stream.once('end', () => { fail(new Error(`the process exited before printing "${text}"`)); });
  });
}

/**
 * Polls `probe` until it gives a value (not null or undefined). The limit is a safety net for a loaded 2-core machine,
 * where a window, a tray icon or a desktop program can take many seconds to show; never a measurement.
 */
async function until<T>(what: string, probe: () => T | null | undefined | Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const parseGeometry = (text: string): Rect | null => {
  const x = /Absolute upper-left X:\s+(-?\d+)/.exec(text)?.[1];
  const y = /Absolute upper-left Y:\s+(-?\d+)/.exec(text)?.[1];
  const width = /Width:\s+(\d+)/.exec(text)?.[1];
  const height = /Height:\s+(\d+)/.exec(text)?.[1];
  return x && y && width && height ? { x: Number(x), y: Number(y), width: Number(width), height: Number(height) } : null;
};

/**
 * Starts a desktop of `width`×`height`, or of `monitors` side by side (each a size that Xorg's dummy driver lists,
 * such as 1600x900 or 1280x1024); `dpi` 120 is the desktop's text scaled to 125%.
 */
export async function startDesktop(
  { width: oneWidth = 1366, height: oneHeight = 768, dpi = 96, monitors: sizes }: { width?: number; height?: number; dpi?: number; monitors?: { width: number; height: number }[] } = {},
): Promise<Desktop> {
  const monitors = (sizes ?? [{ width: oneWidth, height: oneHeight }]).reduce<Rect[]>(
    (placed, size) => [...placed, { x: placed.reduce((right, m) => right + m.width, 0), y: 0, ...size }], []);
  const width = monitors.reduce((sum, m) => sum + m.width, 0);
  const height = Math.max(...monitors.map((m) => m.height));
  const children: ChildProcess[] = [];
  const start = (command: string, args: string[], stdio: ('ignore' | 'pipe')[], env?: NodeJS.ProcessEnv) => {
    const child = spawn(command, args, { env: env ?? process.env, stdio });
    children.push(child);
    return child;
  };
  const xorg = (dir: string) => {
    writeFileSync(join(dir, 'xorg.conf'), dummyConfig(width, height));
    return start('Xorg', ['-displayfd', '3', '-config', join(dir, 'xorg.conf'), '-noreset', '-nolisten', 'tcp', '-logfile', join(dir, 'xorg.log'), '-dpi', String(dpi)],
      ['ignore', 'ignore', 'ignore', 'pipe']);
  };
  const server = sizes
    ? xorg(mkdtempSync(join(tmpdir(), 'limber-xorg-')))
    : start('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', `${width}x${height}x24`, '-dpi', String(dpi)], ['ignore', 'ignore', 'ignore', 'pipe']);
  const display = `:${await firstLine(server.stdio[3] as Readable)}`;
  const dbus = start('dbus-daemon', ['--session', '--nofork', '--print-address=1'], ['ignore', 'pipe', 'ignore']);
  const env: NodeJS.ProcessEnv = {
    ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: await firstLine(dbus.stdout as Readable),
    XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'openbox',
  };
  delete env.WAYLAND_DISPLAY;
  /** A tool's output; null instead of an error if `allowGone` and the tool failed on a window that had gone. */
  const runTool = (allowGone: boolean, command: string, args: string[]) => {
    const result = spawnSync(command, args, { env, encoding: 'utf8' });
    if (result.status === 0) return result.stdout;
    if (allowGone && /Bad (Window|Drawable)/.test(result.stderr)) return null;
    throw new Error(`${command} ${args.join(' ')}: ${result.stderr || `exit ${String(result.status)}`}`);
  };
  const run = (command: string, ...args: string[]) => runTool(false, command, args) ?? '';
  const runUnlessWindowWent = (command: string, ...args: string[]) => runTool(true, command, args);
  if (sizes) {
    monitors.forEach((monitor, index) => {
      const output = `DUMMY${String(index)}`;
      const mode = `${String(monitor.width)}x${String(monitor.height)}`;
      if (index > 0) run('xrandr', '--addmode', output, mode);
      run('xrandr', '--output', output, '--mode', mode, '--pos', `${String(monitor.x)}x0`, ...(index === 0 ? ['--primary'] : []));
    });
    run('xrandr', '--fb', `${String(width)}x${String(height)}`);
  }
  // A desktop's "large text" setting reaches GTK and Chromium as the XSETTINGS value Xft/DPI (in 1/1024 dots per
  // inch), which Chromium takes as the device scale factor; the X resource Xft.dpi alone changes only fonts.
  spawnSync('xrdb', ['-merge', '-'], { env, input: `Xft.dpi: ${dpi}\n` });
  const settingsFile = join(mkdtempSync(join(tmpdir(), 'limber-xsettings-')), 'xsettingsd.conf');
  writeFileSync(settingsFile, `Xft/DPI ${dpi * 1024}\n`);
  const xsettings = start('xsettingsd', ['-c', settingsFile], ['ignore', 'ignore', 'pipe'], env);
  await untilPrinted(xsettings.stderr as Readable, 'Took ownership');
  start('openbox', ['--sm-disable'], ['ignore', 'ignore', 'ignore'], env);
  start('trayer', ['--edge', 'bottom', '--align', 'right', '--widthtype', 'pixel', '--width', '160', '--height', '32',
    '--SetDockType', 'true', '--SetPartialStrut', 'true', '--transparent', 'false', '--tint', '0x303030'], ['ignore', 'ignore', 'ignore'], env);
  start('dunst', ['-config', '/dev/null'], ['ignore', 'ignore', 'ignore'], env);
  const stopAll = async () => {
    // The X server and the bus last, after their clients.
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null).reverse();
    for (const child of running) child.kill();
    await Promise.all(running.map((child) => new Promise((done) => child.once('exit', done))));
  };
  await until('the window manager and the tray', () => {
    const tree = spawnSync('xwininfo', ['-root', '-tree'], { env, encoding: 'utf8' }).stdout;
    const owned = spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications'], { env, encoding: 'utf8' }).stdout;
    const wm = spawnSync('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env, encoding: 'utf8' }).stdout;
    return tree.includes('"panel"') && owned.includes('boolean true') && wm.includes('window id') ? true : null;
  }, 60_000).catch(async (error: unknown) => {
    // A desktop that never came up must not leave its X server and bus behind.
    await stopAll();
    throw error;
  });

  const windowsTitled = (pattern: RegExp) => {
    // xdotool filters with the pattern as an extended regular expression; the JavaScript one has the last word.
    const ids = spawnSync('xdotool', ['search', '--onlyvisible', '--name', pattern.source], { env, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    return ids.flatMap((id) => {
      const title = spawnSync('xdotool', ['getwindowname', id], { env, encoding: 'utf8' }).stdout.trim();
      if (!pattern.test(title)) return [];
      const rect = parseGeometry(spawnSync('xwininfo', ['-id', id], { env, encoding: 'utf8' }).stdout);
      if (!rect) return [];
      // The window manager's decorations, as left, right, top, bottom.
      const extents = /=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)/.exec(spawnSync('xprop', ['-id', id, '_NET_FRAME_EXTENTS'], { env, encoding: 'utf8' }).stdout);
      const [left = 0, right = 0, top = 0, bottom = 0] = extents ? extents.slice(1).map(Number) : [];
      const outer = { x: rect.x - left, y: rect.y - top, width: rect.width + left + right, height: rect.height + top + bottom };
      return [{ id, title, rect, outer }];
    });
  };

  return {
    env,
    screen: { width, height },
    monitors,
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
    activeWindowTitle: () => spawnSync('xdotool', ['getactivewindow', 'getwindowname'], { env, encoding: 'utf8' }).stdout.trim(),
    trayIcon(className) {
      // A window that goes while xwininfo walks the tree (a menu closing, a page's window) fails the walk: try again.
      const tree = runUnlessWindowWent('xwininfo', '-root', '-tree');
      if (tree === null) return null;
      const panel = /^\s+(0x[0-9a-f]+) "panel"/m.exec(tree)?.[1];
      if (!panel) return null;
      const icon = new RegExp(`^\\s+(0x[0-9a-f]+) "[^"]*": \\("[^"]*" "${className}"\\)`, 'm');
      const id = icon.exec(runUnlessWindowWent('xwininfo', '-id', panel, '-tree') ?? '')?.[1];
      const geometry = id ? runUnlessWindowWent('xwininfo', '-id', id) : null;
      return geometry ? parseGeometry(geometry) : null;
    },
    notifications() {
      run('dunstctl', 'close-all');
      type Field<T> = { data: T } | undefined;
      const history = JSON.parse(run('dunstctl', 'history')) as { data: Record<'summary' | 'body', Field<string>>[][] };
      return (history.data[0] ?? []).map((entry) => ({ title: entry.summary?.data ?? '', body: entry.body?.data ?? '' })).reverse();
    },
    stop: stopAll,
  };
}

export { until };
