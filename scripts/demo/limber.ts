// Which Limber the demo runs: the packaged app when it is current, else a development build.
import { spawnSync } from 'node:child_process';
import { electronPackage, ensureRuntime } from '../electron-runtime';
import { PACKAGED_BINARY, ROOT } from '../package-linux';
import { packagedApp } from '../../harness/packaged-app';
import type { LimberCommand } from '../../harness/real-electron';

export interface DemoLimber extends LimberCommand {
  /** One line for the user: which Limber this is, and why. */
  which: string;
}

/** The packaged app when release/linux-unpacked is current with the sources, else a fresh build run as `npm start` runs it. */
export async function chooseLimber(say: (line: string) => void): Promise<DemoLimber> {
  const packaged = packagedApp();
  if (packaged === 'current') return { executable: PACKAGED_BINARY, args: [], which: 'the packaged app, release/linux-unpacked/limber (it is newer than the sources)' };
  const why = packaged === 'outdated' ? 'release/linux-unpacked is older than the sources' : 'there is no release/linux-unpacked';
  say(`Building Limber for a development run (${why}; npm run package:linux makes the packaged app)…`);
  if (spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('the build failed (see above)');
  const binary = electronPackage().binary ?? await ensureRuntime(undefined, say);
  return { executable: binary, args: [ROOT], which: `the development build in dist/, in Electron from ${binary}` };
}
