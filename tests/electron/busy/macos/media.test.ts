// pmset can't run here: its answer, as macOS prints it, is read from text; a stand-in pmset checks the call.
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayKeptAwake, macosMediaSignal, PMSET } from '../../../../electron/busy/macos/media';

const header = `2026-11-30 10:12:44 +0100
Assertion status system-wide:
   BackgroundTask                 0
   UserIsActive                   1
   PreventUserIdleDisplaySleep    1
   PreventUserIdleSystemSleep     1
Listed by owning process:
`;
const MUSIC = '   pid 188(coreaudiod): [0x00001a2a00018c4a] 00:04:11 PreventUserIdleSystemSleep named: "com.apple.audio.context.preventuseridlesleep"\n\tCreated for PID: 412.\n';
const VIDEO = '   pid 412(Safari): [0x00001a2b00018c4d] 00:04:10 PreventUserIdleDisplaySleep named: "Video Wake Lock"\n';
const TYPING = '   pid 97(WindowServer): [0x00001a3100098c55] 00:00:02 UserIsActive named: "com.apple.iohideventsystem.queue.tickle"\n\tTimeout will fire in 598 secs Action=TimeoutActionRelease\n';
const footer = 'No kernel assertions.\nIdle sleep preventers: IODisplayWrangler\n';

describe('media playing on macOS, from pmset\'s assertions', () => {
  it('is on while another process keeps the display awake, as a browser playing a video does', () => {
    expect(displayKeptAwake(header + MUSIC + VIDEO + TYPING + footer, [7001])).toBe(true);
  });

  it('is off for music (system sleep only), for input, for nothing held, and for Limber\'s own assertion', () => {
    expect(displayKeptAwake(header + MUSIC + TYPING + footer, [])).toBe(false);
    expect(displayKeptAwake(header + footer, [])).toBe(false);
    expect(displayKeptAwake(header + VIDEO + footer, [412])).toBe(false);
  });

  it('names an answer it does not know', () => {
    expect(() => displayKeptAwake('pmset: command not understood', [])).toThrow('pmset answered in a way Limber does not know');
  });

  it('asks pmset for its assertions, and says why when it can\'t', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'limber-pmset-'));
    const pmset = join(bin, 'pmset');
    writeFileSync(pmset, `#!/bin/sh\n[ "$1 $2" = "-g assertions" ] || exit 3\ncat <<'EOF'\n${header}${VIDEO}${footer}EOF\n`);
    chmodSync(pmset, 0o755);
    const signal = macosMediaSignal({ PATH: '/usr/bin:/bin' }, () => [], pmset);
    expect(await signal.read()).toBe(true);
    expect(await signal.status()).toEqual({ readable: true, via: 'the display-sleep assertions that players and browsers hold while a video plays (pmset)' });
    const missing = macosMediaSignal({}, () => [], join(bin, 'none', 'pmset'));
    expect(await missing.status()).toEqual({ readable: false, why: 'pmset is not installed (it comes with macOS)' });
  });

  it('runs macOS\'s own pmset, never one found on PATH', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'limber-pmset-'));
    const ran = join(bin, 'ran');
    writeFileSync(join(bin, 'pmset'), `#!/bin/sh\n: > '${ran}'\n`);
    chmodSync(join(bin, 'pmset'), 0o755);
    expect(PMSET).toBe('/usr/bin/pmset');
    await macosMediaSignal({ PATH: bin }, () => []).read().catch(() => undefined);
    expect(existsSync(ran)).toBe(false);
  });
});
