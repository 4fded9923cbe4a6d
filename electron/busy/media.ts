import { MessageType, sessionBus, type Message, type MessageBus } from '@particle/dbus-next';
import { signalsWords } from '../../core/words/signals';
import { callMethod, getProperty, gnomeIdleInhibited, withSessionBus } from './dbus';
import { messageOf, withTimeout } from './run';
import type { BusySignal } from './signal';

const BUS = { service: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', iface: 'org.freedesktop.DBus' };
const MPRIS_PREFIX = 'org.mpris.MediaPlayer2.';
const MPRIS_PLAYER = { path: '/org/mpris/MediaPlayer2', iface: 'org.mpris.MediaPlayer2.Player' };
/** Where desktops keep the idle inhibitors that players take through org.freedesktop.ScreenSaver while a video plays. */
const INHIBITORS = [
  {
    desktop: 'gnome' as const,
    read: gnomeIdleInhibited,
  },
  {
    desktop: 'kde' as const,
    read: async (bus: MessageBus) => {
      const agent = { service: 'org.kde.Solid.PowerManagement.PolicyAgent', path: '/org/kde/Solid/PowerManagement/PolicyAgent', iface: 'org.kde.Solid.PowerManagement.PolicyAgent' };
      // Policy 4: change screen settings, which KDE's screen saver inhibitions hold.
      const [held] = await callMethod(bus, agent, 'HasInhibition', 'u', [4]);
      return typeof held === 'boolean' ? held : undefined;
    },
  },
];
/** What changes the answer: a player's properties, a player appearing or leaving, and GNOME's or KDE's inhibitors. */
const CHANGES = [
  `type='signal',interface='org.freedesktop.DBus.Properties',member='PropertiesChanged',path='${MPRIS_PLAYER.path}'`,
  `type='signal',sender='org.freedesktop.DBus',member='NameOwnerChanged',arg0namespace='org.mpris.MediaPlayer2'`,
  'type=\'signal\',interface=\'org.gnome.SessionManager\',member=\'InhibitorRemoved\'',
  'type=\'signal\',interface=\'org.kde.Solid.PowerManagement.PolicyAgent\',member=\'InhibitionsChanged\'',
];

type Answer = { playing: boolean; via: string };

/** A player or inhibitor service that doesn't answer in this long counts as not playing, so one hung player can't stall a read. */
const ANSWER_MS = 500;
/** A check the watch runs on a change signal; one that takes longer ends the watch, and the next reading sees instead. */
const CHECK_MS = 3000;

/** Players reporting Playing (browsers report their media sessions this way), other than Limber's own. */
async function playingPlayers(bus: MessageBus, ownPids: () => number[]): Promise<string[]> {
  const [names] = await callMethod(bus, BUS, 'ListNames');
  const players = (Array.isArray(names) ? names as string[] : []).filter((name) => name.startsWith(MPRIS_PREFIX));
  const own = new Set(ownPids());
  const found = await Promise.all(players.map(async (name) => {
    const status = await withTimeout(getProperty(bus, { service: name, ...MPRIS_PLAYER }, 'PlaybackStatus'), ANSWER_MS).catch(() => undefined);
    if (status !== 'Playing') return null;
    const [pid] = await withTimeout(callMethod(bus, BUS, 'GetConnectionUnixProcessID', 's', [name]), ANSWER_MS).catch(() => []);
    return typeof pid === 'number' && own.has(pid) ? null : name;
  }));
  return found.filter((name): name is string => name !== null);
}

async function ask(bus: MessageBus, ownPids: () => number[]): Promise<Answer> {
  const players = await playingPlayers(bus, ownPids);
  for (const inhibitor of INHIBITORS) {
    const held = await withTimeout(inhibitor.read(bus), ANSWER_MS).catch(() => undefined);
    if (held !== undefined) return { playing: players.length > 0 || held, via: signalsWords.via.linux.media[inhibitor.desktop] };
  }
  return { playing: players.length > 0, via: signalsWords.via.linux.media.players };
}

/**
 * Media playing on Linux: an MPRIS player that says it is playing, or an idle inhibitor held where the desktop shows
 * them. A watch follows the players' and inhibitors' change signals on one connection until nothing plays.
 */
export function mediaSignal(env: NodeJS.ProcessEnv, ownPids: () => number[]): BusySignal {
  return {
    name: 'media',
    read: async () => (await withSessionBus(env, (bus) => ask(bus, ownPids))).playing,
    status: async () => {
      try {
        return { readable: true, via: (await withSessionBus(env, (bus) => ask(bus, ownPids))).via };
      } catch (error) {
        return { readable: false, why: messageOf(error) };
      }
    },
    watchUntilOff: (ended) => watchUntilStopped(env, ownPids, ended),
    close: () => undefined,
  };
}

function watchUntilStopped(env: NodeJS.ProcessEnv, ownPids: () => number[], ended: () => void): () => void {
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (!address) return () => undefined;
  const bus = sessionBus({ busAddress: address });
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    bus.disconnect();
  };
  bus.on('error', close);
  // Signals come in bursts (a player changes several properties at once): one check at a time, and one after it.
  let checking: Promise<void> | null = null;
  let again = false;
  const check = () => {
    if (checking) {
      again = true;
      return;
    }
    checking = withTimeout(ask(bus, ownPids), CHECK_MS).then(({ playing }) => {
      if (!playing && open) {
        close();
        ended();
      }
    }, close).finally(() => {
      checking = null;
      if (again && open) {
        again = false;
        check();
      }
    });
  };
  bus.on('message', (message: Message) => { if (open && message.type === MessageType.SIGNAL) check(); });
  void Promise.all(CHANGES.map((rule) => callMethod(bus, BUS, 'AddMatch', 's', [rule]))).then(check, close);
  return close;
}
