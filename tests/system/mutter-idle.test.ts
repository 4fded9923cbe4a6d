// Talks to a private D-Bus session bus, with a stand-in for GNOME's idle monitor exported on it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { interface as dbusInterface, sessionBus } from '@particle/dbus-next';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { chooseIdleSource, NO_IDLE_NOTICE, type IdleSource } from '../../electron/idle';
import { connectMutterIdle, MUTTER_IDLE } from '../../electron/mutter-idle';
import { powerMonitor } from '../mocks/electron';

const hasDbus = spawnSync('dbus-daemon', ['--version']).status === 0;
if (!hasDbus) console.warn('D-Bus tests SKIPPED: no dbus-daemon on the PATH (apt-get install dbus).');

class StandInIdleMonitor extends dbusInterface.Interface {
  idleMs = 0n;
  GetIdletime() { return this.idleMs; }
}
StandInIdleMonitor.configureMembers({ methods: { GetIdletime: { outSignature: 't' } } });

let daemon: ChildProcess | undefined;
let address = '';

beforeAll(async () => {
  if (!hasDbus) return;
  const started = spawn('dbus-daemon', ['--session', '--nofork', '--print-address'], { stdio: ['ignore', 'pipe', 'pipe'] });
  daemon = started;
  let errors = '';
  started.stderr.on('data', (chunk) => { errors += String(chunk); });
  const exited = new Promise<never>((_resolve, reject) => {
    started.once('exit', (code) => { reject(new Error(`dbus-daemon exited with ${code}: ${errors}`)); });
  });
  const [line] = (await Promise.race([once(createInterface({ input: started.stdout }), 'line'), exited])) as string[];
  address = line ?? '';
});

afterAll(() => { daemon?.kill(); });

/** Puts the stand-in on the bus under GNOME's name until `remove` or the end of the test. */
async function exportStandIn() {
  const bus = sessionBus({ busAddress: address });
  const monitor = new StandInIdleMonitor(MUTTER_IDLE.iface);
  await bus.requestName(MUTTER_IDLE.service, 0);
  bus.export(MUTTER_IDLE.path, monitor);
  let removed: Promise<void> | undefined;
  const remove = () => removed ??= bus.releaseName(MUTTER_IDLE.service).then(() => { bus.disconnect(); });
  onTestFinished(remove);
  return { monitor, remove };
}

const wayland = () => ({
  platform: 'linux' as const,
  env: { XDG_SESSION_TYPE: 'wayland', DBUS_SESSION_BUS_ADDRESS: address },
  powerMonitor,
  connectMutter: connectMutterIdle,
  log: vi.fn((_message: string) => undefined),
});

/** Closes the source's bus connection at the end of the test. */
function closing(source: IdleSource): IdleSource {
  onTestFinished(() => { source.close?.(); });
  return source;
}

describe.skipIf(!hasDbus)('GNOME\'s idle monitor over a real session bus', () => {
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
    await exportStandIn();
    const { source, notice } = await chooseIdleSource(wayland());
    expect([closing(source).name, notice]).toEqual(['mutter', undefined]);
  });

  it('reads zero, and says why, once the monitor has left the bus', async () => {
    const standIn = await exportStandIn();
    standIn.monitor.idleMs = 600_000n;
    const source = closing(await connectMutterIdle(address));
    expect(source.read()).toBe(600);
    await standIn.remove();
    await expect(source.refresh()).rejects.toMatchObject({ type: 'org.freedesktop.DBus.Error.ServiceUnknown' });
    expect(source.read()).toBe(0);
  });

  it('falls back to clock-only reminders, with the notice, when no monitor is on the bus', async () => {
    const choice = wayland();
    const { source, notice } = await chooseIdleSource(choice);
    expect([source.name, source.read(), notice]).toEqual(['none', 0, NO_IDLE_NOTICE]);
    expect(choice.log).toHaveBeenCalledTimes(1);
  });
});

describe('connectMutterIdle without a bus', () => {
  it('fails at once rather than waiting for a reply', async () => {
    const started = performance.now();
    await expect(connectMutterIdle('unix:path=/nonexistent/limber-test-bus')).rejects.toThrow(/ENOENT/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
