// Main process entry: Limber starts in launch.ts and is wired in app.ts, so tests can start it against a fake Electron.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { startLimber } from './root/launch';
import { startLog, type LogWriter } from './log';
import { desktopNotifier } from './desktop/notifications';

const log = startLog();
const here = dirname(fileURLToPath(import.meta.url));
const toStderr: LogWriter = (level, message, date) => { process.stderr.write(`[${date.toISOString()}] [${level}] ${message}\n`); };
/**
 * The log file opens once Limber is up, or to say why it stopped; a start that only hands its arguments over writes
 * none. Without a file the log goes to stderr, so that nothing piles up waiting for one.
 */
async function openLogFile() {
  try {
    log.attach((await import('./storage/log-file')).openLogFile());
  } catch (error) {
    log.attach(toStderr);
    log.warn(`The log file could not be opened: ${String(error)}`);
  }
}

startLimber({
  log,
  rendererDir: join(here, '..', 'renderer'),
  preload: join(here, '..', 'preload', 'preload.cjs'),
  argv: process.argv,
  notifier: (onClick) => desktopNotifier({ log, onClick }),
  print: (text) => { process.stdout.write(text); },
  exit: (code) => { app.exit(code); },
}).then(
  async (limber) => { if (limber || log.keeping()) await openLogFile(); },
  async (error: unknown) => {
    // A half-started Limber would hold the single-instance lock with no tray: better to stop and say why.
    log.error(`Limber could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    await openLogFile();
    app.exit(1);
  },
);
