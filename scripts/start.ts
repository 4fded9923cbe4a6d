// `npm start`: builds Limber and runs it in Electron as a development run (`electron .`), finding an Electron even
// where Electron's own download can't be reached. The decisions are start-plan.ts's; this file gathers the facts and acts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELECTRON_PACKAGE, ELECTRON_VERSION, cacheRoot, electronPackage, ensureRuntime, findRuntime, registryRuntimeRuns } from './electron-runtime';
import { sandboxFacts, sandboxProblem } from './sandbox-check';
import { startStep, type StartFacts } from './start-plan';

const ROOT = join(import.meta.dirname, '..');

/** A failed download is remembered for a day, so that a network that was down for a moment is tried again. */
const NOTE_KEPT_MS = 24 * 60 * 60 * 1000;
const recentNote = (file: string) => {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat && Date.now() - stat.mtimeMs < NOTE_KEPT_MS ? readFileSync(file, 'utf8') : null;
};
/** The build runs through npm, which Windows starts from a .cmd file, through its shell. */
const npm = (args: readonly string[], options: Parameters<typeof spawnSync>[2]) =>
  spawnSync('npm', args, { ...options, shell: process.platform === 'win32' });

/** Where a failed download is noted, so that later starts go straight to the registry's Electron. */
const downloadFailedNote = (version: string) => join(cacheRoot(), `electron-${version}-download-failed`);

/** Electron's own install script, run once; the first line of its error when it fails. */
function download(version: string): string | null {
  console.log(`npm start: Electron ${version}'s binary isn't installed; trying its download…`);
  const install = join(ELECTRON_PACKAGE, 'install.js');
  if (!existsSync(install)) return 'the electron package is not installed: run npm install';
  // A network that drops everything would hang the download: five minutes is plenty for Electron's 100 MB.
  const result = spawnSync(process.execPath, [install], { cwd: ELECTRON_PACKAGE, encoding: 'utf8', timeout: 5 * 60_000 });
  if (result.status === 0 && electronPackage().binary) return null;
  const line = `${result.stderr}\n${result.stdout}`.split('\n').map((text) => text.trim()).find((text) => text && !text.startsWith('at '));
  return (line ?? `exit ${String(result.status)}`).replace(/^\w*Error: /, '').slice(0, 200);
}

function facts(justFetched: boolean, downloadFailure: string | null): StartFacts {
  const electron = electronPackage();
  const runtime = findRuntime();
  return {
    platform: process.platform, arch: process.arch, isRoot: process.getuid?.() === 0,
    display: { DISPLAY: process.env.DISPLAY, WAYLAND_DISPLAY: process.env.WAYLAND_DISPLAY },
    electron,
    downloadFailure: downloadFailure ?? recentNote(downloadFailedNote(electron.version)),
    registryRuntime: { version: ELECTRON_VERSION, binary: 'binary' in runtime ? runtime.binary : null, justFetched },
    registryRuntimeRuns: registryRuntimeRuns(process.platform, process.arch),
  };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function start(args: readonly string[]): Promise<void> {
  let step = startStep(facts(false, null));
  if (step.step === 'fail') fail(step.message);
  if (npm(['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) fail('npm start: the build failed (see above).');
  let downloadFailure: string | null = null;
  let justFetched = false;
  for (;;) {
    step = startStep(facts(justFetched, downloadFailure));
    if (step.step === 'fail') fail(step.message);
    if (step.step === 'run') break;
    if (step.step === 'download') {
      const version = electronPackage().version;
      // Null when it worked: then the package's binary is there, and the next step runs it.
      downloadFailure = download(version);
      if (downloadFailure && registryRuntimeRuns(process.platform, process.arch)) {
        mkdirSync(cacheRoot(), { recursive: true });
        writeFileSync(downloadFailedNote(version), downloadFailure);
      }
    } else {
      console.log(step.note);
      await ensureRuntime(undefined, () => undefined);
      justFetched = true;
    }
  }
  for (const note of step.notes) console.warn(note);
  if (step.switches.length === 0) {
    const problem = sandboxProblem(sandboxFacts(step.binary));
    if (problem) fail(`npm start: ${problem}`);
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const electron = spawn(step.binary, [ROOT, ...step.switches, ...args], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => electron.kill(signal));
  // Ctrl-C reaches Electron too, from the terminal; npm start waits for it to quit.
  process.on('SIGINT', () => undefined);
  electron.on('exit', (code, signal) => { process.exit(code ?? (signal ? 1 : 0)); });
}

start(process.argv.slice(2)).catch((error: unknown) => {
  fail(`npm start: ${error instanceof Error ? error.message : String(error)}`);
});
