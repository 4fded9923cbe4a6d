// koffi's native binary for each installer's OS and architecture. koffi ships its binaries in optional packages, one
// per platform (@koromix/koffi-darwin-x64, ...), and npm installs only the build machine's: an installer for another
// OS or architecture would go without. Before electron-builder packs a target, this installs koffi as npm would on
// that target (--os, --cpu) into a folder of its own, which electron-builder.yml copies to resources/koffi, where koffi
// looks for its binary in a packaged Electron app.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Arch } from 'electron-builder';

const ROOT = join(import.meta.dirname, '..');

/** The folder electron-builder.yml's extraResources copies for a target, by its ${os} (mac, win, linux) and ${arch}. */
export const stagedKoffi = (os: string, arch: string) => join(ROOT, 'node_modules', '.cache', 'limber-koffi', `${os}-${arch}`);

type Locked = Record<string, { version?: string; integrity?: string } | undefined>;
const lockedIn = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { packages: Locked }).packages;

/** npm itself: the one running this build if any (on Windows, `npm` is a .cmd that execFile can't start). */
function npm(args: string[], cwd: string): void {
  const cli = process.env.npm_execpath;
  if (cli) execFileSync(process.execPath, [cli, ...args], { cwd, stdio: 'ignore' });
  else execFileSync('npm', args, { cwd, stdio: 'ignore' });
}

/**
 * Puts koffi's binary for `platform` and `arch` (Node's names) into `into` as darwin_x64/koffi.node (say), from the
 * package package-lock.json pins. The musl build is left out: Electron never runs on musl.
 */
export function stageKoffi(platform: string, arch: string, into: string): void {
  const locked = lockedIn(join(ROOT, 'package-lock.json'));
  const name = `node_modules/@koromix/koffi-${platform}-${arch}`;
  const prefix = mkdtempSync(join(tmpdir(), 'limber-koffi-'));
  try {
    npm(['install', `koffi@${locked['node_modules/koffi']?.version ?? ''}`, `--os=${platform}`, `--cpu=${arch}`, '--prefix', prefix,
      '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund'], prefix);
    const installed = lockedIn(join(prefix, 'node_modules', '.package-lock.json'))[name];
    if (!installed) throw new Error(`koffi has no binary for ${platform} ${arch}`);
    if (installed.integrity !== locked[name]?.integrity) throw new Error(`${name} from the registry is not the one package-lock.json pins`);
    const binaries = readdirSync(join(prefix, name)).filter((folder) => !folder.startsWith('musl_'))
      .map((folder) => join(folder, 'koffi.node')).filter((binary) => existsSync(join(prefix, name, binary)));
    rmSync(into, { recursive: true, force: true });
    for (const binary of binaries) cpSync(join(prefix, name, binary), join(into, binary));
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

/** What the hook reads of electron-builder's context: the target about to be packed. */
export interface PackTarget { electronPlatformName: string; arch: Arch; packager: { platform: { buildConfigurationKey: string } } }

/** electron-builder's beforePack hook, through scripts/before-pack.mjs: stages the binary for the target about to be packed. */
export function beforePack({ electronPlatformName, arch, packager }: PackTarget): void {
  const archName = Arch[arch];
  stageKoffi(electronPlatformName, archName === 'armv7l' ? 'arm' : archName, stagedKoffi(packager.platform.buildConfigurationKey, archName));
}
