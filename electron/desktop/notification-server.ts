import { callMethod, withSessionBus } from '../busy/dbus';
import type { NotificationText } from './notification-text';

const NOTIFICATIONS = { service: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications', iface: 'org.freedesktop.Notifications' };

/** Shows a notification through the freedesktop server on the session bus, as notify-send does, and resolves its id. */
export async function showNotification(env: NodeJS.ProcessEnv, text: NotificationText, timeoutMs: number): Promise<number> {
  return withSessionBus(env, async (bus) => {
    const [id] = await callMethod(bus, NOTIFICATIONS, 'Notify', 'susssasa{sv}i', ['Limber', 0, '', text.title, text.body, [], {}, timeoutMs]);
    if (typeof id !== 'number') throw new TypeError(`the notification server answered ${typeof id} for an id`);
    return id;
  });
}

/** Withdraws a notification: CloseNotification takes it off the screen and out of the server's list. */
export async function closeNotification(env: NodeJS.ProcessEnv, id: number): Promise<void> {
  await withSessionBus(env, (bus) => callMethod(bus, NOTIFICATIONS, 'CloseNotification', 'u', [id]));
}
