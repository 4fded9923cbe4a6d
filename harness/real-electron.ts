// Starts Limber in the real Electron runtime on a virtual desktop through Playwright, as the packaged app or as
// `npm start` runs it, on a home folder of its own: for the real-Electron suite and `npm run demo`.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { NO_UPDATE_MEMORY } from '../core/updates/schedule';
import { findRuntime } from '../scripts/electron-runtime';
import { PACKAGED_BINARY, ROOT } from '../scripts/package-linux';
import type { Desktop } from './desktop';
import { processTree } from './processes';
import { until } from './until';

export type Layout = 'packaged' | 'unpackaged';

/** What starts a Limber: its executable and the arguments before any of Limber's own. */
export interface LimberCommand { executable: string; args: string[] }

export const launchCommand = (layout: Layout): LimberCommand => {
  const runtime = findRuntime();
  if ('missing' in runtime) throw new Error(runtime.missing);
  return layout === 'packaged' ? { executable: PACKAGED_BINARY, args: [] } : { executable: runtime.binary, args: [ROOT] };
};

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The state of a user who has run this version before and was asked about update checks (left off): without it, a
 * returning user's start opens the window that asks.
 */
export const ASKED_STATE = JSON.stringify({ updates: { ...NO_UPDATE_MEMORY, asked: true, lastRunVersion: VERSION } });

/**
 * A fresh home folder (or `home`) with the app's config folder in it, holding `config` as config.json if given, with
 * the state of a user who was asked about update checks.
 */
export function homeFor(configFolder: string, { home = mkdtempSync(join(tmpdir(), 'limber-e2e-')), config }: { home?: string; config?: unknown } = {}) {
  const userData = join(home, '.config', configFolder);
  mkdirSync(userData, { recursive: true });
  if (config) {
    writeFileSync(join(userData, 'config.json'), JSON.stringify(config));
    if (!existsSync(join(userData, 'state.json'))) writeFileSync(join(userData, 'state.json'), ASKED_STATE);
  }
  return { home, userData };
}

/** The desktop's environment for an app living in `home`. */
export const homeEnv = (desktop: Desktop, home: string): Record<string, string> =>
  ({ ...desktop.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') });

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
  notifications(): ReturnType<Desktop['notifications']>;
  /** Limber's log so far. */
  log(): string;
  /** Resolves once Limber has attached its tray menu, which it logs as the tray's first status line. */
  trayReady(): Promise<void>;
  /** A second `limber` with these arguments, as a user would run it: its exit code and output. */
  again(...args: string[]): { status: number | null; stdout: string; stderr: string };
  /** Resolves with the exit code once the main process has gone. */
  exited: Promise<number | null>;
}

export interface LaunchOptions {
  layout?: Layout;
  /** Another Limber than the layout's, e.g. the demo's development build. */
  command?: LimberCommand;
  /** A home folder from an earlier run, to start again on its files. */
  home?: string;
  /** Written to config.json before the start; without it, and without `home`, it is a first start. */
  config?: Record<string, unknown>;
  args?: string[];
  /** Extra Chromium switches, e.g. a device scale factor. */
  switches?: string[];
  /** More environment for Limber, e.g. the sound server to use. */
  env?: Record<string, string>;
  /** Chromium's sandbox, which refuses to run as root; off unless asked for. */
  sandbox?: boolean;
  /** How long the start, and Playwright's waits after it (a button to show, a click to land), may take. */
  timeoutMs?: number;
}

export async function launchLimber(desktop: Desktop, options: LaunchOptions = {}): Promise<LimberRun> {
  const { home, userData } = homeFor('Limber', options);
  const { executable, args } = options.command ?? launchCommand(options.layout ?? 'packaged');
  const env = { ...homeEnv(desktop, home), ...options.env };
  const switches = [...(options.sandbox ? [] : ['--no-sandbox']), ...(options.switches ?? [])];
  // Each start reads its own notices, not what an earlier Limber showed on this desktop.
  const shownBefore = desktop.notifications().length;
  // A minute rather than Playwright's 30 s on a loaded machine.
  const timeout = options.timeoutMs ?? 60_000;
  const app = await _electron.launch({ executablePath: executable, args: [...args, ...switches, ...(options.args ?? [])], env, timeout });
  app.context().setDefaultTimeout(timeout);
  const child = app.process();
  const pid = child.pid ?? 0;
  const exited = new Promise<number | null>((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.once('exit', (code) => { done(code); });
  });
  const logFile = join(userData, 'logs', 'main.log');
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
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
    log,
    async trayReady() {
      await until('the tray menu attached', () => (/\] +Tray: /.test(log()) ? true : null), 60_000);
    },
    again(...more) {
      // A second Electron starting cold, handing its arguments over and exiting: seconds, or tens of them under load.
      const result = spawnSync(executable, [...args, ...switches, ...more], { env, encoding: 'utf8', timeout: 90_000 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
 * Quits `limber` (through Playwright, or as `quit` does it) and waits until its main process has gone, killing it if
 * it won't quit. A loaded machine can take seconds over the quit's last writes: the kill is for a Limber that hangs,
 * not one that is slow.
 */
export async function closeLimber(run: LimberRun, quit: () => unknown = () => run.app.close()): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return;
  // The quit may find Limber gone already; the wait below tells.
  await Promise.resolve().then(quit).catch(() => undefined);
  const killing = new AbortController();
  await Promise.race([
    run.exited,
    sleep(30_000, undefined, { signal: killing.signal }).then(() => { run.child.kill('SIGKILL'); }, () => undefined),
  ]);
  killing.abort();
}
