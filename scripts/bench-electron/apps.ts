// The two apps bench:electron compares, both laid out as a packaged Linux app on the same Electron runtime:
// Limber from `npm run package:linux`, and a bare tray app in a copy of the same runtime, each from an app.asar.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createPackage } from '@electron/asar';
import { runtimeDir } from '../electron-runtime';
import { packageLinux, PACKAGED_BINARY } from '../package-linux';
import { processTree } from '../../harness/processes';
import type { Desktop } from '../../harness/desktop';
import { packagedApp } from '../../harness/packaged-app';
import { homeEnv, homeFor } from '../../harness/real-electron';

export type AppName = 'bare' | 'limber';

export interface BenchApp {
  name: AppName;
  executable: string;
  /** The WM_CLASS class Electron gives the app's tray icon and windows (its productName). */
  windowClass: string;
  /** Its folder in $XDG_CONFIG_HOME. */
  configFolder: string;
}

const limberApp = (executable: string): BenchApp => ({ name: 'limber', executable, windowClass: 'Limber', configFolder: 'Limber' });

/** A packaged Limber built elsewhere (another build of it, to compare), taken as it is. */
export const otherLimber = (executable: string): BenchApp => limberApp(executable);

/** release/linux-unpacked/limber, packaged again when any source is newer than its app.asar. */
export async function packagedLimber(say: (line: string) => void): Promise<BenchApp> {
  if (packagedApp() !== 'current') {
    say('Packaging Limber (npm run package:linux)…');
    await packageLinux(['dir']);
  }
  return limberApp(PACKAGED_BINARY);
}

/**
 * The bare tray app in resources/app.asar of a copy of the runtime Limber was packaged from. A real copy, not hard
 * links (cp -al): PSS splits a mapped file's pages among every process that maps the same inode, and the runtime's
 * files are hard-linked into the dev runtime, so any `electron .` running elsewhere on the machine would lower the
 * bare app's PSS. electron-builder copies the runtime for Limber too, so each app maps files of its own.
 */
export async function packagedBareTray(workDir: string): Promise<BenchApp> {
  const dir = join(workDir, 'bare-tray');
  cpSync(runtimeDir(), dir, { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  await createPackage(join(import.meta.dirname, 'bare-tray'), join(dir, 'resources', 'app.asar'));
  // Named as electron-builder names Limber's binary; X11 takes the icon's window class from it.
  const executable = join(dir, 'baretray');
  renameSync(join(dir, 'electron'), executable);
  return { name: 'bare', executable, windowClass: 'Baretray', configFolder: 'BareTray' };
}

export interface Running {
  app: BenchApp;
  pid: number;
  home: string;
  userData: string;
  /** Date.now() just before the spawn. */
  spawnedAt: number;
  /** The same executable again with these arguments, as a user would run it. */
  again(...args: string[]): { status: number | null; stdout: string };
  /** Ends the app by its pid, waits until its whole process tree has gone, and removes its home folder. */
  stop(): Promise<void>;
}

const SWITCHES = ['--no-sandbox'];

/** Starts `app` without any debugger attached, on a fresh home folder holding `config` (a returning user's). */
export function startApp(app: BenchApp, desktop: Desktop, config: unknown, args: string[] = []): Running {
  const { home, userData } = homeFor(app.configFolder, { home: mkdtempSync(join(tmpdir(), `bench-${app.name}-`)), config });
  const env = homeEnv(desktop, home);
  const spawnedAt = Date.now();
  const child = spawn(app.executable, [...SWITCHES, ...args], { env, stdio: 'ignore' });
  const pid = child.pid ?? 0;
  return {
    app, pid, home, userData, spawnedAt,
    again: (...more) => {
      const result = spawnSync(app.executable, [...SWITCHES, ...more], { env, encoding: 'utf8', timeout: 30_000 });
      return { status: result.status, stdout: result.stdout };
    },
    stop: async () => {
      await stopTree(child, pid);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function stopTree(child: ChildProcess, pid: number): Promise<void> {
  const started = processTree(pid).map((p) => p.pid);
  const running = () => child.exitCode === null && child.signalCode === null;
  if (running()) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (running()) child.kill('SIGKILL');
  }
  // Helpers (zygotes, GPU, crashpad) end with the browser process; any left after a while are ended by their pid.
  for (let tries = 0; tries < 50 && started.some(isAlive); tries++) await sleep(100);
  for (const left of started.filter(isAlive)) process.kill(left, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
