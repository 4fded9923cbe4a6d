import * as z from 'zod/mini';
import '../zod-english';
import { validationWords } from '../words/validation';
import { kebabIdSchema } from './schema';
import { OWN_DOSE_LIMITS, OWN_LIMITS, OWN_VERSION, type OwnExerciseRecord } from './own-content';

const words = validationWords.own;
const whole = (min: number, max: number) => {
  const error = () => validationWords.wholeNumber(min, max);
  return z.number({ error }).check(z.int({ error }), z.minimum(min, { error }), z.maximum(max, { error }));
};
const limited = <K extends keyof typeof OWN_DOSE_LIMITS>(kind: K, field: keyof (typeof OWN_DOSE_LIMITS)[K]) => {
  const [min, max] = OWN_DOSE_LIMITS[kind][field] as readonly [number, number];
  return whole(min, max);
};
const text = (most: number) => z.string({ error: () => words.text }).check(
  z.trim(), z.minLength(1, { error: () => words.empty }), z.maxLength(most, { error: () => words.atMostChars(most) }),
);
const sides = z.union([z.literal(1), z.literal(2)], { error: () => validationWords.oneOf(['1', '2']) });

const ownDosage = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hold'), holds: limited('hold', 'holds'), holdSeconds: limited('hold', 'holdSeconds'), restSeconds: limited('hold', 'restSeconds'), sides }),
  z.strictObject({
    kind: z.literal('reps'), reps: limited('reps', 'reps'), secondsPerRep: limited('reps', 'secondsPerRep'), sets: limited('reps', 'sets'),
    restSeconds: limited('reps', 'restSeconds'), sides,
  }),
  z.strictObject({ kind: z.literal('timed'), sets: limited('timed', 'sets'), workSeconds: limited('timed', 'workSeconds'), restSeconds: limited('timed', 'restSeconds'), sides }),
], { error: () => validationWords.oneOf(['hold', 'reps', 'timed']) });

const BODY_AREAS = ['lower-back', 'core', 'hips', 'neck', 'shoulders', 'whole-body'] as const;

/** An own exercise as stored and shared: what the user wrote. Its cautions are Limber's "not checked" line. */
export const ownExerciseSchema = z.strictObject({
  id: kebabIdSchema,
  own: z.literal(true, { error: () => words.ownFlag }),
  name: text(OWN_LIMITS.nameChars),
  posture: z.enum(['seated', 'standing'], { error: () => validationWords.oneOf(['seated', 'standing']) }),
  areas: z.array(z.enum(BODY_AREAS, { error: () => validationWords.oneOf(BODY_AREAS) })).check(z.minLength(1, { error: () => words.empty }), z.maxLength(BODY_AREAS.length)),
  steps: z.array(text(OWN_LIMITS.stepChars), { error: () => words.list }).check(
    z.minLength(1, { error: () => words.empty }), z.maxLength(OWN_LIMITS.steps, { error: () => words.atMostLines(OWN_LIMITS.steps) }),
  ),
  dosage: ownDosage,
  firstSide: z.optional(z.enum(['right', 'left'], { error: () => validationWords.oneOf(['right', 'left']) })),
}).check(z.refine((exercise) => (exercise.dosage.sides === 2) === (exercise.firstSide !== undefined), {
  error: () => words.firstSide, path: ['firstSide'],
})) satisfies z.ZodMiniType<OwnExerciseRecord>;

export const ownRoutineSchema = z.strictObject({
  id: kebabIdSchema,
  own: z.literal(true, { error: () => words.ownFlag }),
  name: text(OWN_LIMITS.nameChars),
  forKinds: z.array(z.enum(['micro', 'long'], { error: () => validationWords.oneOf(['micro', 'long']) }), { error: () => words.list })
    .check(z.minLength(1, { error: () => words.noKind }), z.maxLength(2)),
  exerciseIds: z.array(kebabIdSchema, { error: () => words.list }).check(
    z.minLength(1, { error: () => words.noExercise }), z.maxLength(OWN_LIMITS.routineExercises, { error: () => words.atMostExercises(OWN_LIMITS.routineExercises) }),
  ),
  repeats: z.optional(z.record(kebabIdSchema, whole(1, 30))),
});

export const leftOutSchema = z.strictObject({ exercise: kebabIdSchema, since: z.number().check(z.int(), z.minimum(0)) });

export const ownContentSchema = z.strictObject({
  version: z.optional(z.literal(OWN_VERSION, { error: () => validationWords.exactly(OWN_VERSION) })),
  exercises: z.array(ownExerciseSchema, { error: () => words.list }),
  routines: z.array(ownRoutineSchema, { error: () => words.list }),
  leftOut: z.array(leftOutSchema, { error: () => words.list }),
}, { error: () => validationWords.object });

// What has no schema lives in own-content.ts, so that reading a routine (a prompt, the tray) doesn't load zod.
export { asExercise, EMPTY_OWN, OWN_DOSE_LIMITS, OWN_LIMITS, OWN_VERSION } from './own-content';
export type { LeftOut, OwnContent, OwnExerciseRecord, OwnRoutine } from './own-content';
