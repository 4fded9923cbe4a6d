// Main process entry: everything is wired in app.ts so tests can start it against a fake Electron.
import { startLimber } from './app';

void startLimber();
