import { describeIssues, isNewer, type Result, type Salvaged } from '../settings/parse';
import { countOf, routinesWords } from '../words/routines';
import { asExercise, EMPTY_OWN, leftOutSchema, OWN_LIMITS, OWN_VERSION, ownContentSchema, ownExerciseSchema, ownRoutineSchema, type OwnContent, type OwnRoutine } from './own';
import { doseCount, exerciseById, exercisesSeconds, routineById, routineExercises } from './library';
import type { Exercise } from './types';

const words = routinesWords.problems;
const duplicates = (ids: readonly string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

/** What is wrong with one own routine, given the exercises it may use; each line names the routine. */
export function routineProblems(routine: OwnRoutine, exercise: (id: string) => Exercise | undefined): string[] {
  const problems: string[] = [];
  if (routineById(routine.id)) problems.push(words.libraryId(routine.id));
  for (const id of duplicates(routine.exerciseIds)) problems.push(words.twice(exercise(id)?.name ?? id));
  const named = new Set([...routine.exerciseIds, ...Object.keys(routine.repeats ?? {})]);
  for (const id of named) {
    const found = exercise(id);
    if (!found || !routine.exerciseIds.includes(id)) {
      problems.push(words.unknownExercise(id));
      continue;
    }
    const most = doseCount(found.dosage);
    const asked = routine.repeats?.[id];
    if (asked !== undefined && asked > most) problems.push(words.overDose(found.name, countOf(found.dosage.kind, most)));
  }
  if (problems.length === 0 && exercisesSeconds(routineExercises(routine, exercise)) > OWN_LIMITS.routineMinutes * 60) {
    problems.push(words.tooLong(OWN_LIMITS.routineMinutes));
  }
  return problems.map((problem) => words.routine(routine.name, problem));
}

/** What is wrong across the user's own content: ids taken twice or by the library, routines that don't add up. */
export function contentProblems(own: OwnContent): string[] {
  const problems: string[] = [];
  const exerciseIds = own.exercises.map((e) => e.id);
  for (const id of duplicates(exerciseIds)) problems.push(words.exercise(id, words.sameId(id)));
  for (const e of own.exercises) if (exerciseById(e.id)) problems.push(words.exercise(e.name, words.libraryId(e.id)));
  for (const id of duplicates(own.routines.map((r) => r.id))) problems.push(words.routine(id, words.sameId(id)));
  if (own.exercises.length > OWN_LIMITS.exercises) problems.push(words.tooManyOwn('exercises', OWN_LIMITS.exercises));
  if (own.routines.length > OWN_LIMITS.routines) problems.push(words.tooManyOwn('routines', OWN_LIMITS.routines));
  const ownExercises = new Map(own.exercises.map((record) => [record.id, asExercise(record, routinesWords.notChecked)]));
  const lookup = (id: string) => exerciseById(id) ?? ownExercises.get(id);
  for (const routine of own.routines) problems.push(...routineProblems(routine, lookup));
  for (const { exercise } of own.leftOut) if (!lookup(exercise)) problems.push(words.unknownLeftOut(exercise));
  return problems;
}

/** The user's own content checked whole: every problem listed, or the content as it will be kept. */
export function checkOwn(raw: unknown): Result<OwnContent> {
  const parsed = ownContentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error.issues, 'field') };
  const { exercises, routines, leftOut } = parsed.data;
  const own: OwnContent = { exercises, routines: routines.map((routine) => ({ ...routine, own: true })), leftOut };
  const problems = contentProblems(own);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value: own };
}

/**
 * Reads routines.json keeping every valid part: an exercise, routine or left-out entry that doesn't read (or a routine
 * that names a dropped exercise) is dropped and named in `problems`, and the rest kept.
 */
export function salvageOwn(raw: unknown): Salvaged<OwnContent> {
  // A routines.json never written reads as nothing at all: there is nothing of the user's yet, and nothing wrong.
  if (typeof raw === 'object' && raw !== null && Object.keys(raw).length === 0) return { value: EMPTY_OWN, problems: [] };
  const whole = checkOwn(raw);
  if (whole.ok) return { value: whole.value, problems: [] };
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(stored[key]) ? stored[key] as unknown[] : []);
  const exercises = list('exercises').flatMap((item) => {
    const parsed = ownExerciseSchema.safeParse(item);
    return parsed.success && !exerciseById(parsed.data.id) ? [parsed.data] : [];
  }).filter((record, i, all) => all.findIndex((other) => other.id === record.id) === i).slice(0, OWN_LIMITS.exercises);
  const ownExercises = new Map(exercises.map((record) => [record.id, asExercise(record, routinesWords.notChecked)]));
  const lookup = (id: string) => exerciseById(id) ?? ownExercises.get(id);
  const routines = list('routines').flatMap((item): OwnRoutine[] => {
    const parsed = ownRoutineSchema.safeParse(item);
    if (!parsed.success) return [];
    const routine = { ...parsed.data, own: true as const };
    return routineProblems(routine, lookup).length === 0 ? [routine] : [];
  }).filter((routine, i, all) => all.findIndex((other) => other.id === routine.id) === i).slice(0, OWN_LIMITS.routines);
  const leftOut = list('leftOut').flatMap((item) => {
    const parsed = leftOutSchema.safeParse(item);
    return parsed.success && lookup(parsed.data.exercise) ? [parsed.data] : [];
  });
  const value = { exercises, routines, leftOut };
  const newer = isNewer(raw, OWN_VERSION);
  return { value, problems: newer ? [routinesWords.file.newerVersion(String(stored.version), OWN_VERSION)] : whole.errors, ...(newer && { newer: true }) };
}
