import type { Catalogue } from '../../../core/exercises/catalogue';
import { fitToSeconds } from '../../../core/exercises/fit';
import { doseCount, exercisesSeconds, withCount } from '../../../core/exercises/library';
import type { OwnRoutine } from '../../../core/exercises/own';
import { ownId } from '../../../core/exercises/own-ids';
import type { Exercise, Routine } from '../../../core/exercises/types';
import type { BreakKind } from '../../../core/kinds';
import { breakSeconds } from '../../../core/settings/break-seconds';
import type { Settings } from '../../../core/settings/schema';
import { routineSettingsWords } from '../../../core/words/settings/routines';

/** One exercise in the editor, with its count as typed. */
export interface DraftItem { exerciseId: string; count: string }
/** A routine being edited: `id` null for a new one. */
export interface Draft { id: string | null; name: string; kinds: BreakKind[]; items: DraftItem[] }

export const EMPTY_DRAFT: Draft = { id: null, name: '', kinds: ['micro'], items: [] };

const words = routineSettingsWords.editor;

export function draftOf(routine: Routine, catalogue: Catalogue): Draft {
  return {
    id: routine.id,
    name: routine.name,
    kinds: [...routine.forKinds],
    items: routine.exerciseIds.map((exerciseId) => {
      const exercise = catalogue.exercise(exerciseId);
      const count = routine.repeats?.[exerciseId] ?? (exercise ? doseCount(exercise.dosage) : 1);
      return { exerciseId, count: String(count) };
    }),
  };
}

export type CountCheck = { ok: true; value: number } | { ok: false; message: string };

/** A count typed for `exercise`: a whole number from 1 to its full dose. */
export function checkCount(text: string, exercise: Exercise): CountCheck {
  const { kind } = exercise.dosage;
  const most = doseCount(exercise.dosage);
  const typed = text.trim();
  if (typed === '') return { ok: false, message: words.countEmpty(kind, most) };
  if (!/^-?\d+$/.test(typed)) return { ok: false, message: words.countNotWhole(typed, kind, most) };
  const value = Number(typed);
  if (value < 1) return { ok: false, message: words.countTooLow(typed, kind, most) };
  if (value > most) return { ok: false, message: words.countTooHigh(typed, kind, most) };
  return { ok: true, value };
}

/** The draft's exercises as they would run; a count not yet valid counts as the full dose. */
export function draftExercises(draft: Draft, catalogue: Catalogue): Exercise[] {
  return draft.items.flatMap(({ exerciseId, count }) => {
    const exercise = catalogue.exercise(exerciseId);
    if (!exercise) return [];
    const checked = checkCount(count, exercise);
    return [checked.ok ? withCount(exercise, checked.value) : exercise];
  });
}

export type Fit = 'fits' | 'shortened' | 'wontFit';

/** How the exercises suit each chosen kind's break, as long as the settings make it. */
export function fitsOf(exercises: readonly Exercise[], kinds: readonly BreakKind[], settings: Settings) {
  return kinds.map((kind) => {
    const seconds = breakSeconds(settings, kind);
    const fit: Fit = exercisesSeconds(exercises) <= seconds ? 'fits' : fitToSeconds(exercises, seconds) ? 'shortened' : 'wontFit';
    return { kind, seconds, fit };
  });
}

/** What keeps the draft from being saved, before the host checks it whole. */
export function draftProblems(draft: Draft, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  if (draft.name.trim() === '') problems.push(words.noName);
  if (draft.kinds.length === 0) problems.push(words.noKind);
  if (draft.items.length === 0) problems.push(words.noExercise);
  for (const item of draft.items) {
    const exercise = catalogue.exercise(item.exerciseId);
    const checked = exercise && checkCount(item.count, exercise);
    if (exercise && checked && !checked.ok) problems.push(`${exercise.name}: ${checked.message}`);
  }
  return problems;
}

/** The draft as a routine to save, with repeats only where fewer than the full dose. */
export function routineOf(draft: Draft, catalogue: Catalogue, taken: ReadonlySet<string>): OwnRoutine {
  const repeats: Record<string, number> = {};
  for (const item of draft.items) {
    const exercise = catalogue.exercise(item.exerciseId);
    const checked = exercise && checkCount(item.count, exercise);
    if (exercise && checked?.ok && checked.value < doseCount(exercise.dosage)) repeats[item.exerciseId] = checked.value;
  }
  const name = draft.name.trim();
  return {
    id: draft.id ?? ownId(name, taken, 'routine'),
    own: true,
    name,
    forKinds: draft.kinds,
    exerciseIds: draft.items.map((item) => item.exerciseId),
    ...(Object.keys(repeats).length > 0 ? { repeats } : {}),
  };
}

/** A new own routine with the same exercises and counts as `routine`, named as its copy. */
export function copyOf(routine: Routine, taken: ReadonlySet<string>): OwnRoutine {
  const name = routineSettingsWords.copyName(routine.name);
  const { repeats } = routine;
  return {
    id: ownId(name, taken, 'routine'), own: true, name, forKinds: [...routine.forKinds], exerciseIds: [...routine.exerciseIds],
    ...(repeats ? { repeats: { ...repeats } } : {}),
  };
}

/** The list with the item at `index` swapped with its neighbour `by` (−1 up, +1 down); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const other = index + by;
  const next = [...list];
  const [a, b] = [next[index], next[other]];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[other] = a;
  return next;
}

/** Every id an own routine may not take: the library's and the own ones. */
export const takenIds = (catalogue: Catalogue): Set<string> => new Set(catalogue.routines.map((routine) => routine.id));
