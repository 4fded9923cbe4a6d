// `npm start` (scripts/start.ts) asks this before it runs Electron as a user other than root: why Chromium's sandbox
// can't start here, and how to fix it, instead of letting Electron abort with "The SUID sandbox helper binary was
// found, but is not configured correctly". Only root's development run goes without the sandbox (start-plan.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface SandboxFacts {
  platform: NodeJS.Platform;
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns (Ubuntu 23.10 and later), null where absent. */
  appArmorRestricts: string | null;
  /** /proc/sys/kernel/unprivileged_userns_clone (Debian's older kernels), null where absent. */
  usernsClone: string | null;
  /** The AppArmor profiles in /etc/apparmor.d, as text. */
  appArmorProfiles: readonly string[];
  /** Electron's chrome-sandbox: its owner and mode, or null if it isn't there. */
  helper: { path: string; uid: number; mode: number } | null;
  /** The Electron binary that `npm start` runs. */
  electron: string;
}

const SETUID = 0o4000;

/** Why Chromium's sandbox can't start with these facts, and what to do; null when it can. */
export function sandboxProblem(facts: SandboxFacts): string | null {
  if (facts.platform !== 'linux') return null;
  const namespacesBlocked = facts.appArmorRestricts === '1' || facts.usernsClone === '0';
  if (!namespacesBlocked) return null;
  const helper = facts.helper;
  if (helper && helper.uid === 0 && (helper.mode & SETUID) !== 0) return null;
  // A profile that names this Electron and allows user namespaces: fix 1 below, or one the user wrote.
  if (facts.appArmorRestricts === '1' && facts.appArmorProfiles.some((text) => text.includes(`"${facts.electron}"`) && /^\s*userns,/m.test(text))) return null;
  const why = facts.appArmorRestricts === '1'
    ? 'AppArmor keeps unprivileged programs from creating user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1, the default since Ubuntu 23.10)'
    : 'this kernel keeps unprivileged programs from creating user namespaces (kernel.unprivileged_userns_clone = 0)';
  const helperPath = helper?.path ?? join(facts.electron, '..', 'chrome-sandbox');
  return [
    `Chromium's sandbox can't start here: ${why}, and ${helperPath} is not set up as its fallback.`,
    'Limber runs with the sandbox for every user but root. Fix it once, in either of these ways:',
    '',
    '  1. Let this Electron start its sandbox, with an AppArmor profile like the one Limber\'s deb package installs:',
    '',
    `     printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile limber-dev "${facts.electron}" flags=(unconfined) {\\n  userns,\\n}\\n' | sudo tee /etc/apparmor.d/limber-dev`,
    '     sudo apparmor_parser -r /etc/apparmor.d/limber-dev',
    '',
    '  2. Or set up the sandbox helper, as Electron\'s own packages do where namespaces are off:',
    '',
    `     sudo chown root:root ${helperPath} && sudo chmod 4755 ${helperPath}`,
    '',
    'The installed app needs neither: install the .deb (docs/platforms.md, "Ubuntu 23.10 and later: the sandbox").',
  ].join('\n');
}

/** A file's text, or null if it can't be read. */
const readProc = (file: string) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
};

const APPARMOR_DIR = '/etc/apparmor.d';
const profiles = () => {
  try {
    return readdirSync(APPARMOR_DIR, { withFileTypes: true }).filter((entry) => entry.isFile())
      .map((entry) => readProc(join(APPARMOR_DIR, entry.name)) ?? '');
  } catch {
    return [];
  }
};

/** The facts for the Electron binary `electron` that `npm start` is about to run. */
export function sandboxFacts(electron: string): SandboxFacts {
  const helperPath = join(dirname(electron), 'chrome-sandbox');
  const stat = statSync(helperPath, { throwIfNoEntry: false });
  const helper = stat ? { path: helperPath, uid: stat.uid, mode: stat.mode } : null;
  return {
    platform: process.platform,
    appArmorRestricts: readProc('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'),
    usernsClone: readProc('/proc/sys/kernel/unprivileged_userns_clone'),
    appArmorProfiles: profiles(), helper, electron,
  };
}
