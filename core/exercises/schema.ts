import * as z from 'zod/mini';
import '../zod-english';
import { validationWords } from '../words/validation';
import type { Dosage, LibraryExercise, Routine, Side } from './types';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAMED_SIDE = /\b(left|right)\b/i;
/** The side a two-sided exercise does second, by the side it starts on: its steps, read for the first, never name it. */
const SECOND_SIDE: Record<Side, RegExp> = { right: /\bleft\b/i, left: /\bright\b/i };

/** Braces in a text as read: a placeholder left unfilled. */
const hasPlaceholder = (line: string) => /[{}]/.test(line);

const whole = (min: number, max: number) => {
  const error = `must be a whole number between ${min} and ${max}`;
  return z.number({ error }).check(z.int({ error }), z.minimum(min, { error }), z.maximum(max, { error }));
};

/** Longer than any id Limber makes (own ids are cut at 40 characters of name, plus own- and a number). */
const MAX_ID_CHARS = 80;

/** An exercise's or routine's id; its refusals are the user's to read, in a routine file they import. */
export const kebabIdSchema = z.string({ error: () => validationWords.own.text })
  .check(z.regex(KEBAB_CASE, { error: () => validationWords.own.id }), z.maxLength(MAX_ID_CHARS, { error: () => validationWords.own.atMostChars(MAX_ID_CHARS) }));

const text = z.string({ error: 'must be a string' }).check(z.trim(), z.minLength(1, { error: 'must not be empty' }));
const sentences = z.array(text, { error: 'must be a list of sentences' }).check(z.minLength(1, { error: 'must not be empty' }));
const sides = z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' });

const holdDosage = z.strictObject({
  kind: z.literal('hold'),
  holds: whole(1, 20),
  holdSeconds: whole(5, 60),
  restSeconds: whole(0, 30),
  sides,
});

const repsDosage = z.strictObject({
  kind: z.literal('reps'),
  reps: whole(1, 30),
  secondsPerRep: whole(1, 10),
  sets: whole(1, 5),
  restSeconds: whole(0, 30),
  sides,
});

const timedDosage = z.strictObject({
  kind: z.literal('timed'),
  sets: whole(1, 5),
  workSeconds: whole(5, 120),
  restSeconds: whole(0, 30),
  sides,
});

export const dosageSchema = z.discriminatedUnion('kind', [holdDosage, repsDosage, timedDosage]) satisfies z.ZodMiniType<Dosage>;

export const exerciseSchema = z.strictObject({
  id: kebabIdSchema,
  name: text,
  posture: z.enum(['seated', 'standing']),
  areas: z.array(z.enum(['lower-back', 'core', 'hips', 'neck', 'shoulders', 'whole-body']))
    .check(z.minLength(1, { error: 'must name at least one body area' })),
  steps: sentences,
  dosage: dosageSchema,
  firstSide: z.optional(z.enum(['right', 'left'])),
  cues: sentences,
  cautions: z.array(text).check(z.minLength(1, { error: 'must hold at least one caution' })),
  source: z.strictObject({
    article: z.enum(['000', '001', '002', '003', '004']),
    note: text,
  }),
}).check(
  z.refine((exercise) => (exercise.dosage.sides === 2) === (exercise.firstSide !== undefined), {
    error: 'a two-sided exercise (dosage.sides 2) names its firstSide, and a one-sided one has none',
    path: ['firstSide'],
  }),
  z.refine((exercise) => exercise.steps.every((step) => !hasPlaceholder(step) && !(exercise.firstSide && SECOND_SIDE[exercise.firstSide].test(step))), {
    error: 'steps hold no placeholder, and a two-sided exercise\'s steps read for the side it starts on, never naming the other',
    path: ['steps'],
  }),
  z.refine((exercise) => [...exercise.cues, ...exercise.cautions].every((line) => !hasPlaceholder(line) && (exercise.dosage.sides === 1 || !NAMED_SIDE.test(line))), {
    error: 'cues and cautions read the same on both sides: no placeholders, and no side named in a two-sided exercise',
    path: ['cues'],
  }),
) satisfies z.ZodMiniType<LibraryExercise>;

export const routineSchema = z.strictObject({
  id: kebabIdSchema,
  name: text,
  forKinds: z.array(z.enum(['micro', 'long'])).check(z.minLength(1, { error: 'must allow at least one break kind' })),
  exerciseIds: z.array(kebabIdSchema).check(z.minLength(1, { error: 'must hold at least one exercise' })),
  repeats: z.optional(z.record(kebabIdSchema, z.number().check(z.int(), z.minimum(1, { error: 'must be at least 1' })))),
  own: z.optional(z.literal(true)),
}).check(z.refine(
  (routine) => Object.keys(routine.repeats ?? {}).every((id) => routine.exerciseIds.includes(id)),
  { error: 'repeats may only name exercises the routine holds' },
)) satisfies z.ZodMiniType<Routine>;
