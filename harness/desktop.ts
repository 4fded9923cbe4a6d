// A real virtual desktop, for `npm run demo`, the benches and the real-Electron suite: a display (display.ts), a
// private session bus, xsettingsd (the text scale), a window manager (openbox), a tray host (trayer, XEmbed) and a
// notification daemon (dunst, notification-daemon.ts). The window manager and the tray host start alone as well.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { startDisplay, type DisplayShape, type Rect } from './display';
import { desktopTools, type DesktopTools } from './desktop-tools';
import { startNotificationDaemon } from './notification-daemon';
import { Services } from './services';
import { startSessionBus } from './session-bus';
import { until } from './until';

/** Each program the desktop runs or reads itself with, and the Debian package that has it. */
export const DESKTOP_PACKAGES: Readonly<Record<string, string>> = {
  Xvfb: 'xvfb', 'dbus-daemon': 'dbus', 'dbus-send': 'dbus', xsettingsd: 'xsettingsd', openbox: 'openbox', trayer: 'trayer',
  dunst: 'dunst', dunstctl: 'dunst', 'notify-send': 'libnotify-bin', xdotool: 'xdotool', xwininfo: 'x11-utils', xprop: 'x11-utils',
  xrdb: 'x11-xserver-utils', xsetroot: 'x11-xserver-utils', import: 'imagemagick',
};
export const DESKTOP_PROGRAMS = Object.keys(DESKTOP_PACKAGES);

export interface Desktop extends DesktopTools {
  env: NodeJS.ProcessEnv;
  screen: { width: number; height: number };
  /** The monitors side by side from the left, the first one primary; one covering the screen without `monitors`. */
  monitors: Rect[];
  stop(): Promise<void>;
}

/** Starts openbox on the display of `env`, and waits until it manages the screen (a window mapped before stays unmanaged). */
export async function startWindowManager(services: Services, env: NodeJS.ProcessEnv): Promise<void> {
  services.start('openbox', ['--sm-disable'], env);
  await until('the window manager', () => (services.run('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], env).stdout.includes('window id') ? true : null), 60_000);
}

/** Starts trayer, an XEmbed tray host along the bottom right, and waits for its panel. */
export async function startTrayHost(services: Services, env: NodeJS.ProcessEnv): Promise<void> {
  services.start('trayer', ['--edge', 'bottom', '--align', 'right', '--widthtype', 'pixel', '--width', '160', '--height', '32',
    '--SetDockType', 'true', '--SetPartialStrut', 'true', '--transparent', 'false', '--tint', '0x303030'], env);
  await until('the tray', () => (services.run('xwininfo', ['-root', '-tree'], env).stdout.includes('"panel"') ? true : null), 60_000);
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
 * A desktop's "large text" setting reaches GTK and Chromium as the XSETTINGS value Xft/DPI (in 1/1024 dots per inch),
 * which Chromium takes as the device scale factor; the X resource Xft.dpi alone changes only fonts.
 */
async function startTextScale(services: Services, env: NodeJS.ProcessEnv, dpi: number): Promise<void> {
  services.run('xrdb', ['-merge', '-'], env, { input: `Xft.dpi: ${dpi}\n` });
  const settingsFile = join(mkdtempSync(join(tmpdir(), 'limber-xsettings-')), 'xsettingsd.conf');
  writeFileSync(settingsFile, `Xft/DPI ${dpi * 1024}\n`);
  const xsettings = services.start('xsettingsd', ['-c', settingsFile], env, ['ignore', 'ignore', 'pipe']);
  await untilPrinted(xsettings.stderr as Readable, 'Took ownership');
}

/** Starts a desktop of the display's `shape`, its programs stopped together by `stop`. */
export async function startDesktop(shape: DisplayShape = {}): Promise<Desktop> {
  const services = new Services();
  try {
    const display = await startDisplay(services, shape);
    const env: NodeJS.ProcessEnv = {
      ...process.env, DISPLAY: display.name, DBUS_SESSION_BUS_ADDRESS: await startSessionBus(services),
      XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'openbox',
    };
    delete env.WAYLAND_DISPLAY;
    await startTextScale(services, env, shape.dpi ?? 96);
    await startWindowManager(services, env);
    await startTrayHost(services, env);
    await startNotificationDaemon(services, env);
    return { env, screen: display.screen, monitors: display.monitors, ...desktopTools(services, env), stop: () => services.stop() };
  } catch (error) {
    // A desktop that never came up must not leave its X server and bus behind.
    await services.stop();
    throw error;
  }
}
