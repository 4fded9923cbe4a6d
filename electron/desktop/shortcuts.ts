import type { GlobalShortcut } from 'electron';
import type { ShortcutStatus } from '../../core/contract';
import type { Settings } from '../../core/settings/schema';
import { SHORTCUT_ACTIONS, type ShortcutAction } from '../../core/shortcuts/names';
import type { Log } from '../log';

/**
 * The system's global shortcuts, as the settings choose them: each chosen combination is registered, and one the
 * system refuses (another program holds it) is noted for the settings to say. `available` is false where this
 * Electron can't listen for keys outside its windows (Wayland drawn natively); nothing is registered there.
 */
export function globalShortcuts(system: Pick<GlobalShortcut, 'register' | 'unregisterAll'>, available: boolean, log: Log) {
  let bound: string | null = null;
  let taken: ShortcutAction[] = [];
  return {
    /** Registers `chosen` in place of what was registered; the same choice again changes nothing. */
    bind(chosen: Settings['shortcuts'], pressed: (action: ShortcutAction) => void) {
      const wanted = JSON.stringify(chosen);
      if (!available || wanted === bound) return;
      bound = wanted;
      system.unregisterAll();
      taken = SHORTCUT_ACTIONS.filter((action) => {
        const keys = chosen[action];
        if (keys === '') return false;
        try {
          if (system.register(keys, () => { pressed(action); })) return false;
          log.warn(`Shortcut ${keys} (${action}) not registered: another program holds it`);
        } catch (error) {
          log.warn(`Shortcut ${keys} (${action}) not registered: ${error instanceof Error ? error.message : String(error)}`);
        }
        return true;
      });
    },
    status: (): ShortcutStatus => ({ available, taken: [...taken] }),
    /** At quit: the keys go back to the other programs. */
    release() {
      if (bound === null) return;
      system.unregisterAll();
      bound = null;
      taken = [];
    },
  };
}

export type GlobalShortcuts = ReturnType<typeof globalShortcuts>;
