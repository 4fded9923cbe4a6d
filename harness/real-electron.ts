// Starts Limber in the real Electron runtime on a virtual desktop, as the packaged app or as `npm start` runs it.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findRuntime } from '../scripts/electron-runtime';
import { PACKAGED_BINARY, ROOT } from '../scripts/package-linux';
import { missingDesktopTools, missingMonitorTools, startDesktop, until, type Desktop } from './desktop-tools';
import { processTree } from './processes';

export type Layout = 'packaged' | 'unpackaged';

export const SHOTS = join(ROOT, 'test-results', 'electron');

/** Real Electron starts take seconds on a busy 2-core machine; these are limits, not measurements. */
export const E2E_TIMEOUT = 120_000;

/** Why this machine can't run the suite, or null when it can. */
export function whyNoRealElectron(): string | null {
  const runtime = findRuntime();
  if ('missing' in runtime) return runtime.missing;
  const tools = missingDesktopTools();
  if (tools.length > 0) return `no ${tools.join(', ')} (apt-get install xvfb dbus xsettingsd dunst libnotify-bin openbox trayer xdotool x11-utils x11-xserver-utils imagemagick xterm inotify-tools)`;
  return null;
}

export const launchCommand = (layout: Layout) => {
  const runtime = findRuntime();
  if ('missing' in runtime) throw new Error(runtime.missing);
  return layout === 'packaged' ? { executable: PACKAGED_BINARY, args: [] } : { executable: runtime.binary, args: [ROOT] };
};

export interface LimberRun {
  app: ElectronApplication;
  /** Limber's main process (Playwright's handle on it goes once the app has closed). */
  child: ChildProcess;
  home: string;
  userData: string;
  pid: number;
  /** The page of the first window whose address contains `#/<route>`, waiting up to `timeoutMs` (a safety net) for it to open. */
  page(route: string, timeoutMs?: number): Promise<Page>;
  /** The X window id of the window showing `#/<route>`, whatever its title. */
  windowId(route: string): Promise<string>;
  /** Chromium renderer processes under Limber's main process. */
  renderers(): number;
  /** The notifications this Limber has shown, oldest first. */
  notifications(): { title: string; body: string }[];
  /** Limber's log so far. */
  log(): string;
  /** A second `limber` with these arguments, as a user would run it: its exit code and output. */
  again(...args: string[]): { status: number | null; stdout: string; stderr: string };
  /** Resolves with the exit code once the main process has gone. */
  exited: Promise<number | null>;
}

export interface LaunchOptions {
  layout?: Layout;
  /** A home folder from an earlier run, to start again on its files. */
  home?: string;
  /** Written to config.json before the start; without it, and without `home`, it is a first start. */
  config?: Record<string, unknown>;
  args?: string[];
  /** Extra Chromium switches, e.g. a device scale factor. */
  switches?: string[];
  /** More environment for Limber, e.g. the sound server to use. */
  env?: Record<string, string>;
}

export async function launchLimber(desktop: Desktop, options: LaunchOptions = {}): Promise<LimberRun> {
  const layout = options.layout ?? 'packaged';
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'limber-e2e-'));
  const userData = join(home, '.config', 'Limber');
  mkdirSync(userData, { recursive: true });
  if (options.config) writeFileSync(join(userData, 'config.json'), JSON.stringify(options.config));
  const { executable, args } = launchCommand(layout);
  const env = { ...desktop.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ...options.env } as Record<string, string>;
  const switches = ['--no-sandbox', ...(options.switches ?? [])];
  // Each start reads its own notices, not what an earlier Limber showed on this desktop.
  const shownBefore = desktop.notifications().length;
  const app = await _electron.launch({ executablePath: executable, args: [...args, ...switches, ...(options.args ?? [])], env, timeout: 60_000 });
  // Playwright's own waits (a button to show, a click to land) get a minute rather than 30 s on a loaded machine.
  app.context().setDefaultTimeout(60_000);
  const child = app.process();
  const pid = child.pid ?? 0;
  const exited = new Promise<number | null>((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.once('exit', (code) => { done(code); });
  });
  const logFile = join(userData, 'logs', 'main.log');
  return {
    app, child, home, userData, pid, exited,
    async page(route, timeoutMs = 60_000) {
      const page = await until(`a window showing #/${route}`, () => app.windows().find((p) => p.url().includes(`#/${route}`)), timeoutMs);
      await page.waitForLoadState('domcontentloaded');
      return page;
    },
    async windowId(route) {
      const xid = await until(`the X window of #/${route}`, () => app.evaluate(({ BrowserWindow }, wanted) => {
        const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes(`#/${wanted}`));
        return window?.getNativeWindowHandle().readUInt32LE(0);
      }, route), 60_000);
      return `0x${xid.toString(16)}`;
    },
    notifications: () => desktop.notifications().slice(shownBefore),
    renderers: () => processTree(pid).filter((p) => p.args.includes('--type=renderer')).length,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    again(...more) {
      // A second Electron starting cold, handing its arguments over and exiting: seconds, or tens of them under load.
      const result = spawnSync(executable, [...args, ...switches, ...more], { env, encoding: 'utf8', timeout: 90_000 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

/** One virtual desktop per test file, or a SKIPPED notice where this machine lacks what the suite needs. */
export function useDesktop(suite: string, shape?: Parameters<typeof startDesktop>[0]) {
  const missing = shape?.monitors ? missingMonitorTools() : [];
  const why = whyNoRealElectron() ?? (missing.length > 0 ? `no ${missing.join(', ')} (apt-get install xserver-xorg-core xserver-xorg-video-dummy)` : null);
  if (why) console.warn(`${suite}: real-Electron tests SKIPPED: ${why}.`);
  let desktop: Desktop | undefined;
  beforeAll(async () => { if (!why) desktop = await startDesktop(shape); }, E2E_TIMEOUT);
  afterAll(async () => { await desktop?.stop(); });
  return {
    skip: why !== null,
    get: (): Desktop => {
      if (!desktop) throw new Error('the desktop did not start');
      return desktop;
    },
  };
}

/**
 * Clicks a button that closes its own window; the click can't wait for a page that is gone. A break's end screen
 * closes itself after a few seconds, so its window may be gone already.
 */
export async function clickToClose(page: Page, name: string | RegExp): Promise<void> {
  if (page.isClosed()) return;
  await Promise.all([page.waitForEvent('close'), page.getByRole('button', { name }).click({ noWaitAfter: true }).catch(() => undefined)]);
}

/**
 * Waits until `limber`'s main process has gone, killing it if it won't quit on its own. A loaded machine can take
 * seconds over the quit's last writes: the kill is for a Limber that hangs, not one that is slow.
 */
export async function closeLimber(run: LimberRun): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return;
  await run.app.close().catch(() => undefined);
  const killing = new AbortController();
  await Promise.race([
    run.exited,
    sleep(30_000, undefined, { signal: killing.signal }).then(() => { run.child.kill('SIGKILL'); }, () => undefined),
  ]);
  killing.abort();
}

export { until };
export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
export { PACKAGED_BINARY, processTree };
