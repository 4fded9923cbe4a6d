import { encodeHistory } from '../../core/history/codec';
import { salvageHistory } from '../../core/history/history';
import { createHistoryRecorder } from '../../core/history/recorder';
import { salvageAppState, type AppState } from '../../core/host';
import { OWN_VERSION, type OwnContent } from '../../core/exercises/own';
import { salvageOwn } from '../../core/exercises/own-check';
import { salvageSettings } from '../../core/settings/parse';
import { notificationsWords, type LimberFile } from '../../core/words/notifications';
import type { Notifier } from '../desktop/notifications';
import type { Log } from '../log';
import { keepEngineState } from '../storage/engine-state';
import { saveTroubles } from '../storage/save-troubles';
import { openDocument, type Document } from '../storage/store';
import { localUtcOffset, systemClock } from '../system/clock';
import { readMachineTime } from '../system/machine-time';

/**
 * Saves, and goes on when the disk refuses: the save troubles (save-troubles.ts) have reported it once, the value
 * stays in memory, and the next save writes it whole.
 */
function saveOrGoOn<T>(save: (value: T) => void, value: T): void {
  try {
    save(value);
  } catch {
    // Reported by the save troubles.
  }
}

/** Tells the user of each file that could not be read as it was: repaired, or from a newer Limber and left as it is. */
function reportDamage(notifier: Pick<Notifier, 'notify'>, log: Log, files: Record<LimberFile, Pick<Document<unknown>, 'problem'>>) {
  for (const [name, { problem }] of Object.entries(files) as [LimberFile, Pick<Document<unknown>, 'problem'>][]) {
    if (!problem) continue;
    const problems = problem.problems.join('; ');
    if (problem.newer) {
      log.warn(`The ${name} file comes from a newer Limber (${problems}): it is read for what this one understands and left unchanged.`);
      notifier.notify(notificationsWords.files.fromNewerVersion(name));
      continue;
    }
    log.warn(`The ${name} file had problems (${problems}). ${problem.keptAs ? `The original is kept beside it as ${problem.keptAs}.` : 'The file is left untouched.'}`);
    notifier.notify(notificationsWords.files.repaired(name, problem.keptAs));
  }
}

/**
 * Limber's files in its user-data folder: the settings, the small app state, the history, the user's own routines and
 * exercises (routines.json) and the engine's state, each read for what it holds, with the user told of any damage,
 * and saved with failures reported. On a first start the default settings are written at once.
 */
export function openFiles(dir: string, log: Log, notifier: Pick<Notifier, 'notify'>) {
  const settings = openDocument(dir, 'config', salvageSettings);
  const state = openDocument(dir, 'state', salvageAppState);
  const history = openDocument(dir, 'history', salvageHistory, { encode: encodeHistory, compact: true });
  const own = openDocument(dir, 'routines', salvageOwn, { encode: (value: OwnContent) => ({ version: OWN_VERSION, ...value }), compact: false });
  const troubles = saveTroubles(log, (text) => { notifier.notify(text); });
  const engineState = keepEngineState(dir, {
    machine: readMachineTime, log, notify: (text) => { notifier.notify(text); }, reporting: (save) => troubles.watch('engine', save),
  });
  reportDamage(notifier, log, { settings, state, history, routines: own, engine: engineState.file });
  /** Saves the settings; a failure is reported, and thrown for the settings page to show. */
  const saveSettings = troubles.watch('settings', settings.save);
  const saveState = troubles.watch('state', state.save);
  /** Saves the user's own routines and exercises; a failure is reported, and thrown for the settings page to show. */
  const saveOwn = troubles.watch('routines', own.save);
  // The defaults stay in memory if the disk refuses them, and the welcome window asks again.
  if (!settings.existed) saveOrGoOn(saveSettings, settings.value());
  return {
    settings,
    state,
    engineState,
    firstStart: !settings.existed,
    saveSettings,
    saveState: (value: AppState) => { saveOrGoOn(saveState, value); },
    own,
    saveOwn,
    /** The history as it is recorded: the days in memory, written as they change. */
    history: createHistoryRecorder({
      initial: history.value(), save: troubles.watch('history', history.save), utcOffset: localUtcOffset, now: () => systemClock.now(),
    }),
  };
}

export type LimberFiles = ReturnType<typeof openFiles>;
