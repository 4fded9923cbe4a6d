import { app, powerMonitor } from 'electron';
import type { Engine } from '../../core/engine/engine';
import type { Notifier } from '../desktop/notifications';
import type { Log } from '../log';
import type { IdleSource } from '../system/idle-source';
import type { PowerWatch } from '../system/power';
import { saveAtWindowsSessionEnd } from '../system/session-end';
import type { LimberFiles } from './files';

export interface QuitWiring {
  engine: Engine;
  power: PowerWatch;
  busy: { close(): void };
  idle: IdleSource;
  files: LimberFiles;
  notifier: Notifier;
  log: Log;
}

/**
 * How Limber stops: on a quit, everything stops and what it holds is written; when the machine goes down, what a quit
 * would write is written, in case nothing more runs. Says whether Limber is quitting.
 */
export function stopOnQuit({ engine, power, busy, idle, files, notifier, log }: QuitWiring): () => boolean {
  const saveNow = () => {
    files.history.flush();
    files.engineState.quit(engine);
  };
  powerMonitor.on('shutdown', saveNow);
  saveAtWindowsSessionEnd(process.platform, saveNow);
  let quitting = false;
  // Electron closes the windows after 'before-quit': everything stops here, and their 'closed' events change nothing.
  app.on('before-quit', () => {
    if (quitting) return;
    quitting = true;
    if (engine.snapshot().breakInProgress) engine.act({ action: 'finish-break' });
    // A break's notification stays until withdrawn: it would outlive Limber.
    notifier.withdrawPrompts();
    const written = [files.engineState.quit(engine), files.history.flush()].every(Boolean);
    power.stop();
    engine.stop();
    busy.close();
    idle.close?.();
    if (written) log.info('Stopped: history and engine state saved');
    else log.error('Stopped without writing the latest history or engine state: the disk refused them (see above)');
  });
  return () => quitting;
}
