import { app, globalShortcut } from 'electron';
import { globalShortcutsWork } from '../../core/shell/session';
import { globalShortcuts } from '../desktop/shortcuts';
import { keepAutostart } from './autostart';
import { serveBridges } from './bridge';
import { routeCommands } from './commands';
import { checkDesktopSession } from './desktop-session';
import { startEngine } from './engine';
import { openFiles } from './files';
import type { Launched, Limber, LimberOptions } from './handover';
import { hostFor } from './host';
import { speakChosenLanguage } from './language';
import { listeners } from './listeners';
import { announceBreaks, warmWindows } from './prompts';
import { stopOnQuit } from './quit';
import { followState } from './view';
import { followShortcuts } from './shortcuts';
import { followUpdates } from './updates';
import { openWindows } from './windows';

/**
 * The composition root: each feature is wired in its own module, after what it needs. What reports to a feature wired
 * later (the engine's steps, a notification's click, a window the user closed) reaches it through listeners it adds.
 */
export async function wireLimber(options: LimberOptions, launched: Launched): Promise<Limber> {
  const { log } = options;
  const notificationClicks = listeners();
  const notifier = options.notifier(notificationClicks.emit);
  const files = openFiles(app.getPath('userData'), log, notifier);
  const language = await speakChosenLanguage({ files, preferred: () => app.getPreferredSystemLanguages(), spoken: launched.spoken, log });
  const followAutostart = keepAutostart(log, files.firstStart, files.settings.value().startAtLogin);
  const { session, idle } = await checkDesktopSession(options.argv, log, notifier, files);

  const { engine, power, busy, events, steps } = startEngine({
    log, settings: files.settings.value(), idle, history: files.history, busySignals: options.busySignals,
  });
  const quitting = stopOnQuit({ engine, power, busy, idle, files, notifier, log });
  const { windows, closedByUser } = openWindows({ ...options, session, engine, quitting, files });
  const ownChanges = listeners();
  const settingsSaved = listeners();
  const host = hostFor({ engine, files, followAutostart, windows, ownChanged: ownChanges.emit, settingsSaved: settingsSaved.emit });
  const shortcuts = globalShortcuts(globalShortcut, globalShortcutsWork(session), log);
  const offerChanged = listeners();
  const updates = followUpdates({ files, notifier, windows, settingsSaved, log, loadUpdater: options.loadUpdater }, offerChanged.emit);
  serveBridges(host, windows, { busySignals: busy.statuses, shortcuts, updates, language: language.current }, log);

  const warm = warmWindows({ session, files, engine, windows, closedByUser, host });
  events.add((event) => { files.history.onEvent(event); });
  events.add(announceBreaks({ session, files, engine, warm, notifier, log }));
  const showState = followState({
    engine, files, warm, windows, tray: launched.tray, log, catalogue: () => host.catalogue(), updateOffer: updates.offer,
  });
  steps.add(showState);
  language.follow(settingsSaved, windows, showState);
  offerChanged.add(showState);
  // The tray's Take a break now lists the user's own routines, less those with every exercise left out.
  ownChanges.add(showState);
  steps.add(() => { files.engineState.stepped(engine); });

  // Last, once everything it may call on exists: the state taken up can make a break due at once.
  files.history.begin(files.engineState.restore(engine));
  power.startLocked(engine.snapshot().locked);
  showState();
  if (files.firstStart) windows.show('welcome');
  updates.greet();
  const run = routeCommands({ launched, notificationClicks, engine, host, windows, queryOf: (window) => (window === 'update' ? updates.query() : ''), log });
  followShortcuts({ shortcuts, engine, events, files, notifier, settingsSaved, log }, run);
  return { engine };
}
