import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';
import type { MachineTime } from '../../core/engine/saved';

/** Linux names each boot; elsewhere the engine compares boot times instead. */
function readBootId(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}
// A boot's name doesn't change while Limber runs: read once, when first needed.
let bootId: string | null | undefined;

/** The machine's clocks, which run across restarts of Limber: hrtime from boot (not counting sleep), uptime with it. */
export const readMachineTime = (): MachineTime => ({
  monoMs: Number(process.hrtime.bigint() / 1_000_000n),
  uptimeMs: uptime() * 1000,
  bootId: bootId === undefined ? (bootId = readBootId()) : bootId,
});
