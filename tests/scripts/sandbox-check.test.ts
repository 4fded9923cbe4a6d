import { describe, expect, it } from 'vitest';
import { sandboxProblem, type SandboxFacts } from '../../scripts/sandbox-check';

const ELECTRON = '/home/ada/limber/node_modules/electron/dist/electron';
const HELPER = '/home/ada/limber/node_modules/electron/dist/chrome-sandbox';
// Ubuntu 24.04 after `npm install`: namespaces restricted, the helper owned by the user without its setuid bit.
const UBUNTU: SandboxFacts = {
  platform: 'linux', appArmorRestricts: '1', usernsClone: null, appArmorProfiles: [],
  helper: { path: HELPER, uid: 1000, mode: 0o100755 }, electron: ELECTRON,
};

describe('sandboxProblem', () => {
  it('lets Electron start where user namespaces are allowed, or the helper is set up', () => {
    expect(sandboxProblem({ ...UBUNTU, appArmorRestricts: '0' })).toBeNull();
    expect(sandboxProblem({ ...UBUNTU, appArmorRestricts: null })).toBeNull();
    expect(sandboxProblem({ ...UBUNTU, helper: { path: HELPER, uid: 0, mode: 0o104755 } })).toBeNull();
    expect(sandboxProblem({ ...UBUNTU, platform: 'darwin' })).toBeNull();
  });

  it('lets Electron start once the profile it suggested is installed, and only for that Electron', () => {
    const problem = sandboxProblem(UBUNTU) ?? '';
    const command = /printf '(.*)' \| sudo tee/.exec(problem)?.[1] ?? '';
    const profile = command.replaceAll('\\n', '\n');
    expect(profile).toContain('userns,');
    expect(sandboxProblem({ ...UBUNTU, appArmorProfiles: ['# another app', profile] })).toBeNull();
    expect(sandboxProblem({ ...UBUNTU, appArmorProfiles: [profile.replace(ELECTRON, '/opt/Other/other')] })).not.toBeNull();
  });

  it('names AppArmor\'s restriction on Ubuntu and gives both fixes, for this Electron and this helper', () => {
    const problem = sandboxProblem(UBUNTU) ?? '';
    expect(problem).toContain('kernel.apparmor_restrict_unprivileged_userns = 1');
    expect(problem).toContain(`profile limber-dev "${ELECTRON}" flags=(unconfined)`);
    expect(problem).toContain('userns,');
    expect(problem).toContain(`sudo chown root:root ${HELPER} && sudo chmod 4755 ${HELPER}`);
    expect(problem).not.toContain('--no-sandbox');
  });

  it('names Debian\'s switch where that is what blocks namespaces, and a helper owned by root without setuid', () => {
    const problem = sandboxProblem({ ...UBUNTU, appArmorRestricts: null, usernsClone: '0', helper: { path: HELPER, uid: 0, mode: 0o100755 } });
    expect(problem).toContain('kernel.unprivileged_userns_clone = 0');
  });
});
