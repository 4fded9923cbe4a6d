import type { GlobalShortcut } from 'electron';
import type { ShortcutStatus } from '../../core/contract';
import type { Settings } from '../../core/settings/schema';
import { SHORTCUT_ACTIONS, type ShortcutAction } from '../../core/shortcuts/names';
import type { Log } from '../log';

/**
 * The system's global shortcuts, as the settings choose them: each chosen combination is registered, and one the
 * system refuses (another program holds it) is noted for the settings to say. Where this Electron can't listen for
 * keys outside its windows (Wayland drawn natively) they aren't `available`, and nothing is registered.
 */
export function globalShortcuts(system: Pick<GlobalShortcut, 'register' | 'unregisterAll'>, where: Pick<ShortcutStatus, 'available' | 'partly'>, log: Log) {
  const { available } = where;
  let wanted: { chosen: Settings['shortcuts']; pressed: (action: ShortcutAction) => void } | null = null;
  let bound: string | null = null;
  let taken: ShortcutAction[] = [];
  const holders = new Set<object>();
  const unregister = () => {
    if (bound !== null) system.unregisterAll();
    bound = null;
  };
  const register = () => {
    if (!available || !wanted || holders.size > 0) return;
    const { chosen, pressed } = wanted;
    const key = JSON.stringify(chosen);
    if (key === bound) return;
    unregister();
    bound = key;
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
  };
  return {
    /** Registers `chosen` in place of what was registered; the same choice again changes nothing. */
    bind(chosen: Settings['shortcuts'], pressed: (action: ShortcutAction) => void) {
      wanted = { chosen, pressed };
      register();
    },
    /**
     * While any `holder` holds them, the keys are let go, so that they reach the window listening for a combination
     * instead of running Limber's actions; they come back once the last holder lets go.
     */
    hold(holder: object, held: boolean) {
      if (held) {
        holders.add(holder);
        unregister();
      } else if (holders.delete(holder)) {
        register();
      }
    },
    status: (): ShortcutStatus => ({ ...where, taken: [...taken] }),
    /** At quit: the keys go back to the other programs. */
    release() {
      wanted = null;
      unregister();
      taken = [];
    },
  };
}

export type GlobalShortcuts = ReturnType<typeof globalShortcuts>;
