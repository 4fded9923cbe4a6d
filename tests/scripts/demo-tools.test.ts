import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demo, missingPackages } from '../../scripts/demo';
import { DESKTOP_PACKAGES } from '../../harness/desktop';

const path = process.env.PATH;
afterEach(() => { process.env.PATH = path; });

/** A PATH holding only the named programs (links to anything: only their presence counts). */
function pathWith(...tools: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'limber-path-'));
  for (const tool of tools) symlinkSync(process.execPath, join(dir, tool));
  return dir;
}

describe.skipIf(process.platform !== 'linux')('npm run demo without its desktop programs', () => {
  it('names each missing program\'s Debian package once, and nothing when all are there', () => {
    process.env.PATH = pathWith('Xvfb', 'xdotool', 'dunst', 'dunstctl');
    expect(missingPackages()).toEqual(['dbus', 'xsettingsd', 'openbox', 'trayer', 'libnotify-bin', 'x11-utils', 'x11-xserver-utils', 'imagemagick']);
    process.env.PATH = pathWith(...Object.keys(DESKTOP_PACKAGES));
    expect(missingPackages()).toEqual([]);
  });

  it('stops before starting anything, with the apt-get line to run', async () => {
    process.env.PATH = pathWith('Xvfb');
    const out = mkdtempSync(join(tmpdir(), 'limber-demo-out-'));
    await expect(demo(out, () => undefined)).rejects.toThrow(/^it needs programs that are not installed: apt-get install dbus xsettingsd openbox trayer dunst libnotify-bin xdotool x11-utils x11-xserver-utils imagemagick$/);
    expect(readdirSync(out)).toEqual([]);
  });
});
