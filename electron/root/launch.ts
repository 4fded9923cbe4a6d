import { app, protocol } from 'electron';
import { removeDefaultMenu } from '../windows/app-menu';
import { registerAppScheme } from '../windows/app-protocol';
import type { Limber, LimberOptions } from './handover';
import { parseCommandLine, splitArguments, usage, userArguments } from '../../core/cli';
import { OPENED_AGAIN, type Command } from '../../core/commands/command';
import { commandLineWords } from '../../core/words/command-line';
import { systemLanguage } from '../../core/i18n/languages';
import { speakWith } from '../../core/i18n/speak';
import { speakerOf } from '../../i18n/speakers';
import { lockDownPages } from '../windows/security';
import { createTray } from '../desktop/tray';
import { listeners } from './listeners';

/**
 * How long the icon has the main thread to itself before the rest of Limber loads. Putting an icon in a tray takes
 * some 200 ms of asynchronous steps on that thread (asking D-Bus for a StatusNotifier host, else an XEmbed window
 * docked and painted); loading and wiring the rest right after the icon held it back by 100-150 ms here.
 */
export const TRAY_FIRST_MS = 250;

/** Windows shows a notification under the app whose id it carries: the installer's (electron-builder.yml's appId). */
export const APP_ID = 'app.limber.desktop';

/** Commands from second instances: kept while Limber is still loading, run in order once it can run them. */
function laterCommands() {
  const waiting: Command[] = [];
  let runner: ((command: Command) => void) | null = null;
  return {
    arrived: (command: Command) => {
      if (runner) runner(command);
      else waiting.push(command);
    },
    run: (run: (command: Command) => void) => {
      runner = run;
      for (const command of waiting.splice(0)) run(command);
    },
  };
}

/**
 * Starts Limber the way a bare tray app starts: the command line, the single-instance lock, then the tray icon as
 * soon as Electron is ready. Everything else (stores, engine, windows) loads only then, from its own chunk: loaded
 * before `ready`, its 85 ms of compiling held Electron's start back by as much.
 */
export async function startLimber(options: LimberOptions): Promise<Limber | null> {
  const { log } = options;
  // What Electron takes only before it is ready comes first: it can become ready at the first await.
  registerAppScheme(protocol);
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  lockDownPages(app, log);
  removeDefaultMenu();
  // The command line speaks the system's language, as terminal programs do; the settings choose for the rest.
  const spoken = systemLanguage(app.getPreferredSystemLanguages());
  speakWith(await speakerOf(spoken));
  const { ours: args, ignored } = splitArguments(userArguments(options.argv, app.isPackaged));
  const parsed = parseCommandLine(args);
  if (!parsed.ok || 'help' in parsed) {
    options.print(parsed.ok ? usage() : commandLineWords.printed(parsed.error));
    options.exit(parsed.ok ? 0 : 2);
    return null;
  }
  const notOurs = ignored.length > 0 ? commandLineWords.ignored(ignored) : null;
  // The running Limber gets these arguments, already checked here, and checks them again.
  if (!app.requestSingleInstanceLock({ args }) || parsed.command?.do === 'quit') {
    if (notOurs) options.print(commandLineWords.printed(notOurs));
    app.quit();
    return null;
  }
  if (notOurs) log.warn(`Command line: ${notOurs}`);
  const commands = laterCommands();
  app.on('second-instance', (_event, _argv, _cwd, data) => {
    const args = (data as { args?: unknown } | null)?.args;
    const again = Array.isArray(args) && args.every((arg) => typeof arg === 'string')
      ? parseCommandLine(args)
      : { ok: false as const, error: 'no list of arguments' };
    if (!again.ok) log.warn(`Second instance sent arguments that do not parse: ${again.error}`);
    else if (!('help' in again)) commands.arrived(again.command ?? OPENED_AGAIN);
  });
  // Closing the last window leaves Limber in the tray.
  app.on('window-all-closed', () => undefined);
  await app.whenReady();
  app.dock?.hide();
  // Until Limber is wired, a right click finds no menu yet and a left click does nothing.
  const trayCommands = listeners<[Command]>();
  const tray = createTray(trayCommands.emit);
  await new Promise((resolve) => setTimeout(resolve, TRAY_FIRST_MS));
  const { wireLimber } = await import('./app');
  return wireLimber(options, {
    command: parsed.command,
    spoken,
    tray,
    onCommand: commands.run,
    onTrayCommand: trayCommands.add,
  });
}
