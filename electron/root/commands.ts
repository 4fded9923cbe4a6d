import { app } from 'electron';
import { NOTIFICATION_CLICK, OPENED_AGAIN, type Command } from '../../core/commands/command';
import { commandRouter, type RouterDeps } from '../../core/commands/router';
import type { Log } from '../log';
import type { Windows } from '../windows/windows';
import type { Launched } from './handover';
import type { Listeners } from './listeners';

export interface CommandsWiring extends Pick<RouterDeps, 'engine' | 'host'> {
  launched: Launched;
  notificationClicks: Listeners;
  windows: Pick<Windows, 'show'>;
  /** The query a window opens with: the update window names the version on offer, which its title says. */
  queryOf: (window: 'settings' | 'stats' | 'update') => string;
  log: Log;
}

/**
 * Every way of asking Limber from outside its windows goes to the one router: the tray, the command line Limber started
 * with and the arguments of later starts, a click on a notification, and macOS's activate; and global shortcuts, which
 * are wired with the router this returns.
 */
export function routeCommands({ launched, notificationClicks, engine, host, windows, queryOf, log }: CommandsWiring): (command: Command) => void {
  const run = commandRouter({ engine, host, open: (window) => { windows.show(window, queryOf(window)); }, quit: () => { app.quit(); } });
  launched.onTrayCommand(run);
  notificationClicks.add(() => { run(NOTIFICATION_CLICK); });
  // macOS starts no second process: opening Limber again activates this one, which has no Dock icon to click.
  app.on('activate', () => { run(OPENED_AGAIN); });
  const fromCommandLine = (command: Command) => {
    log.info(`Command line: ${JSON.stringify(command)}`);
    run(command);
  };
  if (launched.command) fromCommandLine(launched.command);
  launched.onCommand(fromCommandLine);
  return run;
}
