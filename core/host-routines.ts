import type { ExportResult, ImportRoutineResult, OwnEdit, OwnSaveResult } from './contract';
import { catalogueOf, type Catalogue } from './exercises/catalogue';
import { prepareBreak } from './exercises/fit';
import { checkOwn } from './exercises/own-check';
import type { OwnContent } from './exercises/own';
import { importRoutineFile, routineFile } from './exercises/routine-file';
import { nextRoutine } from './exercises/rotation';
import type { ExportedFile } from './history/export';
import { BREAK_KINDS, type BreakKind } from './kinds';
import { breakSeconds } from './settings/break-seconds';
import type { Settings } from './settings/schema';
import { routinesWords } from './words/routines';
import { validationWords } from './words/validation';
import { reason } from './reason';

/** What the host needs for the user's routines: routines.json, a clock for "left out since", and the history. */
export interface RoutinesDeps {
  own: { current(): OwnContent; save(own: OwnContent): void };
  settings: { current(): Settings; save(settings: Settings): void };
  /** Wall time in ms, for when an exercise was left out. */
  now(): number;
  history: { recordLeftOut(exerciseId: string, change: 'left-out' | 'brought-back'): void };
  saveFile(file: ExportedFile): Promise<ExportResult>;
}

/** Where rotation stands for a kind: the routine offered last, and the exercises done lately, oldest first. */
export interface RotationState { offered: Partial<Record<BreakKind, string>>; recent: readonly string[] }

/**
 * The routine a prompt for `kind` would offer now: the pinned one while it still has an exercise not left out and
 * fits the break (trimmed if need be), or else the next in turn.
 */
export function routineToOffer(kind: BreakKind, settings: Settings, state: RotationState, catalogue: Catalogue): string {
  const seconds = breakSeconds(settings, kind);
  const pinned = settings.routines[kind];
  if (pinned !== 'rotate' && catalogue.routine(pinned)?.forKinds.includes(kind) && prepareBreak(catalogue, pinned, seconds)) return pinned;
  return nextRoutine({ kind, catalogue, seconds, lastOffered: state.offered[kind] ?? null, recent: state.recent });
}

/**
 * Each pin on a routine that is not one of the kind's (a hand-edited or imported file), among those that differ from
 * `before`: a pin on an own routine that went with a damaged routines.json never blocks saving anything else, and
 * offering falls back to taking turns.
 */
export const pinProblems = (settings: Settings, catalogue: Catalogue, before?: Settings['routines']): string[] => BREAK_KINDS.flatMap((kind) => {
  const id = settings.routines[kind];
  if (id === before?.[kind]) return [];
  return id === 'rotate' || catalogue.routine(id)?.forKinds.includes(kind) ? [] : [routinesWords.problems.pinned(kind, id)];
});

/** The bridge's methods for the user's own routines and exercises, and for what is left out. */
export function routinesHost(deps: RoutinesDeps) {
  // What This hurts or Bring back changed while the disk refused it: kept here, so the change holds until a save succeeds.
  let unsaved: OwnContent | null = null;
  const current = () => unsaved ?? deps.own.current();
  const store = (own: OwnContent): OwnSaveResult => {
    try {
      deps.own.save(own);
      unsaved = null;
    } catch (error) {
      return { ok: false, errors: [validationWords.notSaved(reason(error))] };
    }
    // A pin on a routine that is gone goes back to taking turns.
    const settings = deps.settings.current();
    const catalogue = catalogueOf(own);
    const routines = Object.fromEntries(BREAK_KINDS.map((kind) => {
      const id = settings.routines[kind];
      return [kind, id === 'rotate' || catalogue.routine(id)?.forKinds.includes(kind) ? id : 'rotate'];
    })) as Settings['routines'];
    if (routines.long !== settings.routines.long || routines.micro !== settings.routines.micro) deps.settings.save({ ...settings, routines });
    return { ok: true, own };
  };
  const leftOutChange = (exerciseId: string, change: 'left-out' | 'brought-back') => {
    const own = current();
    const isOut = own.leftOut.some((entry) => entry.exercise === exerciseId);
    if ((change === 'left-out') === isOut || (change === 'left-out' && !catalogueOf(own).exercise(exerciseId))) return own;
    const leftOut = change === 'left-out'
      ? [...own.leftOut, { exercise: exerciseId, since: deps.now() }]
      : own.leftOut.filter((entry) => entry.exercise !== exerciseId);
    const next = { ...own, leftOut };
    try {
      deps.own.save(next);
      unsaved = null;
    } catch {
      // The save troubles have told the user; the change holds in memory and goes with the next save that works.
      unsaved = next;
    }
    deps.history.recordLeftOut(exerciseId, change);
    return next;
  };
  return {
    catalogue: () => catalogueOf(current()),
    /** This hurts: the exercise is left out of every routine from now on. */
    leaveOut: (exerciseId: string) => { leftOutChange(exerciseId, 'left-out'); },
    routines: () => Promise.resolve(current()),
    saveRoutines: (edit: OwnEdit): Promise<OwnSaveResult> => {
      const { leftOut } = current();
      const checked = checkOwn({ exercises: edit.exercises, routines: edit.routines, leftOut: [] });
      if (!checked.ok) return Promise.resolve(checked);
      const kept = catalogueOf(checked.value);
      return Promise.resolve(store({ ...checked.value, leftOut: leftOut.filter((entry) => kept.exercise(entry.exercise)) }));
    },
    bringBack: (exerciseId: string) => Promise.resolve(leftOutChange(exerciseId, 'brought-back')),
    importRoutine: (text: string): Promise<ImportRoutineResult> => {
      const imported = importRoutineFile(text, current());
      if (!imported.ok) return Promise.resolve(imported);
      const stored = store(imported.value.own);
      return Promise.resolve(stored.ok ? { ...stored, routine: imported.value.routine } : stored);
    },
    exportRoutine: async (routineId: string): Promise<ExportResult> => {
      try {
        return await deps.saveFile(routineFile(current(), routineId));
      } catch (error) {
        return { ok: false, cancelled: false, error: reason(error) };
      }
    },
  };
}
