import { dueGuidance } from './history/check-ins';
import type { LimberBridge, SaveResult } from './contract';
import type { Engine } from './engine/engine';
import { dueBreak } from './engine/snapshot';
import type { Catalogue } from './exercises/catalogue';
import { POSTURE_CUE } from './exercises/fit';
import { kebabIdSchema } from './exercises/schema';
import { exportedFile } from './history/export';
import type { History } from './history/records';
import type { CheckIn, RoutineReport } from './history/reports';
import { BREAK_KINDS, type BreakKind } from './kinds';
import { pinProblems, routinesHost, routineToOffer, type RoutinesDeps } from './host-routines';
import { parseSettings, type Result } from './settings/parse';
import { SESSION_NOTES, type SessionNote } from './shell/session';
import type { Settings } from './settings/schema';
import { routinesWords } from './words/routines';
import { validationWords } from './words/validation';
import { reason } from './reason';
import { NO_UPDATE_MEMORY, updateMemorySchema, type UpdateMemory } from './updates/schedule';

/** Small things Limber remembers besides settings and history. */
export interface AppState {
  /** The last routine offered per kind, so routines take turns across breaks and restarts. */
  offered: Partial<Record<BreakKind, string>>;
  /** What has been said about sessions where something works differently: each note once, not at every login. */
  sessionNotes: SessionNote[];
  /** The day advice to see a professional was last given; it is given at most once a week. */
  guidanceGiven: string | null;
  /** The exercises done lately, oldest first, so that rotation prefers others. */
  recent: string[];
  /** Update checks: when the last was, a failure told, the version that ran last. */
  updates: UpdateMemory;
}
export const INITIAL_APP_STATE: AppState = { offered: {}, sessionNotes: [], guidanceGiven: null, recent: [], updates: NO_UPDATE_MEMORY };
/** How many of the exercises done last the state keeps. */
const RECENT_KEPT = 24;
/** Before the notes, one flag said whether the clock note had been given. */
const LEGACY_CLOCK_FLAG = 'idleNoticeShown';

export interface HostDeps extends RoutinesDeps {
  engine: () => Promise<Pick<Engine, 'act' | 'snapshot' | 'updateSettings'>>;
  state: { current(): AppState; save(state: AppState): void };
  history: RoutinesDeps['history'] & {
    current(): History;
    /** The day that counts as today (YYYY-MM-DD; days turn at 04:00). */
    today(): string;
    recordRoutine(report: RoutineReport): void;
    recordCheckIn(checkIn: CheckIn): void;
  };
  /**
   * Puts the break screen up with this routine, fitted to a break of `kind` (a window in Limber, the page's route in
   * the preview).
   */
  showBreak(routineId: string, kind: BreakKind): void;
}

/** The bridge less what only a desktop window can do, which the shell adds per calling window. */
export type Host = Omit<LimberBridge, 'fitWindow' | 'whenShown' | 'busySignals' | 'shortcuts' | 'holdShortcuts' | 'update' | 'updateStep' | 'onChange' | 'language' | 'onLanguage'> & {
  /** Chooses the routine a prompt for `kind` offers and remembers it: what offerRoutine answers. */
  offer(kind: BreakKind): string;
  offerAndStart(kind: BreakKind): Promise<void>;
  /** Starts the routine last offered for `kind` (the one a prompt named), or the next in turn if none was. */
  startOffered(kind: BreakKind): Promise<void>;
  /** The library's routines and the user's own as they stand, a left-out change the disk refused included. */
  catalogue(): Catalogue;
};

