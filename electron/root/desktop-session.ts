import { powerMonitor } from 'electron';
import type { Notifier } from '../desktop/notifications';
import type { Log } from '../log';
import { checkSession } from '../system/session-check';
import type { LimberFiles } from './files';

/**
 * Only a GNOME Wayland session needs the D-Bus client (dbus-next and its XML parser, a fifth of the main bundle):
 * it loads from its own chunk when asked for, not at every start.
 */
const connectSessionIdle = async (busAddress: string) => (await import('../system/session-idle')).connectAnySessionIdle(busAddress);
const trayHostOnBus = async (env: NodeJS.ProcessEnv) => (await import('../desktop/tray-host')).trayHostOnBus(env);

/** What this desktop session lets Limber see and show; what works differently here is told once, and remembered. */
export function checkDesktopSession(argv: readonly string[], log: Log, notifier: Pick<Notifier, 'notify'>, files: LimberFiles) {
  return checkSession({
    platform: process.platform, env: process.env, argv, powerMonitor, connectSessionIdle, trayHostOnBus, log,
    notice: {
      given: () => files.state.value().sessionNotes,
      give: (text, notes) => {
        notifier.notify(text);
        files.saveState({ ...files.state.value(), sessionNotes: [...files.state.value().sessionNotes, ...notes] });
      },
    },
  });
}
