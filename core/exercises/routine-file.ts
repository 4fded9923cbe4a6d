import * as z from 'zod/mini';
import '../zod-english';
import type { ExportedFile } from '../history/export';
import { describeIssues, type Result } from '../settings/parse';
import { routinesWords } from '../words/routines';
import { validationWords } from '../words/validation';
import { checkOwn } from './own-check';
import { ownId } from './own-ids';
import { ownExerciseSchema, ownRoutineSchema, type OwnContent, type OwnExerciseRecord, type OwnRoutine } from './own';
import { exerciseById } from './library';
import { reason } from '../reason';

export const ROUTINE_FILE_FORMAT = 'limber-routine';
export const ROUTINE_FILE_VERSION = 1;
/** A routine file holds one routine and a few exercises: a few kilobytes. */
export const MAX_ROUTINE_FILE_CHARS = 100_000;

const words = routinesWords.file;

/**
 * A routine as a file: the routine, and the user's own exercises it uses in full. Library exercises go by their id
 * only, so whoever imports it reads Limber's own words for them.
 */
export const routineFileSchema = z.strictObject({
  format: z.literal(ROUTINE_FILE_FORMAT, { error: () => words.notRoutineFile }),
  version: z.literal(ROUTINE_FILE_VERSION, { error: () => validationWords.exactly(ROUTINE_FILE_VERSION) }),
  routine: z.extend(ownRoutineSchema, { own: z.optional(z.literal(true)) }),
  exercises: z.array(z.looseObject({ id: z.string() }), { error: () => validationWords.own.list }),
}, { error: () => validationWords.object });

/** The file an export writes for one own routine. Throws if the routine is not the user's. */
export function routineFile(own: OwnContent, routineId: string): ExportedFile {
  const routine = own.routines.find((r) => r.id === routineId);
  if (!routine) throw new Error(routinesWords.problems.noRoutine(routineId));
  const exercises = own.exercises.filter((e) => routine.exerciseIds.includes(e.id));
  const file = { format: ROUTINE_FILE_FORMAT, version: ROUTINE_FILE_VERSION, routine, exercises };
  return { name: `${routine.id.replace(/^own-/, 'limber-routine-')}.json`, mime: 'application/json', contents: `${JSON.stringify(file, null, 2)}\n` };
}

const sameExercise = (a: OwnExerciseRecord, b: OwnExerciseRecord) => JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });

/**
 * Reads a routine file into the user's own content: whole, or not at all with every problem listed. Library exercises
 * keep Limber's words whatever the file says of them; an own exercise already kept (the same but for its id) is
 * shared, and ids already taken are given fresh ones.
 */
export function importRoutineFile(text: string, own: OwnContent): Result<{ own: OwnContent; routine: OwnRoutine }> {
  if (text.length > MAX_ROUTINE_FILE_CHARS) return { ok: false, errors: [words.tooBig(MAX_ROUTINE_FILE_CHARS)] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [words.notJson(reason(error))] };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof raw === 'object' && raw !== null && version !== undefined && version !== ROUTINE_FILE_VERSION) {
    return { ok: false, errors: [words.version(JSON.stringify(version), ROUTINE_FILE_VERSION)] };
  }
  const file = routineFileSchema.safeParse(raw);
  const errors = file.success ? [] : describeIssues(file.error.issues, 'field');
  // Only the user's own exercises the routine uses: library ones keep Limber's words, and extras are no part of it.
  // They are checked even when the rest of the file is wrong, so that one reading lists every problem.
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as { routine?: { exerciseIds?: unknown }; exercises?: unknown };
  const used = new Set(Array.isArray(stored.routine?.exerciseIds) ? stored.routine.exerciseIds as unknown[] : []);
  const incoming = (Array.isArray(stored.exercises) ? stored.exercises as unknown[] : []).flatMap((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || exerciseById(id) || !used.has(id)) return [];
    const parsed = ownExerciseSchema.safeParse(item);
    if (!parsed.success) errors.push(...describeIssues(parsed.error.issues.map((issue) => ({ ...issue, path: ['exercises', i, ...issue.path] })), 'field'));
    return parsed.success ? [parsed.data] : [];
  });
  if (!file.success || errors.length > 0) return { ok: false, errors };

  const taken = new Set([...own.exercises.map((e) => e.id), ...own.routines.map((r) => r.id)]);
  const renamed = new Map<string, string>();
  const added: OwnExerciseRecord[] = [];
  for (const exercise of incoming) {
    const kept = own.exercises.find((e) => sameExercise(e, exercise));
    const id = kept?.id ?? ownId(exercise.name, taken, 'exercise');
    taken.add(id);
    renamed.set(exercise.id, id);
    if (!kept) added.push({ ...exercise, id });
  }
  const rename = (id: string) => renamed.get(id) ?? id;
  const { routine: read } = file.data;
  const routine: OwnRoutine = {
    ...read,
    id: ownId(read.name, taken, 'routine'),
    own: true,
    exerciseIds: read.exerciseIds.map(rename),
    ...(read.repeats && { repeats: Object.fromEntries(Object.entries(read.repeats).map(([id, n]) => [rename(id), n])) }),
  };
  const merged = checkOwn({ ...own, exercises: [...own.exercises, ...added], routines: [...own.routines, routine] });
  return merged.ok ? { ok: true, value: { own: merged.value, routine } } : merged;
}
