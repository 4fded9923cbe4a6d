// Main process entry: everything is wired in app.ts, so tests can start Limber against a fake Electron.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { rendererPaths, startLimber } from './app';
import { openLog } from './log';
import { desktopNotifier } from './notifications';

const log = openLog();
void startLimber({
  log,
  ...rendererPaths(dirname(fileURLToPath(import.meta.url))),
  argv: process.argv,
  notifier: (onClick) => desktopNotifier({ log, onClick }),
  print: (text) => { process.stdout.write(text); },
  exit: (code) => { app.exit(code); },
});
