import { Message, MessageFlag, sessionBus, type MessageBus } from '@particle/dbus-next';
import { signalsWords } from '../../core/words/signals';

const REPLY_TIMEOUT_MS = 2000;

export type DbusObject = { service: string; path: string; iface: string };

/** One session bus connection for one read, closed after it, so nothing stays open between reads. */
export async function withSessionBus<T>(env: NodeJS.ProcessEnv, use: (bus: MessageBus) => Promise<T>): Promise<T> {
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (!address) throw new Error(signalsWords.why.linux.noSessionBus);
  const bus = sessionBus({ busAddress: address });
  // dbus-next reports a failed connection only as an 'error' event.
  const broken = new Promise<never>((_resolve, reject) => { bus.on('error', reject); });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(new Error(signalsWords.why.linux.busSilent(REPLY_TIMEOUT_MS / 1000))); }, REPLY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([use(bus), broken, timeout]);
  } finally {
    clearTimeout(timer);
    bus.disconnect();
  }
}

/** Reads one property. NO_AUTO_START: asking must not launch a service that isn't running. */
export async function getProperty(bus: MessageBus, object: DbusObject, property: string): Promise<unknown> {
  const reply = await bus.call(new Message({
    destination: object.service, path: object.path, interface: 'org.freedesktop.DBus.Properties', member: 'Get',
    signature: 'ss', body: [object.iface, property], flags: MessageFlag.NO_AUTO_START,
  }));
  const variant = reply?.body[0] as { value: unknown } | undefined;
  return variant?.value;
}

/** Calls a method and resolves its reply's body. */
export async function callMethod(bus: MessageBus, object: DbusObject, member: string, signature = '', body: unknown[] = []): Promise<unknown[]> {
  const reply = await bus.call(new Message({
    destination: object.service, path: object.path, interface: object.iface, member, signature, body, flags: MessageFlag.NO_AUTO_START,
  }));
  return (reply?.body ?? []) as unknown[];
}

const GNOME_SESSION = { service: 'org.gnome.SessionManager', path: '/org/gnome/SessionManager', iface: 'org.gnome.SessionManager' };
/** InhibitedActions' flag for "don't go idle", which video players and presentation apps set. */
const IDLE_INHIBITED = 8;

/**
 * Whether GNOME's session manager holds an idle inhibitor. Rejects with D-Bus's error where it doesn't answer, and
 * with a TypeError where it answers something other than its flags.
 */
export async function gnomeIdleInhibited(bus: MessageBus): Promise<boolean> {
  const flags = await getProperty(bus, GNOME_SESSION, 'InhibitedActions');
  if (typeof flags !== 'number') throw new TypeError(signalsWords.why.linux.gnomeInhibitorsOdd(typeof flags));
  return (flags & IDLE_INHIBITED) !== 0;
}
