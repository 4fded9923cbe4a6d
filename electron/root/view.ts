import type { Engine } from '../../core/engine/engine';
import type { Catalogue } from '../../core/exercises/catalogue';
import { watchStats } from '../../core/history/changes';
import { CHANGED_CHANNEL } from '../../core/ipc/channels';
import { tooltip, trayMenu, trayStatus } from '../../core/shell/status';
import { trayLook } from '../../core/shell/tray-icon';
import type { UpdateOffer } from '../../core/updates/offer';
import { withUpdateEntry, withUpdateProgress } from '../../core/updates/tray';
import type { LimberTray } from '../desktop/tray';
import type { Log } from '../log';
import { localClockTime } from '../system/clock';
import type { Windows } from '../windows/windows';
import type { LimberFiles } from './files';

export interface ViewWiring {
  engine: Pick<Engine, 'snapshot'>;
  files: LimberFiles;
  warm: { refresh(snapshot: ReturnType<Engine['snapshot']>): void };
  windows: Pick<Windows, 'pageOf'>;
  tray: LimberTray;
  log: Log;
  /** The routines the tray lists: the host's, which hold a left-out change the disk refused. */
  catalogue: () => Catalogue;
  /** A newer version on offer: the tray offers it, and its tooltip counts its download. */
  updateOffer: () => UpdateOffer | null;
}

/**
 * Brings what the user sees up to the engine's state, after each of its steps (and the tray's routines up to the
 * user's own, after they change): the history's running day, an open statistics window (none is opened for it), the
 * hidden prompt and break windows, and the tray, whose status the log tells when it changes.
 */
export function followState({ engine, files, warm, windows, tray, log, catalogue, updateOffer }: ViewWiring): () => void {
  const lookAtStats = watchStats(
    () => ({ history: files.history.current(), today: files.history.today(), snapshot: engine.snapshot() }),
    () => { windows.pageOf('stats')?.send(CHANGED_CHANNEL); },
  );
  let traySaid = '';
  return () => {
    const snapshot = engine.snapshot();
    files.history.onStep(snapshot);
    lookAtStats();
    warm.refresh(snapshot);
    const offer = updateOffer();
    tray.show({
      look: trayLook(snapshot),
      tooltip: withUpdateProgress(tooltip(snapshot, localClockTime), offer),
      menu: withUpdateEntry(trayMenu(snapshot, files.settings.value(), localClockTime, catalogue()), offer),
    });
    const status = trayStatus(snapshot, localClockTime);
    if (status !== traySaid) log.info(`Tray: ${status}`);
    traySaid = status;
  };
}
