import { callMethod, withSessionBus } from '../busy/dbus';

const BUS_DAEMON = { service: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', iface: 'org.freedesktop.DBus' };
/** The name a StatusNotifierItem host (KDE's panel, GNOME's AppIndicator extension, waybar…) takes on the bus. */
export const TRAY_WATCHER = 'org.kde.StatusNotifierWatcher';

/** Whether something on the session bus would show Electron's tray icon, which Linux sends as a StatusNotifierItem. */
export async function trayHostOnBus(env: NodeJS.ProcessEnv): Promise<boolean> {
  return withSessionBus(env, async (bus) => (await callMethod(bus, BUS_DAEMON, 'NameHasOwner', 's', [TRAY_WATCHER]))[0] === true);
}
