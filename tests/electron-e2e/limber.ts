// Starts Limber in the real Electron runtime on a virtual desktop, as the packaged app or as `npm start` runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findRuntime } from '../../scripts/electron-runtime';
import { PACKAGED_BINARY, ROOT } from '../../scripts/package-linux';
import { missingDesktopTools, startDesktop, until, type Desktop } from './desktop';

export type Layout = 'packaged' | 'unpackaged';

/** Real Electron starts take seconds on a busy 2-core machine; these are limits, not measurements. */
export const E2E_TIMEOUT = 120_000;

/** Why this machine can't run the suite, or null when it can. */
export function whyNoRealElectron(): string | null {
  const runtime = findRuntime();
  if ('missing' in runtime) return runtime.missing;
  const tools = missingDesktopTools();
  if (tools.length > 0) return `no ${tools.join(', ')} (apt-get install xvfb dbus xsettingsd dunst libnotify-bin openbox trayer xdotool x11-utils x11-xserver-utils imagemagick xterm)`;
  return null;
}

export const launchCommand = (layout: Layout) => {
  const runtime = findRuntime();
  if ('missing' in runtime) throw new Error(runtime.missing);
  return layout === 'packaged' ? { executable: PACKAGED_BINARY, args: [] } : { executable: runtime.binary, args: [ROOT] };
};

export interface LimberRun {
  app: ElectronApplication;
  home: string;
  userData: string;
  pid: number;
  /** The page of the first window whose address contains `#/<route>`, waiting for it to open. */
  page(route: string): Promise<Page>;
  /** Chromium renderer processes under Limber's main process. */
  renderers(): number;
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
}

/** The processes whose parent chain leads to `root`, with their command lines. */
export function processTree(root: number): { pid: number; args: string }[] {
  const lines = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).stdout.split('\n');
  const all = lines.flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return match ? [{ pid: Number(match[1]), ppid: Number(match[2]), args: match[3] ?? '' }] : [];
  });
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!tree.has(p.pid) && tree.has(p.ppid)) { tree.add(p.pid); grew = true; }
  }
  return all.filter((p) => tree.has(p.pid)).map(({ pid, args }) => ({ pid, args }));
}

export async function launchLimber(desktop: Desktop, options: LaunchOptions = {}): Promise<LimberRun> {
  const layout = options.layout ?? 'packaged';
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'limber-e2e-'));
  const userData = join(home, '.config', 'Limber');
  mkdirSync(userData, { recursive: true });
  if (options.config) writeFileSync(join(userData, 'config.json'), JSON.stringify(options.config));
  const { executable, args } = launchCommand(layout);
  const env = { ...desktop.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') } as Record<string, string>;
  const switches = ['--no-sandbox', ...(options.switches ?? [])];
  const app = await _electron.launch({ executablePath: executable, args: [...args, ...switches, ...(options.args ?? [])], env, timeout: 60_000 });
  const child = app.process();
  const pid = child.pid ?? 0;
  const exited = new Promise<number | null>((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.once('exit', (code) => { done(code); });
  });
  const logFile = join(userData, 'logs', 'main.log');
  return {
    app, home, userData, pid, exited,
    async page(route) {
      const matches = (page: Page) => page.url().includes(`#/${route}`);
      for (;;) {
        const found = app.windows().find(matches);
        if (found) {
          await found.waitForLoadState('domcontentloaded');
          return found;
        }
        await Promise.race([app.waitForEvent('window', { timeout: 30_000 }), sleep(200)]);
      }
    },
    renderers: () => processTree(pid).filter((p) => p.args.includes('--type=renderer')).length,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    again(...more) {
      const result = spawnSync(executable, [...args, ...switches, ...more], { env, encoding: 'utf8', timeout: 30_000 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

/** One virtual desktop per test file, or a SKIPPED notice where this machine lacks what the suite needs. */
export function useDesktop(suite: string, shape?: Parameters<typeof startDesktop>[0]) {
  const why = whyNoRealElectron();
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

/** Waits until `limber`'s main process has gone, killing it if it won't quit on its own. */
export async function closeLimber(run: LimberRun): Promise<void> {
  if (run.app.process().exitCode !== null) return;
  await run.app.close().catch(() => undefined);
  await Promise.race([run.exited, sleep(5000).then(() => { run.app.process().kill('SIGKILL'); })]);
}

export { until };
export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
export { PACKAGED_BINARY };
