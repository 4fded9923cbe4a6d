// The media signal on a private session bus: a real player (mpv with its MPRIS plugin) played and paused, and a
// stand-in for KDE's session, whose org.freedesktop.ScreenSaver keeps the inhibitors a browser takes while a video
// plays and shows them through its power management policy agent, as Plasma does; GNOME's flag through a stand-in
// session manager.
import { Message, MessageType, sessionBus, type MessageBus } from '@particle/dbus-next';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { mediaSignal } from '../../electron/busy/media';
import { missingPlayer, startPlayer } from '../helpers/player';
import { standInGnomeSession } from '../../harness/gnome-session';
import { missingPrograms, skippedFor } from '../../harness/programs';
import { Services } from '../../harness/services';
import { startSessionBus } from '../../harness/session-bus';

const skip = skippedFor('Media signal tests', [...missingPrograms(['dbus-daemon']), ...missingPlayer()], 'apt-get install dbus mpv mpv-mpris');

const MPRIS_VIA = 'media players on the session bus (MPRIS)';

/** What KDE keeps: screen saver inhibitors, each with the connection that took it, released when it goes. */
function standInKdeSession(bus: MessageBus) {
  const inhibitors = new Map<number, string>();
  let cookie = 0;
  const changed = () => {
    try {
      bus.send(Message.newSignal('/org/kde/Solid/PowerManagement/PolicyAgent', 'org.kde.Solid.PowerManagement.PolicyAgent', 'InhibitionsChanged', 'a(ss)as', [[], []]));
    } catch {
      // Closed already: the other connections' names go as the test ends.
    }
  };
  bus.addMethodHandler((message: Message) => {
    const reply = (signature = '', body: unknown[] = []) => { bus.send(Message.newMethodReturn(message, signature, body)); return true; };
    if (message.interface === 'org.freedesktop.ScreenSaver' && message.member === 'Inhibit') {
      inhibitors.set(++cookie, message.sender);
      changed();
      return reply('u', [cookie]);
    }
    if (message.interface === 'org.freedesktop.ScreenSaver' && message.member === 'UnInhibit') {
      inhibitors.delete(Number(message.body[0]));
      changed();
      return reply();
    }
    if (message.interface === 'org.kde.Solid.PowerManagement.PolicyAgent' && message.member === 'HasInhibition') {
      // Screen saver inhibitors hold policy 4 (changing screen settings).
      return reply('b', [(Number(message.body[0]) & 4) !== 0 && inhibitors.size > 0]);
    }
    return false;
  });
  bus.on('message', (message: Message) => {
    if (message.type !== MessageType.SIGNAL || message.member !== 'NameOwnerChanged' || message.body[2] !== '') return;
    for (const [key, owner] of inhibitors) if (owner === message.body[0]) inhibitors.delete(key);
    changed();
  });
  return bus.call(new Message({
    destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'AddMatch',
    signature: 's', body: ['type=\'signal\',member=\'NameOwnerChanged\''],
  }));
}

const inhibit = (bus: MessageBus) => bus.call(new Message({
  destination: 'org.freedesktop.ScreenSaver', path: '/org/freedesktop/ScreenSaver', interface: 'org.freedesktop.ScreenSaver',
  member: 'Inhibit', signature: 'ss', body: ['Chromium', 'Playing video'],
}));

