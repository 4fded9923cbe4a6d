// Limber drawn natively on Wayland, on a headless sway (wlroots) with dunst: the notification alone offers a due
// break, with no window, and the user is told once why and that no tray shows the icon. sway won't run as root, so
// the session and Limber run as `nobody`; the packaged app is started directly, not through Playwright.
import type { ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordNotifyCalls, startNotificationDaemon } from '../../harness/notification-daemon';
import { missingPrograms, onPath } from '../../harness/programs';
import { E2E_TIMEOUT, SHOTS, whyNoRealElectron } from '../../harness/real-electron-tests';
import { ASKED_STATE } from '../../harness/real-electron';
import { Services } from '../../harness/services';
import { startSessionBus } from '../../harness/session-bus';
import { until } from '../../harness/until';
import { PACKAGED_BINARY } from '../../scripts/package-linux';

const NOBODY = 65534;
const MINUTE = 60_000;
const missing = missingPrograms(['sway', 'swaymsg', 'setpriv', 'dbus-daemon', 'dbus-monitor', 'dunst', 'dunstctl']);
const why = whyNoRealElectron() ?? (missing.length > 0 ? `no ${missing.join(', ')} (apt-get install sway util-linux dbus dunst)` : null)
  ?? (process.getuid?.() === 0 ? null : 'sway is started as another user, which needs root');
if (why) console.warn(`Wayland: real-Electron tests SKIPPED: ${why}.`);

describe.skipIf(why !== null)('Limber drawn natively on Wayland (headless sway)', () => {
  const nobody = new Services(NOBODY);
  let env: NodeJS.ProcessEnv;
  let userData: string;
  let limber: ChildProcess;
  let notified: () => string[];
  /** The packaged app, or a copy that `nobody` can reach when the checkout is in a private folder (root's home). */
  let binary = PACKAGED_BINARY;
  const runAsNobody = (command: string, ...args: string[]) => nobody.run(command, args, env).stdout;
  const log = () => (existsSync(join(userData, 'logs', 'main.log')) ? readFileSync(join(userData, 'logs', 'main.log'), 'utf8') : '');

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-wayland-'));
    chmodSync(dir, 0o755);
    const owned = (path: string, mode: number) => {
      mkdirSync(path, { recursive: true, mode });
      chownSync(path, NOBODY, NOBODY);
      return path;
    };
    const runtime = owned(join(dir, 'run'), 0o700);
    const home = owned(join(dir, 'home'), 0o755);
    userData = owned(join(home, '.config', 'Limber'), 0o755);
    chownSync(join(home, '.config'), NOBODY, NOBODY);
    writeFileSync(join(userData, 'config.json'), JSON.stringify({
      microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 }, preludeSeconds: 30,
    }));
    chownSync(join(userData, 'config.json'), NOBODY, NOBODY);
    writeFileSync(join(userData, 'state.json'), ASKED_STATE);
    chownSync(join(userData, 'state.json'), NOBODY, NOBODY);
    writeFileSync(join(dir, 'sway.conf'), 'xwayland disable\n');
    env = { PATH: process.env.PATH, HOME: home, XDG_RUNTIME_DIR: runtime, XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'sway' };
    if (nobody.run('test', ['-x', PACKAGED_BINARY], env).status !== 0) {
      cpSync(dirname(PACKAGED_BINARY), join(dir, 'app'), { recursive: true });
      binary = join(dir, 'app', basename(PACKAGED_BINARY));
    }
    // No screen, input devices or GPU: wlroots' headless backend and its software renderer.
    nobody.start('sway', ['-c', join(dir, 'sway.conf')], { ...env, WLR_BACKENDS: 'headless', WLR_LIBINPUT_NO_DEVICES: '1', WLR_RENDERER: 'pixman' });
    const socket = (pattern: RegExp) => readdirSync(runtime).find((name) => pattern.test(name));
    env.WAYLAND_DISPLAY = await until('sway\'s Wayland socket', () => socket(/^wayland-\d+$/));
    env.SWAYSOCK = join(runtime, await until('sway\'s IPC socket', () => socket(/^sway-ipc\..*\.sock$/)));
    env.DBUS_SESSION_BUS_ADDRESS = await startSessionBus(nobody, env);
    await startNotificationDaemon(nobody, env);
    notified = recordNotifyCalls(nobody, env);
    limber = nobody.start(binary, ['--ozone-platform=wayland'], env);
  }, E2E_TIMEOUT);

  afterAll(() => nobody.stop());

  it('starts drawn natively, reads idle time from the compositor, and says once what works differently', async () => {
    await until('Limber started', () => (log().includes('Idle time from:') ? true : null), 2 * MINUTE);
    expect(log()).toContain('Idle time from: compositor (Wayland, prompts by notification) (no tray host)');
  });

  it('offers a due break by notification alone, with no window on screen', async () => {
    await until('the break due', () => (log().includes('Break due: micro') ? true : null), 3 * MINUTE);
    const titles = await until('the due notification', () => (notified().length >= 3 ? notified() : null));
    expect(titles).toEqual(['How Limber works in this session', 'Micro break in 30 seconds', 'Time for a 30-second micro break']);
    const tree = runAsNobody('swaymsg', '-t', 'get_tree');
    expect(tree).toContain('"type": "output"');
    expect(tree).not.toMatch(/Limber|"app_id": "limber"/);
  }, 4 * MINUTE);

  // About one run in four, the window's 'ready-to-show' never came here, and the settings stayed hidden until
  // windows.ts learned to go ahead after a few seconds.
  it('opens a window when asked: the settings, from a second start, and keeps running', async () => {
    // Asking Electron where the pointer is crashed it here (a segfault) before any window was open.
    const second = nobody.run(binary, ['--ozone-platform=wayland', '--settings'], env, { timeoutMs: 90_000 });
    expect(second.status).toBe(0);
    const names = () => runAsNobody('swaymsg', '-t', 'get_tree').split('\n').filter((line) => line.includes('"name"')).map((line) => line.trim());
    await until('the settings in sway\'s tree', () => (names().some((name) => /^"name": "(.+ – )?Settings – Limber",$/.test(name)) ? true : null), MINUTE).catch((error: unknown) => {
      throw new Error(`${String(error)}; sway has ${names().join(' ')}; Limber ${limber.exitCode === null && limber.signalCode === null ? 'runs' : `stopped (${String(limber.exitCode ?? limber.signalCode)})`}; its log: ${log()}; the second start said ${second.stdout} ${second.stderr.split('\n').filter((l) => !l.includes('bus.cc')).join(' | ').slice(-1500)}`);
    });
    expect(log()).not.toMatch(/\[error\]/);
    if (onPath('grim')) {
      const shot = join(env.XDG_RUNTIME_DIR ?? '', 'wayland.png');
      runAsNobody('grim', shot);
      mkdirSync(SHOTS, { recursive: true });
      copyFileSync(shot, join(SHOTS, 'wayland-settings.png'));
    }
  });
});
