import { app, protocol, screen, session as sessions } from 'electron';
import type { Engine } from '../../core/engine/engine';
import { catalogueOf } from '../../core/exercises/catalogue';
import { POSTURE_CUE } from '../../core/exercises/fit';
import { pointerPositionKnown, type Session } from '../../core/shell/session';
import { routinesWords } from '../../core/words/routines';
import { stopAudioServiceWhenUnused } from '../desktop/audio-service';
import type { Log } from '../log';
import { APP_ORIGIN, serveRenderer } from '../windows/app-protocol';
import { displaysOf } from '../windows/displays';
import { denyPermissions } from '../windows/security';
import { createWindows, type Screen } from '../windows/windows';
import type { LimberFiles } from './files';
import { listeners } from './listeners';

export interface WindowsWiring {
  log: Log;
  /** Built renderer and preload, from `npm run build`. */
  rendererDir: string;
  preload: string;
  session: Session;
  engine: Pick<Engine, 'act' | 'snapshot'>;
  quitting: () => boolean;
  files: Pick<LimberFiles, 'own'>;
}

/** A routine's name for a window title: the posture cue's, or one of the library's or the user's own. */
const routineNamer = (files: Pick<LimberFiles, 'own'>) => (id: string) =>
  (id === POSTURE_CUE ? routinesWords.postureCue.name : catalogueOf(files.own.value()).routine(id)?.name);

/**
 * Limber's windows, on the display in use and kept on the displays there are. Pages are set up when the first window
 * needs them, and the audio service stops once none is open. Whoever cares hears which window the user closed.
 */
export function openWindows({ log, rendererDir, preload, session, engine, quitting, files }: WindowsWiring) {
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
    routineName: routineNamer(files),
  });
  displays.onChange(() => { windows.keepOnDisplays(); });
  stopAudioServiceWhenUnused(app, windows, log);
  // Closing the break window ends the break it showed; while quitting, the engine has already stopped.
  closedByUser.add((shown) => {
    if (!quitting() && shown === 'break' && engine.snapshot().breakInProgress) engine.act({ action: 'finish-break' });
  });
  return { windows, closedByUser };
}
