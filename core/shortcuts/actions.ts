import { act, type Command } from '../commands/command';
import type { EngineSnapshot } from '../engine/snapshot';
import type { Settings } from '../settings/schema';
import { readingAction } from '../shell/status';
import type { ShortcutAction } from './names';


/** A paused Limber resumes; a running one pauses for this long. */
export const SHORTCUT_PAUSE_MINUTES = 60;

/**
 * The command a shortcut stands for, as things are when it is pressed; or why it is refused. Strict mode refuses
 * snooze and skip from the keyboard as from the tray, and the user hears why, since no menu shows it.
 */
export function shortcutCommand(action: ShortcutAction, snapshot: EngineSnapshot, settings: Settings): Command | { refused: 'snooze' | 'skip' } {
  switch (action) {
    case 'breakNow':
      return { do: 'break-now' };
    case 'startDue':
      return { do: 'start-offered' };
    case 'snooze':
    case 'skip':
      return settings.strict ? { refused: action } : act({ action });
    case 'pause':
      return act(snapshot.paused ? { action: 'resume' } : { action: 'pause', minutes: SHORTCUT_PAUSE_MINUTES });
    case 'reading':
      return act(snapshot.reading ? { action: 'stop-reading' } : readingAction(settings));
  }
}
