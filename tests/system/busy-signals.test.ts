// readBusy over signals that answer, fail or hang, and linuxSignals on a machine where nothing can be read.
import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../electron/core/busy';
import { linuxSignals } from '../../electron/busy/linux';
import { readBusy, type BusySignal } from '../../electron/busy/signal';

const ALL = { call: true, fullscreen: true, dnd: true };

function signal(reason: BusyReason, read: () => Promise<boolean>): BusySignal & { reads: number } {
  const counted = {
    reason, reads: 0,
    read: () => { counted.reads += 1; return read(); },
    status: () => Promise.resolve({ readable: true as const, via: 'a test' }),
    close: () => undefined,
  };
  return counted;
}
const on = (reason: BusyReason) => signal(reason, () => Promise.resolve(true));
const off = (reason: BusyReason) => signal(reason, () => Promise.resolve(false));

describe('readBusy', () => {
  it('answers the first reason that is on, in the order call, fullscreen, Do Not Disturb', async () => {
    expect(await readBusy([on('dnd'), on('fullscreen'), off('call')], ALL, 1000)).toEqual({ reason: 'fullscreen', errors: [] });
    expect(await readBusy([on('dnd'), on('call'), on('fullscreen')], ALL, 1000)).toEqual({ reason: 'call', errors: [] });
    expect(await readBusy([off('dnd'), off('call'), off('fullscreen')], ALL, 1000)).toEqual({ reason: null, errors: [] });
  });

  it('reads only the enabled signals', async () => {
    const call = on('call');
    expect(await readBusy([call, on('dnd')], { ...ALL, call: false }, 1000)).toEqual({ reason: 'dnd', errors: [] });
    expect(call.reads).toBe(0);
  });

  it('counts a signal that fails or does not answer in time as not busy, and lists it', async () => {
    const started = performance.now();
    const reading = await readBusy([
      signal('call', () => Promise.reject(new Error('no sound server answered on the pulse socket'))),
      signal('fullscreen', () => new Promise(() => undefined)),
      on('dnd'),
    ], ALL, 100);
    expect(reading).toEqual({
      reason: 'dnd',
      errors: ['call: no sound server answered on the pulse socket', 'fullscreen: no answer in 100 ms'],
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('linuxSignals', () => {
  it('reads each reason once, and on a machine with nothing to ask, says why for each and is not busy', async () => {
    const bare = { PATH: process.env.PATH, PULSE_SERVER: 'unix:/nonexistent/limber-test-pulse' };
    const signals = linuxSignals(bare, () => []);
    expect(signals.map((each) => each.reason)).toEqual(['call', 'fullscreen', 'dnd']);
    const reading = await readBusy(signals, ALL, 5000);
    expect(reading.reason).toBeNull();
    expect(reading.errors).toHaveLength(3);
    expect(reading.errors[1]).toMatch(/^fullscreen: fullscreen windows can't be seen on this Wayland session/);
  });
});
