import type { App } from 'electron';
import type { Log } from './log';

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
