import { app, protocol, screen, session as sessions } from 'electron';
import type { Engine } from '../../core/engine/engine';
import { pointerPositionKnown, type Session } from '../../core/shell/session';
import { stopAudioServiceWhenUnused } from '../desktop/audio-service';
import type { Log } from '../log';
import { APP_ORIGIN, serveRenderer } from '../windows/app-protocol';
import { displaysOf } from '../windows/displays';
import { denyPermissions } from '../windows/security';
import { createWindows, type Screen } from '../windows/windows';
import { listeners } from './listeners';

export interface WindowsWiring {
  log: Log;
  /** Built renderer and preload, from `npm run build`. */
  rendererDir: string;
  preload: string;
  session: Session;
  engine: Pick<Engine, 'act' | 'snapshot'>;
  quitting: () => boolean;
}

/**
 * Limber's windows, on the display in use and kept on the displays there are. Pages are set up when the first window
 * needs them, and the audio service stops once none is open. Whoever cares hears which window the user closed.
 */
export function openWindows({ log, rendererDir, preload, session, engine, quitting }: WindowsWiring) {
  // The default session is set up when the first window needs it: touching it starts its network context, which took
  // 55-85 ms before the tray icon could appear and holds 4 MB in the network service while no window is open.
  let pagesReady = false;
  const preparePages = () => {
    if (pagesReady) return;
    pagesReady = true;
    serveRenderer(protocol, rendererDir);
    denyPermissions(sessions.defaultSession);
  };
  const displays = displaysOf(screen, { pointerKnown: pointerPositionKnown(session) });
  const closedByUser = listeners<[Screen]>();
  const windows = createWindows({
    beforeCreate: preparePages,
    preload,
    url: (screen, query) => `${APP_ORIGIN}/index.html#/${screen}${query ? `?${query}` : ''}`,
    devTools: !app.isPackaged,
    workArea: displays.workArea,
    workAreaInUse: displays.workAreaInUse,
    onClosedByUser: closedByUser.emit,
  });
  displays.onChange(() => { windows.keepOnDisplays(); });
  stopAudioServiceWhenUnused(app, windows, log);
  // Closing the break window ends the break it showed; while quitting, the engine has already stopped.
  closedByUser.add((shown) => {
    if (!quitting() && shown === 'break' && engine.snapshot().breakInProgress) engine.act({ action: 'finish-break' });
  });
  return { windows, closedByUser };
}
