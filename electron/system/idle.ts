import type { PowerMonitor } from 'electron';
import type { EngineDeps } from '../../core/engine/engine';
import type { Session } from '../../core/shell/session';
import { notificationsWords } from '../../core/words/notifications';
import type { IdleSource } from './idle-source';
import { reconnectingIdle } from './reconnecting-idle';

export const electronIdle = (powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime'>): IdleSource => ({
  name: 'electron',
  read: () => powerMonitor.getSystemIdleTime(),
  refresh: () => Promise.resolve(),
});

/** Nothing to read: the engine sees someone always at the desk, so reminders follow the clock alone. */
export const noIdle: IdleSource = { name: 'none', read: () => 0, refresh: () => Promise.resolve() };

/** The session notice where no idle time can be read. */
export const noIdleNotice = () => notificationsWords.session.clock;

export interface IdleChoiceDeps {
  platform: NodeJS.Platform;
  session: Session;
  env: { readonly DBUS_SESSION_BUS_ADDRESS?: string | undefined };
  powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime'>;
  /** The desktop's idle clock on the session bus (GNOME's, then KDE's). */
  connectSessionIdle(busAddress: string): Promise<IdleSource>;
  log(message: string): void;
}

/**
 * On Wayland, Electron through XWayland sees only input to X11 windows, so the desktop's own idle clock on the
 * session bus is asked instead, where there is one (GNOME, KDE). Without one, Chromium drawing natively on Wayland
 * reads the compositor's idle protocol (seen on sway); through XWayland, reminders follow the clock, said once.
 * A clock on the bus that drops out is connected again, and the same fallback is read until it is back.
 */
export async function chooseIdleSource(deps: IdleChoiceDeps): Promise<{ source: IdleSource; notice?: string }> {
  if (deps.platform !== 'linux' || !deps.session.wayland) return { source: electronIdle(deps.powerMonitor) };
  // Not Electron's reading through XWayland, which sees only input to X11 windows: someone typing in other windows
  // would look away, and seem to take breaks they never took.
  const fallback = deps.session.nativeWayland ? { ...electronIdle(deps.powerMonitor), name: 'compositor' } : noIdle;
  try {
    const address = deps.env.DBUS_SESSION_BUS_ADDRESS;
    if (!address) throw new Error('DBUS_SESSION_BUS_ADDRESS is not set');
    const connect = () => deps.connectSessionIdle(address);
    const log = (message: string) => { deps.log(message); };
    return { source: reconnectingIdle(await connect(), { connect, fallback, now: () => performance.now(), log }) };
  } catch (error) {
    if (deps.session.nativeWayland) {
      deps.log(`No idle clock on the session bus (${String(error)}): idle time from the compositor, through Chromium.`);
      return { source: fallback };
    }
    deps.log(`No idle time on this Wayland session (${String(error)}): reminders follow the clock only.`);
    return { source: noIdle, notice: noIdleNotice() };
  }
}

type SetTimer = EngineDeps['setTimer'];

/**
 * Delays engine inputs that read idle time until the source has a fresh reading, so the engine stays synchronous.
 * A failed refresh is logged and the input goes through on whatever the source then reads.
 */
export function freshIdle(source: IdleSource, log: (message: string) => void) {
  const refreshed = () => source.refresh().catch((error: unknown) => { log(`Idle time not refreshed: ${String(error)}`); });
  return {
    calls: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => {
      void refreshed().then(() => { fn(...args); });
    },
    /** A timer whose cancel also holds back a firing still waiting for its reading. */
    timer: (setTimer: SetTimer): SetTimer => (at, fire) => {
      let cancelled = false;
      const cancel = setTimer(at, () => { void refreshed().then(() => { if (!cancelled) fire(); }); });
      return () => { cancelled = true; cancel(); };
    },
  };
}
