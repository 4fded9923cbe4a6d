// `npm run demo [-- --out DIR]`: Limber's first few minutes on a virtual desktop of its own, as numbered screenshots.
// Needs no display, so it works over SSH and in CI; Linux only (Xvfb and friends from Debian).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './package-linux';
import { DESKTOP_PACKAGES, startDesktop, type Desktop } from '../harness/desktop';
import { onPath } from '../harness/programs';
import { closeLimber, launchLimber, type LimberRun } from '../harness/real-electron';
import { chooseLimber } from './demo/limber';
import { walkThrough } from './demo/walkthrough';

export const DEFAULT_OUT = join(ROOT, 'demo-shots');

/** The Debian packages that hold the programs the demo lacks; empty when it has them all. */
export function missingPackages(): string[] {
  return [...new Set(Object.entries(DESKTOP_PACKAGES).filter(([tool]) => !onPath(tool)).map(([, pkg]) => pkg))];
}

export async function demo(out: string, say: (line: string) => void = console.log): Promise<void> {
  if (process.platform !== 'linux') throw new Error(`the demo's virtual desktop is Linux only (this is ${process.platform})`);
  const missing = missingPackages();
  if (missing.length > 0) throw new Error(`it needs programs that are not installed: apt-get install ${missing.join(' ')}`);
  let desktop: Desktop | undefined;
  let run: LimberRun | undefined;
  const home = mkdtempSync(join(tmpdir(), 'limber-demo-'));
  let nudging: NodeJS.Timeout | undefined;
  let down: Promise<void> | undefined;
  // Once, whether Ctrl-C or the end of the walk comes first.
  const tearDown = () => (down ??= (async () => {
    clearInterval(nudging);
    // `limber --quit`, as a user would type it: the running Limber quits and this second start exits.
    const quitting = run;
    if (quitting) await closeLimber(quitting, () => quitting.again('--quit'));
    await desktop?.stop();
    rmSync(home, { recursive: true, force: true });
  })());
  const interrupted = () => { void tearDown().finally(() => process.exit(130)); };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    mkdirSync(out, { recursive: true });
    const command = await chooseLimber(say);
    say(`Running ${command.which}, with a fresh home folder ${home}.`);
    desktop = await startDesktop();
    desktop.run('xsetroot', '-solid', '#44546a');
    say(`Virtual desktop on ${String(desktop.env.DISPLAY)}; screenshots go to ${shown(out)}/`);
    // Chromium refuses to run as root with its sandbox; everyone else keeps it.
    run = await launchLimber(desktop, { command, home, sandbox: process.getuid?.() !== 0, timeoutMs: 120_000 });
    // Real pointer motion now and then, as someone at the desk makes: the idle time stays near zero.
    const active = desktop;
    nudging = setInterval(() => { active.nudgeMouse(); }, 5_000);
    await walkThrough({ app: run.app, desktop, out, trayClass: command.args.length > 0 ? 'Electron' : 'Limber', say });
    say('Done: Limber quits and the virtual desktop goes.');
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    await tearDown();
  }
}

/** A folder as the user would type it: relative to here when it is inside, else absolute. */
const shown = (folder: string) => (folder.startsWith(`${process.cwd()}/`) ? relative(process.cwd(), folder) : folder);

function outFolder(args: readonly string[]): string {
  const at = args.indexOf('--out');
  if (at === -1) return DEFAULT_OUT;
  const folder = args[at + 1];
  if (!folder) throw new Error('--out needs a folder: npm run demo -- --out DIR');
  return resolve(folder);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  Promise.resolve().then(() => demo(outFolder(process.argv.slice(2)))).then(() => { process.exit(0); }, (error: unknown) => {
    console.error(`npm run demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
