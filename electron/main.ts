// Main process entry: everything is wired in app.ts, so tests can start Limber against a fake Electron.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { rendererPaths, startLimber } from './app';
import { openLog } from './log';
import { desktopNotifier } from './notifications';

const log = openLog();
startLimber({
  log,
  ...rendererPaths(dirname(fileURLToPath(import.meta.url))),
  argv: process.argv,
  notifier: (onClick) => desktopNotifier({ log, onClick }),
  print: (text) => { process.stdout.write(text); },
  exit: (code) => { app.exit(code); },
}).catch((error: unknown) => {
  // A half-started Limber would hold the single-instance lock with no tray: better to stop and say why.
  log.error(`Limber could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  app.exit(1);
});