describe.skipIf(skip)('the media signal', () => {
  const services = new Services();
  let address = '';
  let env: NodeJS.ProcessEnv = {};
  const connect = () => {
    const bus = sessionBus({ busAddress: address });
    onTestFinished(() => { bus.disconnect(); });
    return bus;
  };
  beforeAll(async () => {
    address = await startSessionBus(services);
    env = { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: address };
  });
  afterAll(() => services.stop());

  describe('with a real player', () => {
    let player: ReturnType<typeof startPlayer>;
    const signal = () => mediaSignal(env, () => [process.pid]);
    beforeAll(async () => {
      player = startPlayer(services, address);
      await vi.waitFor(async () => { expect(await signal().read()).toBe(true); }, { timeout: 30_000, interval: 200 });
    });
    let quit = false;
    afterEach(() => (quit ? undefined : player.setPaused(false)));

    it('is on while it plays and off while it is paused, and says how it reads', async () => {
      expect(await signal().status()).toEqual({ readable: true, via: MPRIS_VIA });
      await player.setPaused(true);
      await vi.waitFor(async () => { expect(await signal().read()).toBe(false); }, { timeout: 30_000, interval: 100 });
      await player.setPaused(false);
      await vi.waitFor(async () => { expect(await signal().read()).toBe(true); }, { timeout: 30_000, interval: 100 });
    });

    it('never counts Limber\'s own players', async () => {
      expect(await mediaSignal(env, () => [process.pid]).read()).toBe(true);
      expect(await mediaSignal(env, () => [process.pid, player.pid]).read()).toBe(false);
    });

    it('watches the player and says when it stops, within a moment, on its PropertiesChanged signal', async () => {
      let ended = 0;
      const end = signal().watchUntilOff?.(() => { ended++; });
      onTestFinished(() => { end?.(); });
      // A watch that wrongly ends while the player plays does so at its first check, a few milliseconds in: the wait
      // gives it that time. On a loaded machine it can only miss such a watch, never fail a good one, since a pause
      // before the watch has subscribed still ends it through that first check.
      await new Promise((resolve) => { setTimeout(resolve, 500); });
      expect(ended).toBe(0);
      const paused = performance.now();
      await player.setPaused(true);
      await vi.waitFor(() => { expect(ended).toBe(1); }, { timeout: 30_000, interval: 20 });
      console.info(`Media watch: the stop was seen ${Math.round(performance.now() - paused)} ms after mpv paused.`);
      // The watch has closed its connection as it ended: nothing can call it again. The wait only gives a wrong second
      // call its moment to show.
      await player.setPaused(false);
      await new Promise((resolve) => { setTimeout(resolve, 300); });
      expect(ended).toBe(1);
    });

    it('says when the player quits, which ends its MPRIS name', async () => {
      let ended = 0;
      const end = signal().watchUntilOff?.(() => { ended++; });
      onTestFinished(() => { end?.(); });
      // Time for the watch to subscribe first, so that the quit's NameOwnerChanged is what ends it; a quit before
      // that still ends it, through the watch's first check, so a loaded machine can't fail this.
      await new Promise((resolve) => { setTimeout(resolve, 300); });
      quit = true;
      await player.quit();
      await vi.waitFor(() => { expect(ended).toBe(1); }, { timeout: 30_000, interval: 20 });
      expect(await signal().read()).toBe(false);
    });
  });

  it('sees a screen saver inhibitor a browser holds in a KDE session, until it lets go or quits', async () => {
    const kde = connect();
    await standInKdeSession(kde);
    await kde.requestName('org.freedesktop.ScreenSaver', 0);
    await kde.requestName('org.kde.Solid.PowerManagement.PolicyAgent', 0);
    const signal = mediaSignal(env, () => []);
    expect(await signal.status()).toEqual({ readable: true, via: `${MPRIS_VIA} and KDE's screen inhibitions` });
    expect(await signal.read()).toBe(false);

    const browser = sessionBus({ busAddress: address });
    await inhibit(browser);
    expect(await signal.read()).toBe(true);
    let ended = 0;
    const end = signal.watchUntilOff?.(() => { ended++; });
    onTestFinished(() => { end?.(); });
    // As above: a watch that wrongly ends while the inhibitor is held does so at its first check, a few milliseconds in.
    await new Promise((resolve) => { setTimeout(resolve, 300); });
    expect(ended).toBe(0);
    browser.disconnect();
    await vi.waitFor(() => { expect(ended).toBe(1); }, { timeout: 30_000, interval: 20 });
    expect(await signal.read()).toBe(false);
  });

  it('follows GNOME\'s idle inhibitor flag where GNOME\'s session manager answers', async () => {
    const manager = await standInGnomeSession(address);
    const signal = mediaSignal(env, () => []);
    expect(await signal.status()).toEqual({ readable: true, via: `${MPRIS_VIA} and GNOME's idle inhibitors` });
    const readings = [];
    for (const flags of [0, 8, 4]) {
      manager.InhibitedActions = flags;
      readings.push(await signal.read());
    }
    expect(readings).toEqual([false, true, false]);
  });

  it('says why it can\'t be read without a session bus', async () => {
    const signal = mediaSignal({ PATH: process.env.PATH }, () => []);
    expect(await signal.status()).toEqual({ readable: false, why: 'there is no D-Bus session bus to ask (DBUS_SESSION_BUS_ADDRESS is not set)' });
    // A watch without a bus ends at once, silently: the next reading says what plays.
    let ended = false;
    const end = signal.watchUntilOff?.(() => { ended = true; });
    expect(end).toBeTypeOf('function');
    end?.();
    expect(ended).toBe(false);
  });
});
