import type { Command } from '../../core/commands/command';
import type { BusySignal } from '../busy/signal';
import type { Notifier } from '../desktop/notifications';
import type { LimberTray } from '../desktop/tray';
import type { UpdaterLike } from '../desktop/updater';
import type { Engine } from '../../core/engine/engine';
import type { Language } from '../../core/i18n/languages';
import type { Log } from '../log';

/** What main.ts gives Limber to start with. */
export interface LimberOptions {
  log: Log;
  /** Built renderer and preload, from `npm run build`. */
  rendererDir: string;
  preload: string;
  argv: readonly string[];
  notifier(onClick: () => void): Notifier;
  /** Where the second instance prints usage and errors; it exits with the code. */
  print(text: string): void;
  exit(code: number): void;
  /** Busy signals other than the platform's, for tests. */
  busySignals?: BusySignal[];
  /** electron-updater's updater, loaded on the first check; tests give a stand-in. */
  loadUpdater?: () => Promise<UpdaterLike>;
}

/** A started Limber. */
export interface Limber { engine: Engine }

/** What the launch hands to the rest of Limber: the command it started with, the tray, and commands that arrive. */
export interface Launched {
  /** What the command line asked; null for a plain start. */
  command: Command | null;
  /** The language spoken so far: the system's. */
  spoken: Language;
  tray: LimberTray;
  /** Runs commands from later starts of Limber, those that came while it was loading first. */
  onCommand(run: (command: Command) => void): void;
  onTrayCommand(run: (command: Command) => void): void;
}
