// Talks to a private D-Bus session bus, with stand-ins for GNOME's idle monitor and KDE's screensaver exported on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interface as dbusInterface, sessionBus } from '@particle/dbus-next';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { chooseIdleSource, noIdleNotice } from '../../electron/system/idle';
import type { IdleSource } from '../../electron/system/idle-source';
import { connectAnySessionIdle, connectSessionIdle, MUTTER_IDLE, SCREENSAVER_IDLE, type SessionIdleClock } from '../../electron/system/session-idle';
import { powerMonitor } from '../../harness/fake-electron';
import { missingPrograms, skippedFor } from '../../harness/programs';
import { Services } from '../../harness/services';
import { startSessionBus } from '../../harness/session-bus';

const noDbus = skippedFor('D-Bus tests', missingPrograms(['dbus-daemon']), 'apt-get install dbus');

class StandInIdleMonitor extends dbusInterface.Interface {
  idleMs = 0n;
  GetIdletime() { return this.idleMs; }
}
StandInIdleMonitor.configureMembers({ methods: { GetIdletime: { outSignature: 't' } } });

/** KDE's screen locker answers GetSessionIdleTime in milliseconds, as a uint32. */
class StandInScreenSaver extends dbusInterface.Interface {
  idleMs = 0;
  GetSessionIdleTime() { return this.idleMs; }
}
StandInScreenSaver.configureMembers({ methods: { GetSessionIdleTime: { outSignature: 'u' } } });

const services = new Services();
let address = '';

beforeAll(async () => {
  if (!noDbus) address = await startSessionBus(services);
});

afterAll(() => services.stop());

/** Puts a stand-in on the bus under the clock's name until `remove` or the end of the test. */
async function exportOn<T extends dbusInterface.Interface>(clock: SessionIdleClock, monitor: T) {
  const bus = sessionBus({ busAddress: address });
  await bus.requestName(clock.service, 0);
  bus.export(clock.path, monitor);
  let removed: Promise<void> | undefined;
  const remove = () => removed ??= bus.releaseName(clock.service).then(() => { bus.disconnect(); });
  onTestFinished(remove);
  return { monitor, remove };
}
const exportStandIn = () => exportOn(MUTTER_IDLE, new StandInIdleMonitor(MUTTER_IDLE.iface));
const exportScreenSaver = () => exportOn(SCREENSAVER_IDLE, new StandInScreenSaver(SCREENSAVER_IDLE.iface));
const connectMutterIdle = (busAddress: string) => connectSessionIdle(busAddress, MUTTER_IDLE);

const wayland = () => ({
  platform: 'linux' as const,
  session: { wayland: true, nativeWayland: false },
  env: { DBUS_SESSION_BUS_ADDRESS: address },
  powerMonitor,
  connectSessionIdle: (busAddress: string) => connectAnySessionIdle(busAddress),
  log: vi.fn((_message: string) => undefined),
});

/** Closes the source's bus connection at the end of the test. */
function closing(source: IdleSource): IdleSource {
  onTestFinished(() => { source.close?.(); });
  return source;
}

describe.skipIf(noDbus)('GNOME\'s idle monitor over a real session bus', () => {
  it('reads the idle time in whole seconds, as fresh as the last refresh', async () => {
    const standIn = await exportStandIn();
    standIn.monitor.idleMs = 42_000n;
    const source = closing(await connectMutterIdle(address));
    expect([source.name, source.read()]).toEqual(['mutter', 42]);
    standIn.monitor.idleMs = 90_999n;
    expect(source.read()).toBe(42);
    await source.refresh();
    expect(source.read()).toBe(90);
  });

  it('is chosen on Wayland when the monitor answers', async () => {
    (await exportStandIn()).monitor.idleMs = 1_500n;
    const { source, notice } = await chooseIdleSource(wayland());
    expect([closing(source).name, notice]).toEqual(['mutter', undefined]);
  });

  it('fails to refresh, saying why, once the monitor has left the bus', async () => {
    const standIn = await exportStandIn();
    standIn.monitor.idleMs = 600_000n;
    const source = closing(await connectMutterIdle(address));
    expect(source.read()).toBe(600);
    await standIn.remove();
    await expect(source.refresh()).rejects.toMatchObject({ type: 'org.freedesktop.DBus.Error.ServiceUnknown' });
  });

  it('falls back to clock-only reminders, with the notice, when no monitor is on the bus', async () => {
    const choice = wayland();
    const { source, notice } = await chooseIdleSource(choice);
    expect([source.name, source.read(), notice]).toEqual(['none', 0, noIdleNotice()]);
    expect(choice.log).toHaveBeenCalledTimes(1);
  });
});

