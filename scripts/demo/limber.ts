// Which Limber the demo runs, and starting it on the virtual desktop with a fresh home folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { electronPackage, ensureRuntime } from '../electron-runtime';
import { PACKAGED_BINARY, ROOT } from '../package-linux';
import type { Desktop } from '../../harness/desktop';

/** What goes into release/linux-unpacked: when any of it is newer than the app.asar there, the package is out of date. */
const PACKAGED_SOURCES = ['core', 'electron', 'renderer', 'assets', 'package.json', 'electron-builder.yml', 'vite.config.ts', 'scripts/build-main.ts'];
const PACKAGED_APP = join(ROOT, 'release', 'linux-unpacked', 'resources', 'app.asar');

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export interface LimberCommand {
  executable: string;
  args: string[];
  /** One line for the user: which Limber this is, and why. */
  which: string;
}

/** The packaged app when release/linux-unpacked is current with the sources, else a fresh build run as `npm start` runs it. */
export async function chooseLimber(say: (line: string) => void): Promise<LimberCommand> {
  const packaged = existsSync(PACKAGED_BINARY) && existsSync(PACKAGED_APP) ? statSync(PACKAGED_APP).mtimeMs : 0;
  const sources = Math.max(...PACKAGED_SOURCES.map((path) => newestChange(join(ROOT, path))));
  if (packaged > sources) return { executable: PACKAGED_BINARY, args: [], which: 'the packaged app, release/linux-unpacked/limber (it is newer than the sources)' };
  const why = packaged ? 'release/linux-unpacked is older than the sources' : 'there is no release/linux-unpacked';
  say(`Building Limber for a development run (${why}; npm run package:linux makes the packaged app)…`);
  if (spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('the build failed (see above)');
  const binary = electronPackage().binary ?? await ensureRuntime(undefined, say);
  return { executable: binary, args: [ROOT], which: `the development build in dist/, in Electron from ${binary}` };
}

/** Chromium refuses to run as root with its sandbox; everyone else keeps it. */
const switches = () => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);

export async function launch(command: LimberCommand, desktop: Desktop, home: string, extra: string[] = []): Promise<ElectronApplication> {
  const env = { ...desktop.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') } as Record<string, string>;
  const app = await _electron.launch({ executablePath: command.executable, args: [...command.args, ...switches(), ...extra], env, timeout: 120_000 });
  app.context().setDefaultTimeout(120_000);
  return app;
}

/** `limber --quit`, as a user would type it: the running Limber quits and this second start exits. */
export function quitCommand(command: LimberCommand, desktop: Desktop, home: string): void {
  const env = { ...desktop.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
  spawnSync(command.executable, [...command.args, ...switches(), '--quit'], { env, stdio: 'ignore', timeout: 120_000 });
}