/** The bridge's behaviour, written once for the main process and the browser preview. */
export function createHost(deps: HostDeps): Host {
  const routines = routinesHost(deps);
  const offer = (kind: BreakKind) => {
    const settings = deps.settings.current();
    const state = deps.state.current();
    const routine = routineToOffer(kind, settings, state, routines.catalogue());
    // Kept even for a pinned routine: what a prompt named is what its Start, in the tray or a notification, starts.
    if (state.offered[kind] !== routine) deps.state.save({ ...state, offered: { ...state.offered, [kind]: routine } });
    return routine;
  };
  const startBreak = async (routineId: string) => {
    // The posture cue is for whichever break is due: it is what a break too short for any routine runs.
    const forKinds: readonly BreakKind[] | undefined = routineId === POSTURE_CUE ? BREAK_KINDS : routines.catalogue().routine(routineId)?.forKinds;
    if (!forKinds) throw new Error(routinesWords.problems.noRoutine(routineId));
    const engine = await deps.engine();
    // The break that is due counts as taken when its routine suits it; otherwise the routine's own kind starts, the
    // long one if it has both, so that a routine tried from the settings or the tray is cut short as little as can be.
    const due = dueBreak(engine.snapshot());
    const kind = due && forKinds.includes(due.kind) ? due.kind : forKinds.includes('long') ? 'long' : forKinds[0] ?? 'long';
    engine.act({ action: 'start-break', kind });
    deps.showBreak(routineId, kind);
  };
  const apply = async (parsed: Result<Settings>): Promise<SaveResult> => {
    if (!parsed.ok) return parsed;
    const pins = pinProblems(parsed.value, routines.catalogue(), deps.settings.current().routines);
    if (pins.length > 0) return { ok: false, errors: pins };
    try {
      deps.settings.save(parsed.value);
    } catch (error) {
      return { ok: false, errors: [validationWords.notSaved(reason(error))] };
    }
    (await deps.engine()).updateSettings(parsed.value);
    return { ok: true, settings: parsed.value };
  };
  const saveSettings = (patch: unknown) => apply(parseSettings(patch, deps.settings.current()));
  return {
    status: async () => {
      const { strict, snooze } = deps.settings.current();
      return { snapshot: (await deps.engine()).snapshot(), strict, snoozeMinutes: snooze.minutes };
    },
    act: async (action) => { (await deps.engine()).act(action); },
    startBreak,
    offer,
    offerAndStart: (kind) => startBreak(offer(kind)),
    startOffered: (kind) => {
      // The routine a prompt named may have gone since (an own routine deleted): the next in turn starts instead.
      const offered = deps.state.current().offered[kind];
      const known = offered !== undefined && (offered === POSTURE_CUE || routines.catalogue().routine(offered) !== undefined);
      return startBreak(known ? offered : offer(kind));
    },
    recordRoutine: (report) => {
      // A page may name only exercises Limber knows: nothing else reaches the history or the state.
      const catalogue = routines.catalogue();
      const exercisesDone = report.exercisesDone.filter((id) => catalogue.exercise(id));
      deps.history.recordRoutine({ ...report, exercisesDone });
      const state = deps.state.current();
      deps.state.save({ ...state, recent: [...state.recent, ...exercisesDone].slice(-RECENT_KEPT) });
      if (report.outcome === 'hurt' && report.hurtExercise) routines.leaveOut(report.hurtExercise);
      return Promise.resolve();
    },
    offerRoutine: (kind) => Promise.resolve(offer(kind)),
    settings: () => Promise.resolve(deps.settings.current()),
    saveSettings,
    importSettings: (text) => {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        return Promise.resolve({ ok: false, errors: [validationWords.notJson(reason(error))] });
      }
      return apply(parseSettings(raw, deps.settings.current()));
    },
    exportFile: async (kind) => {
      try {
        return await deps.saveFile(exportedFile(kind, deps.settings.current(), deps.history.current(), deps.history.today()));
      } catch (error) {
        return { ok: false, cancelled: false, error: reason(error) };
      }
    },
    catalogue: routines.catalogue,
    routines: routines.routines,
    saveRoutines: routines.saveRoutines,
    bringBack: routines.bringBack,
    importRoutine: routines.importRoutine,
    exportRoutine: routines.exportRoutine,
    history: () => Promise.resolve({ days: deps.history.current().days, today: deps.history.today() }),
    recordCheckIn: (checkIn) => { deps.history.recordCheckIn(checkIn); return Promise.resolve(); },
    takeGuidance: () => {
      const today = deps.history.today();
      const state = deps.state.current();
      const guidance = dueGuidance(deps.history.current().days, today, state.guidanceGiven);
      if (guidance) deps.state.save({ ...state, guidanceGiven: today });
      return Promise.resolve(guidance);
    },
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the stored app state, keeping what is valid. */
export function salvageAppState(raw: unknown): { value: AppState; problems: string[] } {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const unknown = Object.keys(stored).filter((key) => !(key in INITIAL_APP_STATE) && key !== LEGACY_CLOCK_FLAG);
  if (unknown.length > 0) problems.push(`unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  const offered: AppState['offered'] = {};
  const storedOffered = typeof stored.offered === 'object' && stored.offered !== null ? stored.offered as Record<string, unknown> : {};
  for (const kind of ['long', 'micro'] as const) {
    const id = storedOffered[kind];
    // Whether it is still a routine of that kind is for rotation to see: an own routine may have gone since.
    if (kebabIdSchema.safeParse(id).success) offered[kind] = id as string;
    else if (id !== undefined) problems.push(`offered.${kind} is not a routine's id`);
  }
  const storedNotes = Array.isArray(stored.sessionNotes) ? stored.sessionNotes as unknown[] : [];
  if (stored.sessionNotes !== undefined && !Array.isArray(stored.sessionNotes)) problems.push('sessionNotes must be a list');
  const legacy = stored[LEGACY_CLOCK_FLAG];
  if (legacy !== undefined && typeof legacy !== 'boolean') problems.push(`${LEGACY_CLOCK_FLAG} must be true or false`);
  const notes = SESSION_NOTES.filter((note) => storedNotes.includes(note) || (note === 'clock' && legacy === true));
  const strange = storedNotes.filter((note) => !SESSION_NOTES.includes(note as SessionNote));
  if (strange.length > 0) problems.push(`sessionNotes has ${strange.map((note) => JSON.stringify(note)).join(', ')}, which Limber never says`);
  const recent = Array.isArray(stored.recent) ? stored.recent.filter((id) => kebabIdSchema.safeParse(id).success) as string[] : [];
  if (stored.recent !== undefined && (!Array.isArray(stored.recent) || recent.length !== stored.recent.length)) problems.push('recent must be a list of exercise ids');
  const given = stored.guidanceGiven;
  const validGiven = typeof given === 'string' && DAY.test(given);
  if (given !== undefined && given !== null && !validGiven) problems.push('guidanceGiven must be a day like 2026-11-21');
  const updates = updateMemorySchema.safeParse(stored.updates ?? NO_UPDATE_MEMORY);
  if (!updates.success) problems.push('updates is not what Limber writes there: its checks start afresh');
  return {
    value: {
      offered, sessionNotes: notes, guidanceGiven: validGiven ? given : null, recent: recent.slice(-RECENT_KEPT),
      updates: updates.success ? updates.data : NO_UPDATE_MEMORY,
    },
    problems,
  };
}
