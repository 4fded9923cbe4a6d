import type { Engine } from '../../core/engine/engine';
import { salvageSavedEngine, shouldSave, type MachineTime, type SavedEngine } from '../../core/engine/saved';
import { notificationsWords } from '../../core/words/notifications';
import type { NotificationText } from '../desktop/notification-text';
import type { Log } from '../log';
import { openDocument } from './store';

export interface EngineStateDeps {
  machine: () => MachineTime;
  log: Log;
  notify: (text: NotificationText) => void;
  /** Wraps the file's save so that a failure is reported (save-troubles.ts); it still throws. */
  reporting: (save: (saved: SavedEngine | null) => void) => (saved: SavedEngine | null) => void;
}

/**
 * The engine's state in engine.json: taken up at start, written when something changes and at most once a minute
 * otherwise, from the engine's own wakeups, and once more when Limber quits. A write that fails is tried again at
 * the next step.
 */
export function keepEngineState(dir: string, deps: EngineStateDeps) {
  const file = openDocument<SavedEngine | null>(dir, 'engine', salvageSavedEngine);
  const save = deps.reporting(file.save);
  let last: SavedEngine | null = null;
  const write = (next: SavedEngine) => {
    try {
      save(next);
      last = next;
      return true;
    } catch {
      // Reported by `reporting`; `last` stays behind, so the next step writes again.
      return false;
    }
  };
  return {
    file,
    /**
     * Takes up the saved state; true when the engine goes on from it. A state that stops the engine from starting is
     * set aside, and the engine starts afresh: better a lost streak than no Limber.
     */
    restore(engine: Engine): boolean {
      const saved = file.value();
      try {
        const ignored = engine.restore(saved, deps.machine());
        if (ignored) deps.log.info(`The saved engine state was not used: ${ignored}`);
        return saved !== null && ignored === null;
      } catch (error) {
        const keptAs = file.setAside();
        deps.log.error(`The saved engine state could not be taken up: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        deps.notify(notificationsWords.files.startedAfresh(keptAs));
        engine.restore(null, deps.machine());
        return false;
      }
    },
    /** After each step of the engine. */
    stepped(engine: Engine) {
      const next = engine.save(deps.machine());
      if (shouldSave(last, next)) write(next);
    },
    /** Writes the state as Limber stops; false when the disk refused it. */
    quit: (engine: Engine) => write(engine.save(deps.machine())),
  };
}
