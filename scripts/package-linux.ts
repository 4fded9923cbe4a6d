// Builds the Linux app here as users get it, on the real Electron from electron:runtime: `npm run package:linux`.
// release/linux-unpacked/limber runs Limber from app.asar. Only the `dir` target: tar.gz, AppImage and deb make
// electron-builder download tools of its own, which this machine cannot reach.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ELECTRON_VERSION, ensureRuntime, runtimeDir } from './electron-runtime';

export const ROOT = join(import.meta.dirname, '..');
export const PACKAGED_BINARY = join(ROOT, 'release', 'linux-unpacked', 'limber');

export async function packageLinux(targets: readonly string[] = ['dir']): Promise<string> {
  await ensureRuntime();
  const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(bin('electron-builder'), [
    '--linux', ...targets, '--publish', 'never',
    `-c.electronDist=${runtimeDir()}`, `-c.electronVersion=${ELECTRON_VERSION}`,
    // The one difference from a release build: Playwright drives the app's main process through the inspector.
    '-c.electronFuses.enableNodeCliInspectArguments=true',
  ], { cwd: ROOT, stdio: 'inherit' });
  return PACKAGED_BINARY;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  packageLinux(process.argv.slice(2).length > 0 ? process.argv.slice(2) : undefined).then(
    (binary) => { console.log(binary); },
    (error: unknown) => { console.error(`package:linux: ${error instanceof Error ? error.message : String(error)}`); process.exit(1); },
  );
}
