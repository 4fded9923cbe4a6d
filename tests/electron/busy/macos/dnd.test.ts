// macOS's Focus file, as Sonoma writes it, read from a real folder.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOCUS_FILE, focusOn, macosDndSignal } from '../../../../electron/busy/macos/dnd';

const assertions = (records: unknown[]) => JSON.stringify({
  data: [{ storeAssertionRecords: records, storeInvalidationRecords: [] }], header: { timestamp: 786_000_000 },
});
const manualFocus = {
  assertionDetails: { assertionDetailsModeIdentifier: 'com.apple.donotdisturb.mode.default', assertionDetailsReason: 'user-action' },
  assertionSource: { assertionClientIdentifier: 'com.apple.controlcenter.dnd' }, assertionStartDateTimestamp: 786_000_100,
};

function home(text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'limber-home-'));
  if (text !== undefined) {
    mkdirSync(dirname(join(dir, FOCUS_FILE)), { recursive: true });
    writeFileSync(join(dir, FOCUS_FILE), text);
  }
  return dir;
}

describe('Do Not Disturb on macOS, from the Focus file', () => {
  it('is on while a Focus is held, off when none is', () => {
    expect(focusOn(assertions([manualFocus]))).toBe(true);
    expect(focusOn(assertions([]))).toBe(false);
    expect(focusOn(JSON.stringify({ data: [{}] }))).toBe(false);
  });

  it('names a file it can no longer read', () => {
    expect(() => focusOn('{"data":')).toThrow('not JSON Limber can read');
    expect(() => focusOn('{"records":[]}')).toThrow('has no data Limber knows');
    expect(() => focusOn('{"data":[{"storeAssertionRecords":{}}]}')).toThrow('in a way Limber does not know');
  });

  it('reads the file in the user\'s home, and says why when it is missing or locked away', async () => {
    expect(await macosDndSignal(home(assertions([manualFocus]))).read()).toBe(true);
    expect(await macosDndSignal(home()).status()).toEqual({ readable: false, why: expect.stringContaining('no Focus file where Limber looks') as string });
    const locked = home(assertions([]));
    chmodSync(dirname(join(locked, FOCUS_FILE)), 0);
    const status = await macosDndSignal(locked).status();
    chmodSync(dirname(join(locked, FOCUS_FILE)), 0o755);
    // Root reads through any mode: the lock can only be checked for other users.
    if (process.getuid?.() !== 0) expect(status).toEqual({ readable: false, why: expect.stringContaining('Full Disk Access') as string });
    else expect(status).toEqual({ readable: true, via: expect.stringContaining('turned on by hand') as string });
  });
});
