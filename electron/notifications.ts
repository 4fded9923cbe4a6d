import { Notification } from 'electron';

/** Shows a desktop notification where the platform has them. */
export function notify({ title, body }: { title: string; body: string }): void {
  if (Notification.isSupported()) new Notification({ title, body }).show();
}
