import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMachineTime } from '../../../electron/system/machine-time';

describe('readMachineTime', () => {
  it('reads clocks that run from boot, and on Linux the name of this boot', () => {
    const first = readMachineTime();
    const second = readMachineTime();
    expect(second.monoMs).toBeGreaterThanOrEqual(first.monoMs);
    // Uptime counts sleep too, so it is never behind the clock that doesn't.
    expect(first.uptimeMs + 1000).toBeGreaterThanOrEqual(first.monoMs);
    expect(first.bootId).toBe(process.platform === 'linux' ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() : null);
  });
});
