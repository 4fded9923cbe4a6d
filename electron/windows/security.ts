import type { App, Session } from 'electron';
import type { Log } from '../log';

/** Limber's pages need no camera, microphone, notifications, clipboard or any other permission. */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, grant) => { grant(false); });
  session.setPermissionCheckHandler(() => false);
}

/** Every page Limber creates stays where it was loaded: no navigation, no new windows, no webviews. */
export function lockDownPages(app: Pick<App, 'on'>, log: Log): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => {
      log.warn('A page tried to open a window; refused');
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      event.preventDefault();
      log.warn('A page tried to navigate away; refused');
    });
    contents.on('will-attach-webview', (event) => { event.preventDefault(); });
  });
}
