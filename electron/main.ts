// Main process entry: Limber starts in launch.ts and is wired in app.ts, so tests can start it against a fake Electron.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { startLimber } from './launch';
import { openLog } from './log';
import { desktopNotifier } from './notifications';

const log = openLog();
const here = dirname(fileURLToPath(import.meta.url));
startLimber({
  log,
  rendererDir: join(here, '..', 'renderer'),
  preload: join(here, '..', 'preload', 'preload.cjs'),
  argv: process.argv,
  notifier: (onClick) => desktopNotifier({ log, onClick }),
  print: (text) => { process.stdout.write(text); },
  exit: (code) => { app.exit(code); },
}).catch((error: unknown) => {
  // A half-started Limber would hold the single-instance lock with no tray: better to stop and say why.
  log.error(`Limber could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  app.exit(1);
});
