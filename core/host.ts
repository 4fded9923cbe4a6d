import { dueGuidance } from './history/check-ins';
import type { ExportResult, LimberBridge, SaveResult } from './contract';
import type { Engine } from './engine/engine';
import { dueBreak } from './engine/snapshot';
import { routineById } from './exercises/library';
import { nextRoutine } from './exercises/rotation';
import { exportedFile, type ExportedFile } from './history/export';
import type { History } from './history/records';
import type { CheckIn, RoutineReport } from './history/reports';
import type { BreakKind } from './kinds';
import { parseSettings, type Result } from './settings/parse';
import { SESSION_NOTES, type SessionNote } from './shell/session';
import type { Settings } from './settings/schema';
import { validationWords } from './words/validation';

/** Small things Limber remembers besides settings and history. */
export interface AppState {
  /** The last routine offered per kind, so routines take turns across breaks and restarts. */
  offered: Partial<Record<BreakKind, string>>;
  /** What has been said about sessions where something works differently: each note once, not at every login. */
  sessionNotes: SessionNote[];
  /** The day advice to see a professional was last given; it is given at most once a week. */
  guidanceGiven: string | null;
}
export const INITIAL_APP_STATE: AppState = { offered: {}, sessionNotes: [], guidanceGiven: null };
/** Before the notes, one flag said whether the clock note had been given. */
const LEGACY_CLOCK_FLAG = 'idleNoticeShown';

export interface HostDeps {
  engine: () => Promise<Pick<Engine, 'act' | 'snapshot' | 'updateSettings'>>;
  settings: { current(): Settings; save(settings: Settings): void };
  state: { current(): AppState; save(state: AppState): void };
  history: {
    current(): History;
    /** The day that counts as today (YYYY-MM-DD; days turn at 04:00). */
    today(): string;
    recordRoutine(report: RoutineReport): void;
    recordCheckIn(checkIn: CheckIn): void;
  };
  /** Puts the break screen up with this routine (a window in Limber, the page's route in the preview). */
  showBreak(routineId: string): void;
  /** Lets the user save an exported file (a save dialog in Limber, a download in the preview). */
  saveFile(file: ExportedFile): Promise<ExportResult>;
}

/** The bridge less what only a desktop window can do, which the shell adds per calling window. */
export type Host = Omit<LimberBridge, 'fitWindow' | 'whenShown' | 'busySignals' | 'onChange'> & {
  /** Chooses the routine a prompt for `kind` offers and remembers it: what offerRoutine answers. */
  offer(kind: BreakKind): string;
  offerAndStart(kind: BreakKind): Promise<void>;
  /** Starts the routine last offered for `kind` (the one a prompt named), or the next in turn if none was. */
  startOffered(kind: BreakKind): Promise<void>;
};

/** The routine a prompt for `kind` would offer now: the one chosen in the settings, or the next in turn. */
export const routineToOffer = (kind: BreakKind, settings: Settings, state: AppState): string => {
  const chosen = settings.routines[kind];
  return chosen === 'rotate' ? nextRoutine(kind, state.offered[kind] ?? null).id : chosen;
};

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The bridge's behaviour, written once for the main process and the browser preview. */
export function createHost(deps: HostDeps): Host {
  const offer = (kind: BreakKind) => {
    const settings = deps.settings.current();
    const state = deps.state.current();
    const routine = routineToOffer(kind, settings, state);
    if (settings.routines[kind] === 'rotate') deps.state.save({ ...state, offered: { ...state.offered, [kind]: routine } });
    return routine;
  };
  const startBreak = async (routineId: string) => {
    const routine = routineById(routineId);
    if (!routine) throw new Error(`no routine called "${routineId}"`);
    const engine = await deps.engine();
    // The break that is due counts as taken when its routine suits it; otherwise the routine's own kind starts.
    const due = dueBreak(engine.snapshot());
    const kind = due && routine.forKinds.includes(due.kind) ? due.kind : routine.forKinds[0] ?? 'long';
    engine.act({ action: 'start-break', kind });
    deps.showBreak(routine.id);
  };
  const apply = async (parsed: Result<Settings>): Promise<SaveResult> => {
    if (!parsed.ok) return parsed;
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
    startOffered: (kind) => startBreak(deps.state.current().offered[kind] ?? offer(kind)),
    recordRoutine: (report) => { deps.history.recordRoutine(report); return Promise.resolve(); },
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
    if (typeof id === 'string' && routineById(id)?.forKinds.includes(kind)) offered[kind] = id;
    else if (id !== undefined) problems.push(`offered.${kind} is not a ${kind}-break routine`);
  }
  const storedNotes = Array.isArray(stored.sessionNotes) ? stored.sessionNotes as unknown[] : [];
  if (stored.sessionNotes !== undefined && !Array.isArray(stored.sessionNotes)) problems.push('sessionNotes must be a list');
  const legacy = stored[LEGACY_CLOCK_FLAG];
  if (legacy !== undefined && typeof legacy !== 'boolean') problems.push(`${LEGACY_CLOCK_FLAG} must be true or false`);
  const notes = SESSION_NOTES.filter((note) => storedNotes.includes(note) || (note === 'clock' && legacy === true));
  const strange = storedNotes.filter((note) => !SESSION_NOTES.includes(note as SessionNote));
  if (strange.length > 0) problems.push(`sessionNotes has ${strange.map((note) => JSON.stringify(note)).join(', ')}, which Limber never says`);
  const given = stored.guidanceGiven;
  const validGiven = typeof given === 'string' && DAY.test(given);
  if (given !== undefined && given !== null && !validGiven) problems.push('guidanceGiven must be a day like 2026-11-21');
  return {
    value: { offered, sessionNotes: notes, guidanceGiven: validGiven ? given : null },
    problems,
  };
}
