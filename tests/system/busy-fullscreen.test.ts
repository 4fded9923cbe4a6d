// The fullscreen signal on a real X desktop (Xvfb, openbox, xterms made fullscreen with wmctrl), and on "Wayland"
// through a stand-in for GNOME's session manager on a private D-Bus session bus.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fullscreenSignal, isWayland } from '../../electron/busy/fullscreen';
import { startWindowManager } from '../../harness/desktop';
import { startDisplay } from '../../harness/display';
import { standInGnomeSession } from '../../harness/gnome-session';
import { missingPrograms, skippedFor } from '../../harness/programs';
import { Services } from '../../harness/services';
import { startSessionBus } from '../../harness/session-bus';

const noX = skippedFor('X11 fullscreen tests', missingPrograms(['Xvfb', 'openbox', 'xterm', 'wmctrl', 'xprop']), 'apt-get install xvfb openbox xterm wmctrl x11-utils');
const noDbus = skippedFor('Wayland fullscreen tests', missingPrograms(['dbus-daemon']), 'apt-get install dbus');

const X11_VIA = 'the active window\'s fullscreen state (X11)';
const WAYLAND_VIA = 'GNOME\'s idle inhibitors (videos and presentations keep the screen on)';
const WAYLAND_WHY = 'fullscreen windows can\'t be seen on this Wayland session (only GNOME\'s session manager tells, and it did not answer)';

describe.skipIf(noX)('the fullscreen signal on X11', () => {
  const services = new Services();
  let env: NodeJS.ProcessEnv = {};
  const wmctrl = (...args: string[]) => spawnSync('wmctrl', args, { env, encoding: 'utf8' });
  const pids = new Map<string, number>();

  /** An xterm titled `title`, once the window manager lists it: seconds when the real-Electron suite runs beside. */
  async function xterm(title: string) {
    const terminal = services.start('xterm', ['-title', title, '-e', 'sleep', '600'], env);
    pids.set(title, terminal.pid ?? 0);
    await vi.waitFor(() => { if (!wmctrl('-l').stdout.includes(title)) throw new Error(`no window ${title} yet`); }, { timeout: 30_000 });
  }
  const activate = (title: string) => wmctrl('-a', title);

  beforeAll(async () => {
    env = { ...process.env, DISPLAY: (await startDisplay(services)).name, XDG_SESSION_TYPE: 'x11' };
    delete env.WAYLAND_DISPLAY;
    await startWindowManager(services, env);
    await xterm('Slides');
    await xterm('Notes');
  }, 90_000);
  afterAll(() => services.stop());

  it('says what it reads', async () => {
    expect(await fullscreenSignal(env, () => []).status()).toEqual({ readable: true, via: X11_VIA });
  });

  it('is on while the active window is fullscreen, and off while another window is active', async () => {
    const signal = fullscreenSignal(env, () => []);
    activate('Slides');
    await expect.poll(() => signal.read(), { timeout: 30_000 }).toBe(false);
    wmctrl('-r', 'Slides', '-b', 'add,fullscreen');
    await expect.poll(() => signal.read(), { timeout: 30_000 }).toBe(true);
    activate('Notes');
    await expect.poll(() => signal.read(), { timeout: 30_000 }).toBe(false);
    activate('Slides');
    await expect.poll(() => signal.read(), { timeout: 30_000 }).toBe(true);
    wmctrl('-r', 'Slides', '-b', 'remove,fullscreen');
    await expect.poll(() => signal.read(), { timeout: 30_000 }).toBe(false);
  });

  it('passes over Limber\'s own fullscreen window', async () => {
    activate('Notes');
    wmctrl('-r', 'Notes', '-b', 'add,fullscreen');
    onTestFinished(() => { wmctrl('-r', 'Notes', '-b', 'remove,fullscreen'); });
    await expect.poll(() => fullscreenSignal(env, () => []).read(), { timeout: 30_000 }).toBe(true);
    expect(await fullscreenSignal(env, () => [pids.get('Notes') ?? 0]).read()).toBe(false);
  });
});

describe.skipIf(noX)('the fullscreen signal on X11 without a window manager to ask', () => {
  const services = new Services();
  afterAll(() => services.stop());

  it('says that no window is known to be active', async () => {
    const env = { PATH: process.env.PATH, DISPLAY: (await startDisplay(services)).name };
    expect(await fullscreenSignal(env, () => []).status())
      .toEqual({ readable: false, why: 'the window manager does not say which window is active (no _NET_ACTIVE_WINDOW)' });
  });

  it('says that no X server answered', async () => {
    const signal = fullscreenSignal({ PATH: process.env.PATH, DISPLAY: ':4321' }, () => []);
    expect(await signal.status()).toEqual({ readable: false, why: 'no X server answered on display :4321' });
    await expect(signal.read()).rejects.toThrow('no X server answered on display :4321');
  });
});

describe.skipIf(noDbus)('the fullscreen signal on Wayland', () => {
  const services = new Services();
  let address = '';
  let env: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    address = await startSessionBus(services);
    env = { PATH: process.env.PATH, WAYLAND_DISPLAY: 'wayland-0', DBUS_SESSION_BUS_ADDRESS: address };
  });
  afterAll(() => services.stop());

  it('says it can\'t be read when GNOME\'s session manager is not there', async () => {
    const signal = fullscreenSignal(env, () => []);
    expect(await signal.status()).toEqual({ readable: false, why: WAYLAND_WHY });
    await expect(signal.read()).rejects.toThrow(WAYLAND_WHY);
  });

  it('follows GNOME\'s idle inhibitor flag (8), whatever else is inhibited', async () => {
    const manager = await standInGnomeSession(address);
    const signal = fullscreenSignal(env, () => []);
    expect(await signal.status()).toEqual({ readable: true, via: WAYLAND_VIA });
    const readings = [];
    for (const flags of [0, 8, 1 | 4, 1 | 2 | 4 | 8]) {
      manager.InhibitedActions = flags;
      readings.push(await signal.read());
    }
    expect(readings).toEqual([false, true, false, true]);
  });
});

describe('which kind of session this is', () => {
  it('takes Wayland\'s word over an X display that XWayland provides, and no display at all as Wayland', () => {
    expect([
      { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' },
      { DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland' },
      { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' },
      {},
    ].map(isWayland)).toEqual([false, true, true, true]);
  });
});
