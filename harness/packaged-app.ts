// Whether release/linux-unpacked holds a packaged Limber that is current with the sources, for the demo and
// bench:electron, which run the packaged app when they can.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGED_BINARY, ROOT } from '../scripts/package-linux';

/** What goes into release/linux-unpacked: when any of it is newer than the app.asar there, the package is out of date. */
const PACKAGED_SOURCES = ['core', 'electron', 'renderer', 'assets', 'package.json', 'electron-builder.yml', 'vite.config.ts', 'scripts/build-main.ts'];
const PACKAGED_APP = join(ROOT, 'release', 'linux-unpacked', 'resources', 'app.asar');

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export function packagedApp(): 'current' | 'outdated' | 'missing' {
  if (!existsSync(PACKAGED_BINARY) || !existsSync(PACKAGED_APP)) return 'missing';
  const sources = Math.max(...PACKAGED_SOURCES.map((path) => newestChange(join(ROOT, path))));
  return statSync(PACKAGED_APP).mtimeMs > sources ? 'current' : 'outdated';
}
