import { act, type Command } from '../commands/command';
import type { EngineSnapshot } from '../engine/snapshot';
import type { Settings } from '../settings/schema';
import { readingAction } from '../shell/status';
import type { ShortcutAction } from './names';

/** A paused Limber resumes; a running one pauses for this long. */
export const SHORTCUT_PAUSE_MINUTES = 60;

/**
 * The command a shortcut stands for, as things are when it is pressed. Snooze and skip go to the engine as from the
 * tray, and the engine refuses them as it does there (strict mode, the snooze limit).
 */
export function shortcutCommand(action: ShortcutAction, snapshot: EngineSnapshot, settings: Settings): Command {
  switch (action) {
    case 'breakNow':
      return { do: 'break-now' };
    case 'startDue':
      return { do: 'start-offered' };
    case 'snooze':
    case 'skip':
      return act({ action });
    case 'pause':
      return act(snapshot.paused ? { action: 'resume' } : { action: 'pause', minutes: SHORTCUT_PAUSE_MINUTES });
    case 'reading':
      return act(snapshot.reading ? { action: 'stop-reading' } : readingAction(settings));
  }
}
