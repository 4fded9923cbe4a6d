import type { Engine } from './core/engine/engine';
import { salvageSavedEngine, shouldSave, type MachineTime, type SavedEngine } from './core/engine/saved';
import type { Log } from './log';
import { openDocument } from './store';

/**
 * The engine's state in engine.json: taken up at start, written when something changes and at most once a minute
 * otherwise, from the engine's own wakeups, and once more when Limber quits.
 */
export function keepEngineState(dir: string, machine: () => MachineTime, log: Log) {
  const file = openDocument<SavedEngine | null>(dir, 'engine', salvageSavedEngine);
  let last: SavedEngine | null = null;
  const write = (next: SavedEngine) => {
    try {
      file.save(next);
      last = next;
    } catch (error) {
      log.warn(`Engine state not saved: ${String(error)}`);
    }
  };
  return {
    file,
    restore(engine: Engine) {
      const ignored = engine.restore(file.value(), machine());
      if (ignored) log.info(`The saved engine state was not used: ${ignored}`);
    },
    /** After each step of the engine. */
    stepped(engine: Engine) {
      const next = engine.save(machine());
      if (shouldSave(last, next)) write(next);
    },
    quit(engine: Engine) { write(engine.save(machine())); },
  };
}
