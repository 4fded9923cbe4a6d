import { sessionBus, type MessageBus } from '@particle/dbus-next';
import type { IdleSource } from './idle';

export const MUTTER_IDLE = {
  service: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  iface: 'org.gnome.Mutter.IdleMonitor',
} as const;
/** A stuck reply must not hold back the engine's next wakeup for long. */
const REPLY_TIMEOUT_MS = 2000;

interface IdleMonitor { GetIdletime(): Promise<unknown> }

/** GNOME's idle monitor on the session bus: on Wayland, only the compositor sees all keyboard and mouse input. */
export async function connectMutterIdle(busAddress: string): Promise<IdleSource> {
  const bus = sessionBus({ busAddress });
  const reply = replies(bus);
  let seconds = 0;
  try {
    const object = await reply(bus.getProxyObject(MUTTER_IDLE.service, MUTTER_IDLE.path));
    // dbus-next builds the interface's methods from the service's introspection data.
    const monitor = object.getInterface(MUTTER_IDLE.iface) as unknown as IdleMonitor;
    const source: IdleSource = {
      name: 'mutter',
      read: () => seconds,
      refresh: async () => {
        try {
          seconds = toSeconds(await reply(monitor.GetIdletime()));
        } catch (error) {
          seconds = 0; // An old reading could keep the user "away" indefinitely; none means clock-only reminders.
          throw error;
        }
      },
      close: () => { bus.disconnect(); },
    };
    await source.refresh();
    return source;
  } catch (error) {
    bus.disconnect();
    throw error;
  }
}

/** GetIdletime answers a uint64 of milliseconds, which dbus-next hands over as a BigInt. */
function toSeconds(milliseconds: unknown): number {
  if (typeof milliseconds !== 'bigint') throw new TypeError(`GetIdletime returned ${typeof milliseconds}, not a uint64`);
  return Number(milliseconds / 1000n);
}

/** Bounds each call by a timeout and by the connection failing, which dbus-next reports only as an 'error' event. */
function replies(bus: MessageBus) {
  const broken = new Promise<never>((_resolve, reject) => { bus.on('error', reject); });
  broken.catch(() => undefined); // Surfaces through the calls that race it.
  return async <T>(pending: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => { reject(new Error(`${MUTTER_IDLE.service} did not answer in ${REPLY_TIMEOUT_MS} ms`)); }, REPLY_TIMEOUT_MS);
    });
    try {
      return await Promise.race([pending, broken, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
