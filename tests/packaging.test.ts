// The installers electron-builder makes from electron-builder.yml. Only `dir` builds can be made here (the installers
// download tools, and another platform's Electron is out of reach), so the rest is checked as configuration.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listPackage } from '@electron/asar';
import { Arch, build, LinuxPackager, MacPackager, Platform, WinPackager } from 'electron-builder';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../electron/root/launch';

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

  // electron-builder puts assets/release-notes.md (release-notes.md in the build resources) into each latest-*.yml as
  // releaseNotes, which the update window shows; a release without notes of its own would show the last one's.
  it('carries release notes for the version it builds, as plain text', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const notes = readFileSync(join(ROOT, 'assets', 'release-notes.md'), 'utf8');
    expect(notes.split('\n')[0]).toMatch(new RegExp(`^Limber ${version.replaceAll('.', '\\.')}[,.: ]`));
    expect(notes).not.toMatch(/[#*_`<>[\]]/);
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

/** The OS and architecture a native binary was built for, from its header: ELF, PE or 64-bit Mach-O. */
function builtFor(binary: Buffer): string {
  if (binary.readUInt32BE(0) === 0x7f454c46) return `linux ${{ 0x3e: 'x64', 0xb7: 'arm64' }[binary.readUInt16LE(18)] ?? '?'}`;
  if (binary.toString('latin1', 0, 2) === 'MZ') return `win32 ${{ 0x8664: 'x64', 0xaa64: 'arm64' }[binary.readUInt16LE(binary.readUInt32LE(0x3c) + 4)] ?? '?'}`;
  if (binary.readUInt32LE(0) === 0xfeedfacf) return `darwin ${{ 0x01000007: 'x64', 0x0100000c: 'arm64' }[binary.readUInt32LE(4)] ?? '?'}`;
  return 'unknown';
}

/** Stand-ins for Electron on each platform: the files electron-builder renames and edits, with nothing in them. */
function stubElectron(dir: string): Record<string, string> {
  const file = (path: string, text = '') => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), text); };
  const plist = '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleExecutable</key><string>Electron</string></dict></plist>';
  file('linux/electron');
  file('win32/electron.exe');
  for (const app of ['darwin/Electron.app/Contents', 'darwin/Electron.app/Contents/Frameworks/Electron Helper.app/Contents']) file(`${app}/Info.plist`, plist);
  file('darwin/Electron.app/Contents/MacOS/Electron');
  file('darwin/Electron.app/Contents/Frameworks/Electron Helper.app/Contents/MacOS/Electron Helper');
  return { linux: join(dir, 'linux'), win32: join(dir, 'win32'), darwin: join(dir, 'darwin') };
}

/** macOS's icon is made by a tool electron-builder downloads from GitHub, which this machine can't reach. */
class MacPackagerWithoutIcon extends MacPackager {
  override getIconPath() { return Promise.resolve(null); }
}

describe('koffi in the installers', () => {
  // Every target in electron-builder.yml, by electron-builder's output folder and where it puts the app's resources.
  const TARGETS = [
    { platform: Platform.MAC, arch: Arch.arm64, resources: 'mac-arm64/Limber.app/Contents/Resources' },
    { platform: Platform.MAC, arch: Arch.x64, resources: 'mac/Limber.app/Contents/Resources' },
    { platform: Platform.WINDOWS, arch: Arch.x64, resources: 'win-unpacked/resources' },
    { platform: Platform.WINDOWS, arch: Arch.arm64, resources: 'win-arm64-unpacked/resources' },
    { platform: Platform.LINUX, arch: Arch.x64, resources: 'linux-unpacked/resources' },
    { platform: Platform.LINUX, arch: Arch.arm64, resources: 'linux-arm64-unpacked/resources' },
  ];

  it('packs koffi\'s binary for each target\'s own OS and architecture, and no other', async () => {
    const work = mkdtempSync(join(tmpdir(), 'limber-pack-'));
    try {
      const electron = stubElectron(join(work, 'electron'));
      await build({
        projectDir: ROOT,
        targets: new Map(TARGETS.map(({ platform }) => [platform, new Map(TARGETS.filter((t) => t.platform === platform).map((t) => [t.arch, ['dir']]))])),
        publish: 'never',
        platformPackagerFactory: (info, platform) =>
          (platform === Platform.MAC ? new MacPackagerWithoutIcon(info) : platform === Platform.WINDOWS ? new WinPackager(info) : new LinuxPackager(info)),
        // The release configuration, except for what edits Electron's binaries, which the stand-ins are not.
        config: {
          electronDist: ({ platformName }) => electron[platformName] ?? '', electronVersion: '33.2.1', directories: { output: join(work, 'out') },
          electronFuses: null, disableAsarIntegrity: true, disableSanityCheckAsar: true, win: { signAndEditExecutable: false },
        },
      });
      for (const { platform, arch, resources } of TARGETS) {
        const target = `${platform.nodeName} ${Arch[arch]}`;
        const koffi = join(work, 'out', resources, 'koffi');
        expect(readdirSync(koffi), target).toEqual([`${platform.nodeName}_${Arch[arch]}`]);
        expect(builtFor(readFileSync(join(koffi, `${platform.nodeName}_${Arch[arch]}`, 'koffi.node'))), target).toBe(target);
        expect(listPackage(join(work, 'out', resources, 'app.asar'), { isPack: false }).filter((path) => path.includes('koromix')), target).toEqual([]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 10 * 60_000);
});
