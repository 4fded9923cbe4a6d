import { app } from 'electron';
import type { Command } from '../../core/commands/command';
import type { Engine, StampedEvent } from '../../core/engine/engine';
import { shortcutCommand } from '../../core/shortcuts/actions';
import type { ShortcutAction } from '../../core/shortcuts/names';
import { shortcutsWords } from '../../core/words/shortcuts';
import type { Notifier } from '../desktop/notifications';
import type { GlobalShortcuts } from '../desktop/shortcuts';
import type { Log } from '../log';
import type { LimberFiles } from './files';
import type { Listeners } from './listeners';

export interface ShortcutsWiring {
  shortcuts: GlobalShortcuts;
  engine: Pick<Engine, 'snapshot'>;
  events: Listeners<[StampedEvent]>;
  files: Pick<LimberFiles, 'settings'>;
  notifier: Pick<Notifier, 'notify'>;
  settingsSaved: Listeners;
  log: Log;
}

/**
 * A held key repeats, and each repeat reaches Limber as a press: within this long of the last, the same shortcut is
 * the same press, so that holding the pause keys doesn't pause and resume over and over.
 */
const REPEAT_MS = 500;

/**
 * Global shortcuts as the settings choose them, from now until Limber quits: a press goes to the command router, as
 * the things it stands for do from the tray. Snooze or skip that the engine refuses (strict mode, the snooze limit)
 * says why in a notification, since no menu shows it.
 */
export function followShortcuts({ shortcuts, engine, events, files, notifier, settingsSaved, log }: ShortcutsWiring, run: (command: Command) => void) {
  const lastPress = new Map<ShortcutAction, number>();
  let pressing = false;
  events.add((event) => {
    if (!pressing || (event.event !== 'snooze-refused' && event.event !== 'skip-refused')) return;
    const { refused } = shortcutsWords;
    if (event.reason === 'strict') notifier.notify({ title: refused.strict.title, body: refused.strict[event.event === 'snooze-refused' ? 'snooze' : 'skip'] });
    if (event.reason === 'limit') notifier.notify(refused.limit);
  });
  const pressed = (action: ShortcutAction) => {
    const now = performance.now();
    const last = lastPress.get(action);
    lastPress.set(action, now);
    if (last !== undefined && now - last < REPEAT_MS) return;
    log.info(`Shortcut: ${action}`);
    pressing = true;
    try {
      run(shortcutCommand(action, engine.snapshot(), files.settings.value()));
    } finally {
      pressing = false;
    }
  };
  const bind = () => { shortcuts.bind(files.settings.value().shortcuts, pressed); };
  bind();
  settingsSaved.add(bind);
  app.on('will-quit', () => { shortcuts.release(); });
}
