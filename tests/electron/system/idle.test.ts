import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseIdleSource, electronIdle, freshIdle, noIdleNotice, type IdleChoiceDeps } from '../../../electron/system/idle';
import type { IdleSource } from '../../../electron/system/idle-source';
import { fake, powerMonitor } from '../../../harness/fake-electron';

const BUS = 'unix:path=/run/user/1000/bus';
const mutter: IdleSource = { name: 'mutter', read: () => 7, refresh: () => Promise.resolve() };

function deps(overrides: Partial<IdleChoiceDeps> = {}) {
  return {
    platform: 'linux' as NodeJS.Platform,
    session: { wayland: true, nativeWayland: false },
    env: { DBUS_SESSION_BUS_ADDRESS: BUS },
    powerMonitor,
    connectSessionIdle: vi.fn((_address: string) => Promise.resolve(mutter)),
    log: vi.fn((_message: string) => undefined),
    ...overrides,
  };
}

beforeEach(() => { fake.reset(); });

describe('electronIdle', () => {
  it('asks Electron for idle time on each read and at no other time', async () => {
    const spy = vi.spyOn(powerMonitor, 'getSystemIdleTime');
    const source = electronIdle(powerMonitor);
    await source.refresh();
    expect(spy).not.toHaveBeenCalled();
    fake.idleSeconds = 95;
    expect(source.read()).toBe(95);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('chooseIdleSource', () => {
  it('uses Electron on an X11 session without touching D-Bus', async () => {
    const d = deps({ session: { wayland: false, nativeWayland: false } });
    const { source, notice } = await chooseIdleSource(d);
    fake.idleSeconds = 12;
    expect([source.name, source.read(), notice]).toEqual(['electron', 12, undefined]);
    expect(d.connectSessionIdle).not.toHaveBeenCalled();
  });

  it('uses Electron on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const d = deps({ platform });
      expect((await chooseIdleSource(d)).source.name).toBe('electron');
      expect(d.connectSessionIdle).not.toHaveBeenCalled();
    }
  });

  it('asks GNOME\'s idle monitor on the session bus on Wayland', async () => {
    const d = deps();
    const { source, notice } = await chooseIdleSource(d);
    expect([source.name, source.read(), notice]).toEqual(['mutter', 7, undefined]);
    expect(d.connectSessionIdle).toHaveBeenCalledWith(BUS);
  });

  it('reads the compositor through Chromium while the monitor is out of reach, when it draws natively on Wayland', async () => {
    const lost: IdleSource = { ...mutter, refresh: () => Promise.reject(new Error('ServiceUnknown')) };
    const d = deps({ session: { wayland: true, nativeWayland: true }, connectSessionIdle: vi.fn(() => Promise.resolve(lost)) });
    const { source } = await chooseIdleSource(d);
    fake.idleSeconds = 40;
    await source.refresh();
    expect(source.read()).toBe(40);
    expect(d.log).toHaveBeenCalledWith(expect.stringMatching(/^Idle clock mutter lost \(Error: ServiceUnknown\): idle time from compositor/));
  });

  it('falls back to clock-only reminders, with one notice, when no idle source answers', async () => {
    const d = deps({ connectSessionIdle: vi.fn(() => Promise.reject(new Error('org.freedesktop.DBus.Error.ServiceUnknown'))) });
    fake.idleSeconds = 600;
    const { source, notice } = await chooseIdleSource(d);
    expect([source.name, source.read()]).toEqual(['none', 0]);
    expect(notice).toBe(noIdleNotice());
    expect(d.log).toHaveBeenCalledTimes(1);
    expect(d.log).toHaveBeenCalledWith(expect.stringContaining('ServiceUnknown'));
  });

  it('reads the compositor through Chromium when it draws natively on Wayland and no idle clock is on the bus', async () => {
    const d = deps({ session: { wayland: true, nativeWayland: true }, connectSessionIdle: vi.fn(() => Promise.reject(new Error('ServiceUnknown'))) });
    const { source, notice } = await chooseIdleSource(d);
    fake.idleSeconds = 40;
    expect([source.name, source.read(), notice]).toEqual(['compositor', 40, undefined]);
  });

  it('does not try D-Bus without a session bus address', async () => {
    const d = deps({ env: {} });
    const { source, notice } = await chooseIdleSource(d);
    expect([source.name, notice]).toEqual(['none', noIdleNotice()]);
    expect(d.connectSessionIdle).not.toHaveBeenCalled();
  });
});

/** An idle source whose refreshes finish only when the test says so. */
function slowSource() {
  const pending: (() => void)[] = [];
  let seconds = 0;
  const source: IdleSource = {
    name: 'slow',
    read: () => seconds,
    refresh: () => new Promise<void>((resolve) => { pending.push(() => { seconds += 60; resolve(); }); }),
  };
  const finish = async () => {
    for (const done of pending.splice(0)) done();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { source, finish };
}

describe('freshIdle', () => {
  it('passes a call on once the source has a new reading, in the order the calls came', async () => {
    const { source, finish } = slowSource();
    const seen: string[] = [];
    const system = freshIdle(source, () => undefined).calls((event: string) => { seen.push(`${event}@${source.read()}`); });
    system('lock');
    system('unlock');
    await Promise.resolve();
    expect(seen).toEqual([]);
    await finish();
    expect(seen).toEqual(['lock@120', 'unlock@120']);
  });

  it('fires a timer after a new reading, and not at all when cancelled while the reading is on its way', async () => {
    const { source, finish } = slowSource();
    const timers: (() => void)[] = [];
    const setTimer = freshIdle(source, () => undefined).timer((_at, fire) => { timers.push(fire); return () => undefined; });
    const fired: number[] = [];
    setTimer(1000, () => { fired.push(source.read()); });
    const cancel = setTimer(2000, () => { fired.push(-1); });
    for (const fire of timers) fire();
    cancel();
    await finish();
    expect(fired).toEqual([120]);
  });

  it('logs a failed refresh and passes the call on all the same', async () => {
    const log = vi.fn((_message: string) => undefined);
    const broken: IdleSource = { name: 'broken', read: () => 0, refresh: () => Promise.reject(new Error('bus gone')) };
    const seen: number[] = [];
    freshIdle(broken, log).calls(() => { seen.push(broken.read()); })();
    await vi.waitFor(() => { expect(seen).toEqual([0]); }, { timeout: 30_000 });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('bus gone'));
  });
});
