// readSignals over signals that answer, fail or hang, and linuxSignals on a machine where nothing can be read.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { SignalName } from '../../core/busy';
import { linuxSignals } from '../../electron/busy/linux';
import { readSignals, type BusySignal } from '../../electron/busy/signal';

const ALL = { call: true, fullscreen: true, dnd: true, media: true };
const NOTHING = { busy: null, media: false };

function signal(name: SignalName, read: () => Promise<boolean>): BusySignal & { reads: number } {
  const counted = {
    name, reads: 0,
    read: () => { counted.reads += 1; return read(); },
    status: () => Promise.resolve({ readable: true as const, via: 'a test' }),
    close: () => undefined,
  };
  return counted;
}
const on = (name: SignalName) => signal(name, () => Promise.resolve(true));
const off = (name: SignalName) => signal(name, () => Promise.resolve(false));

describe('readSignals', () => {
  it('says media plays beside any busy reason, and reads it only when asked', async () => {
    const media = on('media');
    expect(await readSignals([on('dnd'), media], ALL, 1000)).toEqual({ reading: { busy: 'dnd', media: true }, errors: [] });
    expect(await readSignals([off('call'), media], { ...ALL, media: false }, 1000)).toEqual({ reading: NOTHING, errors: [] });
    expect(media.reads).toBe(1);
  });

  it('answers the first reason that is on, in the order call, fullscreen, Do Not Disturb', async () => {
    expect(await readSignals([on('dnd'), on('fullscreen'), off('call')], ALL, 1000)).toEqual({ reading: { busy: 'fullscreen', media: false }, errors: [] });
    expect(await readSignals([on('dnd'), on('call'), on('fullscreen')], ALL, 1000)).toEqual({ reading: { busy: 'call', media: false }, errors: [] });
    expect(await readSignals([off('dnd'), off('call'), off('fullscreen')], ALL, 1000)).toEqual({ reading: NOTHING, errors: [] });
  });

  it('reads only the enabled signals', async () => {
    const call = on('call');
    expect(await readSignals([call, on('dnd')], { ...ALL, call: false }, 1000)).toEqual({ reading: { busy: 'dnd', media: false }, errors: [] });
    expect(call.reads).toBe(0);
  });

  it('counts a signal that fails or does not answer in time as not busy, and lists it', async () => {
    // On a clock the test moves: the reading is done once its 100 ms have passed, not a moment later, whatever the load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => { vi.useRealTimers(); });
    let reading: Awaited<ReturnType<typeof readSignals>> | undefined;
    void readSignals([
      signal('call', () => Promise.reject(new Error('no sound server answered on the pulse socket'))),
      signal('fullscreen', () => new Promise(() => undefined)),
      on('dnd'),
    ], ALL, 100).then((done) => { reading = done; });
    await vi.advanceTimersByTimeAsync(99);
    expect(reading).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(reading).toEqual({
      reading: { busy: 'dnd', media: false },
      errors: ['call: no sound server answered on the pulse socket', 'fullscreen: no answer in 100 ms'],
    });
  });
});

describe('linuxSignals', () => {
  it('reads each reason once, and on a machine with nothing to ask, says why for each and is not busy', async () => {
    const bare = { PATH: process.env.PATH, PULSE_SERVER: 'unix:/nonexistent/limber-test-pulse' };
    const signals = linuxSignals(bare, () => []);
    expect(signals.map((each) => each.name)).toEqual(['call', 'fullscreen', 'dnd', 'media']);
    // Each tool fails at once here; the limit is for a loaded machine, and a slower answer would fail the messages below.
    const reading = await readSignals(signals, ALL, 30_000);
    expect(reading.reading).toEqual(NOTHING);
    expect(reading.errors).toHaveLength(4);
    expect(reading.errors[1]).toMatch(/^fullscreen: fullscreen windows can't be seen on this Wayland session/);
    expect(reading.errors[3]).toBe('media: there is no D-Bus session bus to ask (DBUS_SESSION_BUS_ADDRESS is not set)');
  });
});
