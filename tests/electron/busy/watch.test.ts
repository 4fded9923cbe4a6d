import { describe, expect, it } from 'vitest';
import type { BusyReason, SignalReading } from '../../../core/busy';
import type { BusySignal } from '../../../electron/busy/signal';
import { createBusyWatch, type WatchDeps } from '../../../electron/busy/watch';

const ALL_ON = { call: true, fullscreen: true, dnd: true, media: true };
const failing = (reason: BusyReason, message: string): BusySignal => ({
  name: reason, read: () => Promise.reject(new Error(message)), status: () => Promise.resolve({ readable: false, why: message }), close: () => undefined,
});
const watch = (deps: Partial<WatchDeps>) => {
  const warnings: string[] = [];
  const log = { info: () => undefined, warn: (m: string) => { warnings.push(m); }, error: () => undefined };
  return { warnings, busy: createBusyWatch({ platform: 'linux', env: {}, ownPids: () => [], ownExe: '/opt/limber/limber', home: '/home/ada', log, ...deps }) };
};
const read = (busy: ReturnType<typeof watch>['busy'], enabled = ALL_ON) =>
  new Promise<BusyReason | null>((resolve) => { busy.read(enabled, (reading: SignalReading) => { resolve(reading.busy); }); });

describe('the busy watch', () => {
  it('answers "not busy" when a signal fails, and logs each failure once', async () => {
    const { busy, warnings } = watch({ signals: [failing('dnd', 'dunst did not answer')] });
    expect(await read(busy)).toBeNull();
    expect(await read(busy)).toBeNull();
    expect(warnings).toEqual(['Signal not read: dnd: dunst did not answer']);
  });

  it('says on a platform it has no signals for that none can be read, without reading anything', async () => {
    const { busy } = watch({ platform: 'freebsd' });
    const why = 'Limber cannot read this on freebsd yet.';
    expect(await busy.statuses()).toEqual({ call: { readable: false, why }, fullscreen: { readable: false, why }, dnd: { readable: false, why }, media: { readable: false, why } });
    expect(await read(busy)).toBeNull();
  });

  it('reads only the signals switched on', async () => {
    let asked = 0;
    const call: BusySignal = { name: 'call', read: () => { asked++; return Promise.resolve(true); }, status: () => Promise.resolve({ readable: true, via: 'a test' }), close: () => undefined };
    const { busy } = watch({ signals: [call] });
    expect(await read(busy, { ...ALL_ON, call: false })).toBeNull();
    expect(asked).toBe(0);
    expect(await read(busy)).toBe('call');
  });
});
