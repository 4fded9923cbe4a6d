// The Do Not Disturb signal against real services: dunst on a private X display and D-Bus session bus, GNOME's
// setting through gsettings and dconf, XFCE's through xfconfd, and a stand-in notification server for KDE's Inhibited.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interface as dbusInterface, sessionBus } from '@particle/dbus-next';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { dndSignal } from '../../electron/busy/dnd';
import { startDisplay } from '../../harness/display';
import { startNotificationDaemon } from '../../harness/notification-daemon';
import { missingPrograms, skippedFor } from '../../harness/programs';
import { Services } from '../../harness/services';
import { ownsBusName, startSessionBus } from '../../harness/session-bus';

const GNOME_SCHEMA = 'org.gnome.desktop.notifications';
const missing = missingPrograms(['Xvfb', 'dbus-daemon', 'dbus-send', 'dunst', 'dunstctl', 'gsettings', 'xfconf-query']);
if (!missing.includes('gsettings') && !spawnSync('gsettings', ['list-schemas'], { encoding: 'utf8' }).stdout.split('\n').includes(GNOME_SCHEMA)) {
  missing.push(`the ${GNOME_SCHEMA} schema`);
}
const skip = skippedFor('Do Not Disturb tests', missing, 'apt-get install xvfb dbus dunst libglib2.0-bin dconf-gsettings-backend gsettings-desktop-schemas xfconf');

const NONE_ANSWERED = 'no Do Not Disturb switch answered (Limber knows KDE\'s and other notification servers that report it, dunst, GNOME and XFCE)';

class StandInNotifications extends dbusInterface.Interface {
  Inhibited = false;
}
StandInNotifications.configureMembers({ properties: { Inhibited: { signature: 'b', access: 'read' } } });

describe.skipIf(skip)('the Do Not Disturb signal', () => {
  const services = new Services();
  const home = mkdtempSync(join(tmpdir(), 'limber-dnd-'));
  /** A desktop of its own: settings daemons that the bus starts write here, never to the machine's own settings. */
  let desktop: NodeJS.ProcessEnv = {};
  /** A bus with dunst on it, and an empty one, where dunst (like dconf and xfconfd) can still be started on demand. */
  let withDunst: NodeJS.ProcessEnv = {};
  let empty: NodeJS.ProcessEnv = {};
  const run = (env: NodeJS.ProcessEnv, command: string, ...args: string[]) => {
    const result = spawnSync(command, args, { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };

  beforeAll(async () => {
    desktop = {
      PATH: process.env.PATH, DISPLAY: (await startDisplay(services)).name, HOME: home, XDG_RUNTIME_DIR: home,
      XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_DIRS: process.env.XDG_DATA_DIRS ?? '/usr/local/share:/usr/share',
    };
    withDunst = { ...desktop, DBUS_SESSION_BUS_ADDRESS: await startSessionBus(services, desktop) };
    empty = { ...desktop, DBUS_SESSION_BUS_ADDRESS: await startSessionBus(services, desktop) };
    await startNotificationDaemon(services, withDunst);
  }, 90_000);
  afterAll(async () => {
    await services.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('follows dunst\'s pause', async () => {
    const signal = dndSignal(withDunst);
    expect(await signal.status()).toEqual({ readable: true, via: 'dunst\'s pause' });
    const readings = [];
    for (const paused of ['true', 'false', 'true']) {
      run(withDunst, 'dunstctl', 'set-paused', paused);
      readings.push(await signal.read());
    }
    run(withDunst, 'dunstctl', 'set-paused', 'false');
    expect(readings).toEqual([true, false, true]);
  });

  it('follows a notification server\'s Inhibited property first, as KDE\'s has', async () => {
    const bus = sessionBus({ busAddress: empty.DBUS_SESSION_BUS_ADDRESS ?? '' });
    const server = new StandInNotifications('org.freedesktop.Notifications');
    bus.export('/org/freedesktop/Notifications', server);
    await bus.requestName('org.freedesktop.Notifications', 0);
    onTestFinished(async () => {
      await bus.releaseName('org.freedesktop.Notifications');
      bus.disconnect();
    });
    const signal = dndSignal({ ...empty, XDG_CURRENT_DESKTOP: 'GNOME' });
    expect(await signal.status()).toEqual({ readable: true, via: 'the notification server\'s Do Not Disturb' });
    const readings = [];
    for (const inhibited of [true, false]) {
      server.Inhibited = inhibited;
      readings.push(await signal.read());
    }
    expect(readings).toEqual([true, false]);
  });

  it('follows GNOME\'s notification banners on GNOME only', async () => {
    const gnome = { ...empty, XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' };
    const signal = dndSignal(gnome);
    expect(await signal.status()).toEqual({ readable: true, via: 'GNOME\'s Do Not Disturb' });
    run(gnome, 'gsettings', 'set', GNOME_SCHEMA, 'show-banners', 'false');
    onTestFinished(() => { run(gnome, 'gsettings', 'reset', GNOME_SCHEMA, 'show-banners'); });
    await expect.poll(() => signal.read(), { timeout: 30_000 }).toBe(true);
    expect(await dndSignal({ ...empty, XDG_CURRENT_DESKTOP: 'KDE' }).status()).toEqual({ readable: false, why: NONE_ANSWERED });
    run(gnome, 'gsettings', 'set', GNOME_SCHEMA, 'show-banners', 'true');
    await expect.poll(() => signal.read(), { timeout: 30_000 }).toBe(false);
  });

  it('follows XFCE\'s Do Not Disturb, off until it is first switched on', async () => {
    const xfce = { ...empty, XDG_CURRENT_DESKTOP: 'XFCE' };
    const signal = dndSignal(xfce);
    expect(await signal.status()).toEqual({ readable: true, via: 'XFCE\'s Do Not Disturb' });
    expect(await signal.read()).toBe(false);
    run(xfce, 'xfconf-query', '-c', 'xfce4-notifyd', '-p', '/do-not-disturb', '-n', '-t', 'bool', '-s', 'true');
    expect(await signal.read()).toBe(true);
    run(xfce, 'xfconf-query', '-c', 'xfce4-notifyd', '-p', '/do-not-disturb', '-s', 'false');
    expect(await signal.read()).toBe(false);
  });

  it('says when no switch answers, and does not start a notification server to ask', async () => {
    const signal = dndSignal(empty);
    expect(await signal.status()).toEqual({ readable: false, why: NONE_ANSWERED });
    await expect(signal.read()).rejects.toThrow(NONE_ANSWERED);
    const activatable = run(empty, 'dbus-send', '--print-reply=literal', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.ListActivatableNames');
    expect([activatable.includes('org.freedesktop.Notifications'), ownsBusName(services, empty, 'org.freedesktop.Notifications')]).toEqual([true, false]);
  });

  it('says so without a session bus', async () => {
    expect(await dndSignal({ PATH: process.env.PATH }).status()).toEqual({ readable: false, why: NONE_ANSWERED });
  });
});
