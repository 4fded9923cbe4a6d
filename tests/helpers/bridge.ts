import type { SignalName, SignalStatus } from '../../core/busy';
import type { ContentSize, ExportKind, HistoryView, LimberBridge, PromptStatus, ShortcutStatus } from '../../core/contract';
import { catalogueOf } from '../../core/exercises/catalogue';
import { EMPTY_OWN, type OwnContent } from '../../core/exercises/own';
import { checkOwn } from '../../core/exercises/own-check';
import { importRoutineFile } from '../../core/exercises/routine-file';
import type { Guidance } from '../../core/history/check-ins';
import type { UserAction } from '../../core/engine/types';
import type { CheckIn, RoutineReport } from '../../core/history/reports';
import type { Language } from '../../core/i18n/languages';
import { parseSettings } from '../../core/settings/parse';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import type { UpdateStep, UpdateView } from '../../core/updates/offer';

interface Seed {
  status?: Partial<PromptStatus>;
  /** Settles when the page's window is on screen; by default it already is. */
  shown?: Promise<void>;
  settings?: Settings;
  history?: HistoryView;
  guidance?: Guidance | null;
  busySignals?: Record<SignalName, SignalStatus>;
  shortcuts?: ShortcutStatus;
  /** The user's own routines and exercises, and what is left out. */
  own?: OwnContent;
  /** What the update window shows; by default Limber 0.1.0, which can install, with nothing on offer. */
  update?: UpdateView;
  /** The language main says the pages speak; English by default. */
  language?: Language;
}

export const NO_UPDATE: UpdateView = { current: '0.1.0', canInstall: true, offer: null, whatsNew: null };

const READABLE = { readable: true, via: 'a test double' } as const;

/** A bridge that records what the renderer asks of it, for component tests. Settings are validated as in Limber. */
export function recordingBridge(seed: Seed = {}) {
  const calls = {
    actions: [] as UserAction[], started: [] as string[], reports: [] as RoutineReport[],
    saved: [] as unknown[], imported: [] as string[], exported: [] as ExportKind[], checkIns: [] as CheckIn[], guidanceTaken: 0,
    fits: [] as ContentSize[], holds: [] as boolean[], exportedRoutines: [] as string[], broughtBack: [] as string[],
    updateSteps: [] as UpdateStep[],
  };
  let update = seed.update ?? NO_UPDATE;
  let own = seed.own ?? EMPTY_OWN;
  let settings = seed.settings ?? DEFAULT_SETTINGS;
  const shown = seed.shown ?? Promise.resolve();
  const save = (raw: unknown, base: Settings) => {
    const parsed = parseSettings(raw, base);
    if (!parsed.ok) return Promise.resolve(parsed);
    settings = parsed.value;
    return Promise.resolve({ ok: true as const, settings });
  };
  const listeners = new Set<() => void>();
  const languageListeners = new Set<() => void>();
  let language = seed.language ?? 'en';
  const bridge: LimberBridge = {
    status: () => Promise.resolve({
      strict: false, snoozeMinutes: DEFAULT_SETTINGS.snooze.minutes,
      snapshot: {
        sittingSeconds: 2820, longestSittingSeconds: 2820, totalSittingSeconds: 2820, settled: { totalSeconds: 2820, streakSeconds: 2820, longestSeconds: 2820 }, nextBreak: { kind: 'long', inSeconds: 0 },
        pending: { kind: 'long', phase: 'due' }, snoozesLeft: 2, breakInProgress: null, held: null, paused: null, reading: null,
        away: false, locked: false, suspended: false, workingTime: true,
      },
      ...seed.status,
    }),
    act: (action) => { calls.actions.push(action); return Promise.resolve(); },
    startBreak: (routineId) => { calls.started.push(routineId); return Promise.resolve(); },
    recordRoutine: (report) => { calls.reports.push(report); return Promise.resolve(); },
    offerRoutine: (kind) => Promise.resolve(kind === 'long' ? 'lower-back-reset' : 'posture-reset'),
    settings: () => Promise.resolve(settings),
    saveSettings: (patch) => { calls.saved.push(patch); return save(patch, settings); },
    importSettings: (text) => {
      calls.imported.push(text);
      try {
        return save(JSON.parse(text), settings);
      } catch {
        return Promise.resolve({ ok: false, errors: ['the file is not JSON'] });
      }
    },
    exportFile: (kind) => { calls.exported.push(kind); return Promise.resolve({ ok: true, savedAs: `limber-${kind}` }); },
    routines: () => Promise.resolve(own),
    saveRoutines: (edit) => {
      // As the host does: checked whole, and what is left out is kept for the exercises that still exist.
      const checked = checkOwn({ ...edit, leftOut: [] });
      if (!checked.ok) return Promise.resolve(checked);
      const kept = catalogueOf(checked.value);
      own = { ...checked.value, leftOut: own.leftOut.filter((entry) => kept.exercise(entry.exercise)) };
      return Promise.resolve({ ok: true, own });
    },
    bringBack: (exerciseId) => {
      calls.broughtBack.push(exerciseId);
      own = { ...own, leftOut: own.leftOut.filter((entry) => entry.exercise !== exerciseId) };
      return Promise.resolve(own);
    },
    importRoutine: (text) => {
      calls.imported.push(text);
      const imported = importRoutineFile(text, own);
      if (!imported.ok) return Promise.resolve(imported);
      own = imported.value.own;
      return Promise.resolve({ ok: true, own, routine: imported.value.routine });
    },
    exportRoutine: (routineId) => { calls.exportedRoutines.push(routineId); return Promise.resolve({ ok: true, savedAs: `${routineId}.limber-routine.json` }); },
    history: () => Promise.resolve(seed.history ?? { days: {}, today: '2026-11-21' }),
    recordCheckIn: (checkIn) => { calls.checkIns.push(checkIn); return Promise.resolve(); },
    takeGuidance: () => { calls.guidanceTaken++; return Promise.resolve(seed.guidance ?? null); },
    fitWindow: (size) => { calls.fits.push(size); return Promise.resolve(null); },
    whenShown: () => shown,
    shortcuts: () => Promise.resolve(seed.shortcuts ?? { available: true, partly: false, taken: [] }),
    holdShortcuts: (held) => { calls.holds.push(held); return Promise.resolve(); },
    busySignals: () => Promise.resolve(seed.busySignals ?? { call: READABLE, fullscreen: READABLE, dnd: READABLE, media: READABLE }),
    update: () => Promise.resolve(update),
    updateStep: (step) => { calls.updateSteps.push(step); return Promise.resolve(); },
    onChange: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    language: () => Promise.resolve({ spoken: language, system: 'en' as const }),
    onLanguage: (listener) => {
      languageListeners.add(listener);
      return () => { languageListeners.delete(listener); };
    },
  };
  /** Tells the page, as main does, that what the statistics or the update window show has changed. */
  const change = () => { for (const listener of listeners) listener(); };
  /** A new update view (an offer, a download's progress), and the word to the page that it has changed. */
  const changeUpdate = (next: UpdateView) => {
    update = next;
    change();
  };
  /** Another language, and the word to the page that it has changed, as main gives it to every window. */
  const changeLanguage = (next: Language) => {
    language = next;
    for (const listener of languageListeners) listener();
  };
  return { bridge, calls, changeLanguage, settings: () => settings, own: () => own, change, changeUpdate, listening: () => listeners.size };
}