describe.skipIf(noDbus)('KDE\'s screensaver idle time, and telling a real clock from one stuck at 0', () => {
  it('reads KDE\'s uint32 milliseconds when GNOME\'s monitor is not there', async () => {
    const kde = await exportScreenSaver();
    kde.monitor.idleMs = 75_500;
    const { source, notice } = await chooseIdleSource(wayland());
    expect([closing(source).name, source.read(), notice]).toEqual(['screensaver', 75, undefined]);
    kde.monitor.idleMs = 3_000;
    await source.refresh();
    expect(source.read()).toBe(3);
  });

  it('prefers GNOME\'s monitor when both answer', async () => {
    const gnome = await exportStandIn();
    gnome.monitor.idleMs = 5_000n;
    (await exportScreenSaver()).monitor.idleMs = 9_000;
    expect(closing(await connectAnySessionIdle(address)).name).toBe('mutter');
  });

  it('takes a first 0 ms as an input that very moment, if the next reading a second later counts on', async () => {
    const kde = await exportScreenSaver();
    // 0 ms for the first question, as in the millisecond of an input; counting on from the next, however late it comes.
    let asked = 0;
    Object.defineProperty(kde.monitor, 'idleMs', { get: () => (asked++ === 0 ? 0 : 1_000) });
    const source = closing(await connectSessionIdle(address, SCREENSAVER_IDLE));
    expect(source.read()).toBe(1);
    expect(asked).toBeGreaterThanOrEqual(2);
  });

  it('refuses a service that answers 0 every time, and falls back to the clock with the notice', async () => {
    await exportScreenSaver();
    const choice = wayland();
    const { source, notice } = await chooseIdleSource(choice);
    expect([source.name, notice]).toEqual(['none', noIdleNotice()]);
    expect(choice.log).toHaveBeenCalledWith(expect.stringMatching(/org\.freedesktop\.ScreenSaver: org\.freedesktop\.ScreenSaver answers 0 ms of idle time every time/));
    expect(choice.log).toHaveBeenCalledWith(expect.stringContaining('org.gnome.Mutter.IdleMonitor: '));
  });
});

describe('connectMutterIdle without a bus', () => {
  // The socket's own error, not the reply's timeout ("did not answer in …"): it never waited for a reply.
  it('fails at once rather than waiting for a reply', async () => {
    await expect(connectMutterIdle('unix:path=/nonexistent/limber-test-bus')).rejects.toThrow(/ENOENT/);
  });
});

describe.skipIf(noDbus)('the idle clock after its connection broke', () => {
  it('reads zero while the monitor is gone, said once, and the monitor again once it is back', async () => {
    const first = await exportStandIn();
    first.monitor.idleMs = 600_000n;
    const choice = wayland();
    const { source } = await chooseIdleSource(choice);
    closing(source);
    await first.remove();
    await source.refresh();
    expect(source.read()).toBe(0);
    (await exportStandIn()).monitor.idleMs = 5_000n;
    await source.refresh();
    expect(source.read()).toBe(5);
    expect(choice.log.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/^Idle clock mutter lost \(DBusError: .*\): idle time from none until it answers again$/),
      expect.stringMatching(/^Idle clock mutter back after \d+ s$/),
    ]);
  });

  it('connects again after the session bus itself went away and came back at the same address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-bus-'));
    onTestFinished(() => { rmSync(dir, { recursive: true, force: true }); });
    const listen = `unix:path=${join(dir, 'bus')}`;
    const monitorOn = async (idleMs: bigint) => {
      const bus = sessionBus({ busAddress: listen });
      bus.on('error', () => undefined); // Its daemon is stopped under it.
      onTestFinished(() => { bus.disconnect(); });
      await bus.requestName(MUTTER_IDLE.service, 0);
      bus.export(MUTTER_IDLE.path, Object.assign(new StandInIdleMonitor(MUTTER_IDLE.iface), { idleMs }));
    };
    /** A daemon of its own at `listen`, stopped at the end of the test if not before. */
    const daemonAt = async () => {
      const daemon = new Services();
      onTestFinished(() => daemon.stop());
      await startSessionBus(daemon, process.env, listen);
      return daemon;
    };

    const before = await daemonAt();
    await monitorOn(90_000n);
    const choice = { ...wayland(), env: { DBUS_SESSION_BUS_ADDRESS: listen } };
    const { source } = await chooseIdleSource(choice);
    closing(source);
    expect(source.read()).toBe(90);

    await before.stop();
    await source.refresh();
    expect(source.read()).toBe(0);
    await daemonAt();
    await monitorOn(30_000n);
    await source.refresh();
    expect(source.read()).toBe(30);
    expect(choice.log).toHaveBeenCalledTimes(2);
  });
});
