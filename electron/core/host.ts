import type { LimberBridge, RoutineReport } from './contract';
import type { Engine } from './engine/engine';
import { dueBreak } from './engine/snapshot';
import type { BreakKind } from './engine/types';
import { routineById } from './exercises/library';
import { nextRoutine } from './exercises/rotation';
import { parseSettings } from './settings/parse';
import type { Settings } from './settings/schema';

/** Small things Limber remembers besides settings: the mute switch, the last routine offered per kind, notices given. */
export interface AppState {
  muted: boolean;
  offered: Partial<Record<BreakKind, string>>;
  /** The "no idle time in this session" notice is given once, not at every login. */
  idleNoticeShown: boolean;
}
export const INITIAL_APP_STATE: AppState = { muted: false, offered: {}, idleNoticeShown: false };

export interface HostDeps {
  engine: () => Promise<Pick<Engine, 'act' | 'snapshot' | 'updateSettings'>>;
  settings: { current(): Settings; save(settings: Settings): void };
  state: { current(): AppState; save(state: AppState): void };
  recordRoutine(report: RoutineReport): void;
  /** Puts the break screen up with this routine (a window in Limber, the page's route in the preview). */
  showBreak(routineId: string): void;
}

export type Host = LimberBridge & {
  offerAndStart(kind: BreakKind): Promise<void>;
  /** Starts the routine last offered for `kind` (the one a prompt named), or the next in turn if none was. */
  startOffered(kind: BreakKind): Promise<void>;
};

/** The bridge's behaviour, written once for the main process and the browser preview. */
export function createHost(deps: HostDeps): Host {
  const offer = (kind: BreakKind) => {
    const state = deps.state.current();
    const routine = nextRoutine(kind, state.offered[kind] ?? null);
    deps.state.save({ ...state, offered: { ...state.offered, [kind]: routine.id } });
    return routine.id;
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
  return {
    status: async () => {
      const { strict, snooze } = deps.settings.current();
      return { snapshot: (await deps.engine()).snapshot(), strict, snoozeMinutes: snooze.minutes };
    },
    act: async (action) => { (await deps.engine()).act(action); },
    startBreak,
    offerAndStart: (kind) => startBreak(offer(kind)),
    startOffered: (kind) => startBreak(deps.state.current().offered[kind] ?? offer(kind)),
    recordRoutine: (report) => { deps.recordRoutine(report); return Promise.resolve(); },
    offerRoutine: (kind) => Promise.resolve(offer(kind)),
    muted: () => Promise.resolve(deps.state.current().muted),
    setMuted: (muted) => { deps.state.save({ ...deps.state.current(), muted }); return Promise.resolve(); },
    settings: () => Promise.resolve(deps.settings.current()),
    saveSettings: async (patch) => {
      const parsed = parseSettings(patch, deps.settings.current());
      if (!parsed.ok) return parsed;
      try {
        deps.settings.save(parsed.value);
      } catch (error) {
        return { ok: false, errors: [`the settings could not be saved: ${error instanceof Error ? error.message : String(error)}`] };
      }
      (await deps.engine()).updateSettings(parsed.value);
      return { ok: true, settings: parsed.value };
    },
  };
}

/** Reads the stored app state, keeping what is valid. */
export function salvageAppState(raw: unknown): { value: AppState; problems: string[] } {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const flag = (key: 'muted' | 'idleNoticeShown') => {
    if (key in stored && typeof stored[key] !== 'boolean') problems.push(`${key} must be true or false`);
    return typeof stored[key] === 'boolean' ? stored[key] : INITIAL_APP_STATE[key];
  };
  const unknown = Object.keys(stored).filter((key) => !(key in INITIAL_APP_STATE));
  if (unknown.length > 0) problems.push(`unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  const offered: AppState['offered'] = {};
  const storedOffered = typeof stored.offered === 'object' && stored.offered !== null ? stored.offered as Record<string, unknown> : {};
  for (const kind of ['long', 'micro'] as const) {
    const id = storedOffered[kind];
    if (typeof id === 'string' && routineById(id)?.forKinds.includes(kind)) offered[kind] = id;
    else if (id !== undefined) problems.push(`offered.${kind} is not a ${kind}-break routine`);
  }
  return { value: { muted: flag('muted'), offered, idleNoticeShown: flag('idleNoticeShown') }, problems };
}
