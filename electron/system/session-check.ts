import type { PowerMonitor } from 'electron';
import { describeSession, sessionNotice, type Session, type SessionNote } from '../../core/shell/session';
import type { NotificationText } from '../desktop/notification-text';
import { chooseIdleSource } from './idle';
import type { Log } from '../log';
import type { IdleSource } from './idle-source';

export interface SessionCheckDeps {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime'>;
  connectSessionIdle(busAddress: string): Promise<IdleSource>;
  trayHostOnBus(env: NodeJS.ProcessEnv): Promise<boolean>;
  /** Each note is given once per user, not at every start. */
  notice: { given(): readonly SessionNote[]; give(text: NotificationText, notes: SessionNote[]): void };
  log: Log;
}

/**
 * Finds out what this session lets Limber see and show (idle time, a tray, windows above others), and tells the user
 * once what works differently here.
 */
export async function checkSession(deps: SessionCheckDeps): Promise<{ session: Session; idle: IdleSource }> {
  const session = describeSession({ ...deps, electron: process.versions.electron });
  const { source, notice } = await chooseIdleSource({ ...deps, session, log: (m) => { deps.log.warn(m); } });
  // Only asked on Wayland: on X11 an XEmbed tray shows the icon too, with no StatusNotifierItem host on the bus.
  const trayShown = !session.wayland || await deps.trayHostOnBus(deps.env).catch((error: unknown) => {
    deps.log.warn(`Could not tell whether a tray shows Limber's icon: ${String(error)}`);
    return true;
  });
  const said = sessionNotice({ idle: notice, nativeWayland: session.nativeWayland, trayShown }, deps.notice.given());
  if (said) deps.notice.give(said.text, said.notes);
  deps.log.info(`Idle time from: ${source.name}${session.nativeWayland ? ' (Wayland, prompts by notification)' : ''}${trayShown ? '' : ' (no tray host)'}`);
  return { session, idle: source };
}
