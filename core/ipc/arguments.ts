import * as z from 'zod/mini';
import '../zod-english';
import { MAX_ROUTINE_FILE_CHARS } from '../exercises/routine-file';
import { kebabIdSchema } from '../exercises/schema';
import { describeIssues } from '../settings/parse';
import { MAX_SETTINGS_FILE_CHARS, whole } from '../settings/schema';
import { UPDATE_STEPS } from '../updates/offer';
import type { BridgeArgs, BridgeMethod } from './channels';

const kind = z.enum(['micro', 'long'], { error: 'must be "micro" or "long"' });
// Whether a routine or exercise exists is the host's to say: the user's own come and go.
const routineId = kebabIdSchema;
const exerciseId = kebabIdSchema;
/** More than a routine can hold, or a user keep; the host checks each item. */
const MAX_ITEMS = 200;

const userAction = z.union([
  z.strictObject({ action: z.literal('snooze') }),
  z.strictObject({ action: z.literal('skip') }),
  z.strictObject({ action: z.literal('start-break'), kind: z.exactOptional(kind) }),
  z.strictObject({ action: z.literal('finish-break') }),
  z.strictObject({ action: z.literal('pause'), minutes: whole(1, 1440) }),
  z.strictObject({ action: z.literal('pause'), until: z.enum(['tomorrow', 'resume']) }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('reading'), minutes: whole(1, 1440) }),
  z.strictObject({ action: z.literal('reading'), until: z.literal('input') }),
  z.strictObject({ action: z.literal('stop-reading') }),
], { error: 'must be a known action' });

const routineReport = z.strictObject({
  routineId,
  outcome: z.enum(['completed', 'ended', 'hurt'], { error: 'must be "completed", "ended" or "hurt"' }),
  exercisesDone: z.array(exerciseId).check(z.maxLength(MAX_ITEMS)),
  hurtExercise: z.exactOptional(exerciseId),
});

/** Larger than any screen; a page asking for more is not measuring itself. */
const MAX_WINDOW_SIDE = 16_384;

const none = z.tuple([], { error: 'takes no arguments' });
const one = <T extends z.ZodMiniType>(schema: T) => z.tuple([schema], { error: 'takes exactly one argument' });

/** What each bridge method accepts from a renderer; main checks every call against it. */
const ARGUMENTS: { [M in BridgeMethod]: z.ZodMiniType<BridgeArgs<M>> } = {
  status: none,
  act: one(userAction),
  startBreak: one(routineId),
  recordRoutine: one(routineReport),
  offerRoutine: one(kind),
  settings: none,
  // Settings carry their own validation (parseSettings), which names each field.
  saveSettings: one(z.unknown()),
  importSettings: one(z.string({ error: 'must be the text of a file' }).check(
    z.maxLength(MAX_SETTINGS_FILE_CHARS, { error: `is longer than a settings file can be (${MAX_SETTINGS_FILE_CHARS} characters)` }),
  )),
  exportFile: one(z.enum(['settings', 'history-csv', 'history-json'], { error: 'must be "settings", "history-csv" or "history-json"' })),
  routines: none,
  // Own routines and exercises carry their own validation (checkOwn), which names each one.
  saveRoutines: one(z.strictObject({
    exercises: z.array(z.unknown()).check(z.maxLength(MAX_ITEMS)),
    routines: z.array(z.unknown()).check(z.maxLength(MAX_ITEMS)),
  }) as unknown as z.ZodMiniType<BridgeArgs<'saveRoutines'>[0]>),
  bringBack: one(exerciseId),
  importRoutine: one(z.string({ error: 'must be the text of a file' }).check(
    z.maxLength(MAX_ROUTINE_FILE_CHARS, { error: `is longer than a routine file can be (${MAX_ROUTINE_FILE_CHARS} characters)` }),
  )),
  exportRoutine: one(routineId),
  history: none,
  recordCheckIn: one(z.strictObject({
    moment: z.enum(['before', 'after'], { error: 'must be "before" or "after"' }),
    rating: whole(0, 10),
  })),
  takeGuidance: none,
  fitWindow: one(z.strictObject({ width: whole(1, MAX_WINDOW_SIDE), height: whole(1, MAX_WINDOW_SIDE) })),
  whenShown: none,
  busySignals: none,
  language: none,
  shortcuts: none,
  holdShortcuts: one(z.boolean({ error: 'must be true or false' })),
  update: none,
  updateStep: one(z.enum(UPDATE_STEPS, { error: `must be one of ${UPDATE_STEPS.map((step) => `"${step}"`).join(', ')}` })),
};

export type Checked<M extends BridgeMethod> = { ok: true; args: BridgeArgs<M> } | { ok: false; errors: string[] };

export function checkArguments<M extends BridgeMethod>(method: M, args: unknown[]): Checked<M> {
  const parsed = ARGUMENTS[method].safeParse(args);
  return parsed.success ? { ok: true, args: parsed.data as BridgeArgs<M> } : { ok: false, errors: describeIssues(parsed.error.issues, 'field') };
}
