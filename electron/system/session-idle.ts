import { sessionBus, type MessageBus } from '@particle/dbus-next';
import type { IdleSource } from './idle-source';

/** A desktop's idle clock on the session bus: on Wayland, only the compositor sees all keyboard and mouse input. */
export interface SessionIdleClock {
  name: string;
  service: string;
  path: string;
  iface: string;
  method: string;
}

/** GNOME: Mutter's idle monitor, in milliseconds as a uint64. */
export const MUTTER_IDLE: SessionIdleClock = {
  name: 'mutter', service: 'org.gnome.Mutter.IdleMonitor', path: '/org/gnome/Mutter/IdleMonitor/Core',
  iface: 'org.gnome.Mutter.IdleMonitor', method: 'GetIdletime',
};
/** KDE Plasma (its screen locker): the freedesktop screensaver's session idle time, in milliseconds as a uint32. */
export const SCREENSAVER_IDLE: SessionIdleClock = {
  name: 'screensaver', service: 'org.freedesktop.ScreenSaver', path: '/org/freedesktop/ScreenSaver',
  iface: 'org.freedesktop.ScreenSaver', method: 'GetSessionIdleTime',
};
/** Tried in this order: GNOME's answers only on GNOME; the freedesktop name is also taken by stand-ins elsewhere. */
const SESSION_IDLE_CLOCKS = [MUTTER_IDLE, SCREENSAVER_IDLE] as const;

/** A stuck reply must not hold back the engine's next wakeup for long. */
const REPLY_TIMEOUT_MS = 2000;
/**
 * A real clock counts milliseconds since the last input, so it reads exactly 0 only in the millisecond of an input.
 * Two such readings this far apart are a service that answers 0 whatever happens (a stand-in that only took the name).
 */
const STUCK_CHECK_MS = 1000;

/**
 * Connects to `clock` and takes a first reading; fails if the service is missing, slow, or always answers 0. Its
 * refresh fails once the connection or the service does; reconnectingIdle then makes a new connection.
 */
export async function connectSessionIdle(busAddress: string, clock: SessionIdleClock): Promise<IdleSource> {
  const bus = sessionBus({ busAddress });
  const reply = replies(bus, clock.service);
  let seconds = 0;
  try {
    const object = await reply(bus.getProxyObject(clock.service, clock.path));
    // dbus-next builds the interface's methods from the service's introspection data.
    const call = (object.getInterface(clock.iface) as unknown as Record<string, (() => Promise<unknown>) | undefined>)[clock.method];
    if (!call) throw new Error(`${clock.service} has no ${clock.method}`);
    const milliseconds = async () => toMilliseconds(clock, await reply(call()));
    if (await milliseconds() === 0) {
      await new Promise((resolve) => setTimeout(resolve, STUCK_CHECK_MS));
      if (await milliseconds() === 0) throw new Error(`${clock.service} answers 0 ms of idle time every time, so it is not counting input`);
    }
    const source: IdleSource = {
      name: clock.name,
      read: () => seconds,
      refresh: async () => { seconds = Math.floor(await milliseconds() / 1000); },
      close: () => { bus.disconnect(); },
    };
    await source.refresh();
    return source;
  } catch (error) {
    bus.disconnect();
    throw error;
  }
}

/** dbus-next hands a uint64 over as a BigInt and a uint32 as a number. */
function toMilliseconds(clock: SessionIdleClock, value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new TypeError(`${clock.method} returned ${typeof value === 'number' ? String(value) : typeof value}, not a count of milliseconds`);
}

/** Bounds each call by a timeout and by the connection failing, which dbus-next reports only as an 'error' event. */
function replies(bus: MessageBus, service: string) {
  const broken = new Promise<never>((_resolve, reject) => { bus.on('error', reject); });
  broken.catch(() => undefined); // Surfaces through the calls that race it.
  return async <T>(pending: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => { reject(new Error(`${service} did not answer in ${REPLY_TIMEOUT_MS} ms`)); }, REPLY_TIMEOUT_MS);
    });
    try {
      return await Promise.race([pending, broken, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The first clock that answers, in SESSION_IDLE_CLOCKS' order; fails with what each of them said. */
export async function connectAnySessionIdle(busAddress: string): Promise<IdleSource> {
  const failures: string[] = [];
  for (const clock of SESSION_IDLE_CLOCKS) {
    try {
      return await connectSessionIdle(busAddress, clock);
    } catch (error) {
      failures.push(`${clock.service}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(failures.join('; '));
}
