// The installers electron-builder makes from electron-builder.yml. Only the Linux `dir` build can be made here (the
// others download tools or another platform's Electron), so the rest is checked as configuration.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../electron/launch';

const ROOT = join(import.meta.dirname, '..');
type Target = string | { target: string; arch?: string[] };
interface Config {
  appId: string; icon: string; files: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: Target[] };
  mac: { target: Target[]; hardenedRuntime?: boolean; entitlements: string; entitlementsInherit: string; notarize?: unknown; extendInfo: Record<string, unknown> };
  win: { target: Target[] };
  nsis: { oneClick: boolean; perMachine: boolean };
}
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
const targets = (list: Target[]) => list.map((t) => (typeof t === 'string' ? t : `${t.target} ${(t.arch ?? []).join(',')}`));

describe('installers', () => {
  it('names the app as Windows knows it from Limber itself', () => {
    expect(config.appId).toBe(APP_ID);
  });

  it('builds a dmg and a zip for Apple silicon and Intel, signed with the hardened runtime when a Developer ID is there', () => {
    expect(targets(config.mac.target)).toEqual(['dmg arm64,x64', 'zip arm64,x64']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.extendInfo.LSUIElement).toBe(true);
    // Left unset, notarization happens exactly when the release machine has Apple's credentials in its environment.
    expect(config.mac.notarize).toBeUndefined();
  });

  it('grants the hardened runtime only what V8 needs', () => {
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      const plist = readFileSync(join(ROOT, file), 'utf8');
      expect([...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
    }
  });

  it('builds a per-user Windows installer for x64 and Arm', () => {
    expect(targets(config.win.target)).toEqual(['nsis x64,arm64']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
  });

  it('offers the deb first on Linux, whose installer lets Chromium\'s sandbox start on Ubuntu 24.04', () => {
    expect(targets(config.linux.target)).toEqual(['deb', 'AppImage', 'rpm']);
    // What the deb runs after installing, in the electron-builder this project uses: the AppArmor profile that
    // allows user namespaces, and chrome-sandbox set up where there are none.
    const templates = join(dirname(createRequire(import.meta.url).resolve('app-builder-lib/package.json')), 'templates', 'linux');
    expect(readFileSync(join(templates, 'after-install.tpl'), 'utf8')).toMatch(/apparmor_parser --replace[\s\S]*chmod 4755|chmod 4755[\s\S]*apparmor_parser --replace/);
    expect(readFileSync(join(templates, 'apparmor-profile.tpl'), 'utf8')).toMatch(/^\s*userns,$/m);
  });

  it('never turns the sandbox off, and switches off what would let the binary run other code', () => {
    expect(JSON.stringify(config)).not.toMatch(/no-sandbox/);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false, resetAdHocDarwinSignature: true,
    });
  });

  it('makes every platform\'s icon from one square picture of at least 512 pixels', () => {
    const png = readFileSync(join(ROOT, config.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });
});
