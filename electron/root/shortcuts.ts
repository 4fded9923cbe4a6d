import { app } from 'electron';
import type { Command } from '../../core/commands/command';
import type { Engine } from '../../core/engine/engine';
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
  files: Pick<LimberFiles, 'settings'>;
  notifier: Pick<Notifier, 'notify'>;
  settingsSaved: Listeners;
  log: Log;
}

/**
 * Global shortcuts as the settings choose them, from now until Limber quits: a press goes to the command router, as
 * the things it stands for do from the tray; one that strict mode refuses says so in a notification.
 */
export function followShortcuts({ shortcuts, engine, files, notifier, settingsSaved, log }: ShortcutsWiring, run: (command: Command) => void) {
  const pressed = (action: ShortcutAction) => {
    const command = shortcutCommand(action, engine.snapshot(), files.settings.value());
    log.info(`Shortcut: ${action}`);
    if ('refused' in command) notifier.notify({ title: shortcutsWords.strict.title, body: shortcutsWords.strict[command.refused] });
    else run(command);
  };
  const bind = () => { shortcuts.bind(files.settings.value().shortcuts, pressed); };
  bind();
  settingsSaved.add(bind);
  app.on('will-quit', () => { shortcuts.release(); });
}
