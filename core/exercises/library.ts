import { buildTimeline, totalSeconds } from '../player/timeline';
import { exercisesWords, type ExerciseId, type RoutineId } from '../words/exercises';
import { libraryStepsOn } from './sides';
import type { Dosage, Exercise, LibraryExercise, Routine } from './types';

/**
 * Limber's exercise library: chair-based moves for a desk break, plus a few standing desk-side options, as doses and
 * facts. Numbers come from the reference articles (shared/reference/articles, digest in exercises.md); what the user
 * reads of each (names, steps, cues, cautions) is in core/words/exercises.ts. Floor exercises are left out on purpose;
 * where an article's stretch lies or kneels on the floor, its seated or standing version is ours, as its source note says.
 */
type ExerciseFacts = Omit<LibraryExercise, 'name' | 'steps' | 'cues' | 'cautions'> & { id: ExerciseId };

const EXERCISE_FACTS: readonly ExerciseFacts[] = [
  {
    id: 'abdominal-bracing',
    posture: 'seated',
    areas: ['core', 'lower-back'],
    dosage: { kind: 'hold', holds: 10, holdSeconds: 10, restSeconds: 5, sides: 1 },
    source: { article: '000', note: '10 holds of 10 s, from 000; the 5 s pause is ours (000 just says relax).' },
  },
  {
    id: 'posture-reset-brace',
    posture: 'seated',
    areas: ['core', 'lower-back'],
    dosage: { kind: 'hold', holds: 1, holdSeconds: 20, restSeconds: 0, sides: 1 },
    source: { article: '000', note: 'One 20 s brace for a micro break: the bracing of 000 (10 s holds), held once a little longer.' },
  },
  {
    id: 'seated-march',
    posture: 'seated',
    areas: ['core', 'hips'],
    dosage: { kind: 'timed', sets: 3, workSeconds: 30, restSeconds: 5, sides: 1 },
    source: { article: '000', note: '3 bouts of 30 s, from 000; the 5 s rest between bouts is ours.' },
  },
  {
    id: 'seated-rotation',
    posture: 'seated',
    areas: ['lower-back'],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 10, restSeconds: 5, sides: 2 },
    // 000 and 001 both cross the right leg over and turn right first.
    firstSide: 'right',
    source: {
      article: '001',
      note: 'Holds of 10 s each side, from 001; 3 per side add up to about a minute, as 000 suggests.',
    },
  },
  {
    id: 'seated-knee-tuck',
    posture: 'seated',
    areas: ['core'],
    dosage: { kind: 'reps', reps: 10, secondsPerRep: 3, sets: 1, restSeconds: 0, sides: 1 },
    source: { article: '001', note: '10 reps, from 001; about 3 s per rep is ours.' },
  },
  {
    id: 'seated-forward-curl',
    posture: 'seated',
    areas: ['lower-back'],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 20, restSeconds: 5, sides: 1 },
    source: { article: '004', note: 'No dosage in 001 (its text is cut off); general rule of 004: hold 20-30 s, 2-5 times.' },
  },
  {
    id: 'neck-flexion',
    posture: 'seated',
    areas: ['neck'],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 20, restSeconds: 5, sides: 1 },
    source: { article: '004', note: '004 says hold until you feel a stretch; its general rule: hold 20-30 s, 2-5 times.' },
  },
  {
    id: 'neck-side-bend',
    posture: 'seated',
    areas: ['neck', 'shoulders'],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 2 },
    firstSide: 'right',
    source: { article: '004', note: '004 says hold; its general rule: hold 20-30 s, 2-5 times, one side at a time.' },
  },
  {
    id: 'levator-scapula',
    posture: 'standing',
    areas: ['neck', 'shoulders'],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 2 },
    firstSide: 'right',
    source: {
      article: '004',
      note: 'Standing: 004 needs a wall or door frame, with no seated version; general rule of 004: hold 20-30 s, 2-5 times.',
    },
  },
  {
    id: 'muscle-relaxation',
    posture: 'seated',
    areas: ['whole-body'],
    dosage: { kind: 'hold', holds: 6, holdSeconds: 5, restSeconds: 15, sides: 1 },
    source: { article: '003', note: 'No dosage in 003; our choice: 6 areas, squeeze 5 s, let go 15 s.' },
  },
  {
    id: 'standing-backbend',
    posture: 'standing',
    areas: ['lower-back'],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 1 },
    source: { article: '004', note: 'No dosage in 001; general rule of 004: hold 20-30 s, 2-5 times.' },
  },
  {
    id: 'standing-hip-shift',
    posture: 'standing',
    areas: ['hips', 'lower-back'],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 2 },
    firstSide: 'right',
    source: { article: '004', note: 'No dosage in 000 (which only asks for upright support); general rule of 004: hold 20-30 s, 2-5 times.' },
  },
  {
    id: 'seated-pelvic-tilt',
    posture: 'seated',
    areas: ['core', 'lower-back'],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 10, restSeconds: 5, sides: 1 },
    source: {
      article: '002',
      note: '3 holds of 10 s, from 002 (001 asks 10-20 of them); both lie on the floor, sitting against the backrest is ours, as is the 5 s pause.',
    },
  },
  {
    id: 'seated-cat-cow',
    posture: 'seated',
    areas: ['lower-back', 'shoulders'],
    dosage: { kind: 'reps', reps: 10, secondsPerRep: 6, sets: 1, restSeconds: 0, sides: 1 },
    source: {
      article: '002',
      note: '10 reps, from 002 (001 asks at least 3); both kneel on all fours, sitting with the hands on the knees is ours, as is about 6 s a rep.',
    },
  },
  {
    id: 'seated-knee-hug',
    posture: 'seated',
    areas: ['lower-back', 'hips'],
    dosage: { kind: 'hold', holds: 3, holdSeconds: 10, restSeconds: 5, sides: 2 },
    firstSide: 'right',
    source: {
      article: '002',
      note: '3 holds of 10 s a leg, from 002, which lies on the floor (as 001 and 004 do); sitting tall is ours, as is the 5 s pause.',
    },
  },
  {
    id: 'seated-hamstring-stretch',
    posture: 'seated',
    areas: ['hips', 'lower-back'],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 5, sides: 2 },
    // 000 lifts the right leg first.
    firstSide: 'right',
    source: {
      article: '003',
      note: 'Holds of 20-30 s, then the other leg, from 003, which sits on the floor; 2 holds a leg from the rule of 004 (hold 20-30 s, 2-5 times). The chair is ours; the soft knee and toes drawn up are tips of 000.',
    },
  },
  {
    id: 'standing-hip-flexor-stretch',
    posture: 'standing',
    areas: ['hips', 'lower-back'],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 30, restSeconds: 5, sides: 2 },
    // 004 stretches the right hip first.
    firstSide: 'right',
    source: {
      article: '003',
      note: '30 s a side, from 003 (004 says 20 s); 2 holds a side from the rule of 004 (2-5 times). Both kneel: standing at the desk is ours, as is the 5 s pause.',
    },
  },
];

/** The library's exercises: their words are read when asked for, in the language of the moment. */
export const EXERCISES: readonly LibraryExercise[] = EXERCISE_FACTS.map(({ id, posture, areas, dosage, firstSide, source }) => {
  const words = () => exercisesWords.exercises[id];
  return {
    id,
    get name() { return words().name; },
    posture,
    areas,
    /** A two-sided exercise's steps read for the side it starts on; stepsFor reads them for either side. */
    get steps() { return [...libraryStepsOn(id, firstSide)]; },
    dosage,
    ...(firstSide && { firstSide }),
    get cues() { return [...words().cues]; },
    get cautions() { return [...words().cautions]; },
    source,
  };
});

type RoutineFacts = Omit<Routine, 'name'> & { id: RoutineId };

const ROUTINE_FACTS: readonly RoutineFacts[] = [
  { id: 'quick-brace', forKinds: ['long'], exerciseIds: ['abdominal-bracing'] },
  {
    id: 'lower-back-reset',
    forKinds: ['long'],
    exerciseIds: ['abdominal-bracing', 'seated-rotation', 'seated-march'],
    // Five braces and two rotation holds a side, each as long as the articles say, fit the routine into four minutes.
    repeats: { 'abdominal-bracing': 5, 'seated-rotation': 2 },
  },
  { id: 'neck-and-shoulders', forKinds: ['long'], exerciseIds: ['neck-flexion', 'neck-side-bend', 'levator-scapula'] },
  { id: 'posture-reset', forKinds: ['micro'], exerciseIds: ['posture-reset-brace'] },
  { id: 'stand-and-stretch', forKinds: ['long'], exerciseIds: ['standing-hip-shift', 'standing-backbend'] },
  { id: 'unwind', forKinds: ['long'], exerciseIds: ['seated-forward-curl', 'muscle-relaxation'] },
  // The micro routines share no exercise, so that taking them in turn varies what a micro break asks. All but
  // ear-to-shoulder (50 s, one hold a side) fit the default 30 s micro break at the dose they ask.
  { id: 'neck-release', forKinds: ['micro'], exerciseIds: ['neck-flexion'], repeats: { 'neck-flexion': 1 } },
  { id: 'knee-hug', forKinds: ['micro'], exerciseIds: ['seated-knee-hug'], repeats: { 'seated-knee-hug': 1 } },
  { id: 'spine-wave', forKinds: ['micro'], exerciseIds: ['seated-cat-cow'], repeats: { 'seated-cat-cow': 4 } },
  { id: 'pelvic-tilts', forKinds: ['micro'], exerciseIds: ['seated-pelvic-tilt'], repeats: { 'seated-pelvic-tilt': 2 } },
  { id: 'ear-to-shoulder', forKinds: ['micro'], exerciseIds: ['neck-side-bend'], repeats: { 'neck-side-bend': 1 } },
  {
    id: 'hips-and-legs',
    forKinds: ['long'],
    exerciseIds: ['seated-hamstring-stretch', 'seated-knee-hug', 'standing-hip-flexor-stretch'],
    // One hip flexor hold a side keeps the routine well inside a 5-minute break.
    repeats: { 'standing-hip-flexor-stretch': 1 },
  },
  { id: 'loosen-up', forKinds: ['long'], exerciseIds: ['seated-pelvic-tilt', 'seated-cat-cow', 'seated-rotation'] },
];

export const ROUTINES: readonly Routine[] = ROUTINE_FACTS.map(({ id, ...facts }) => ({ id, get name() { return exercisesWords.routines[id]; }, ...facts }));

const exerciseIndex = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));
const routineIndex = new Map(ROUTINES.map((routine) => [routine.id, routine]));

export const exerciseById = (id: string): LibraryExercise | undefined => exerciseIndex.get(id);
export const routineById = (id: string): Routine | undefined => routineIndex.get(id);

/** How many holds, reps or rounds a dose asks for: what a routine may ask fewer of. */
export const doseCount = (dosage: Dosage): number => (dosage.kind === 'hold' ? dosage.holds : dosage.kind === 'reps' ? dosage.reps : dosage.sets);

/** The same dose with `n` holds, reps or rounds; the length of each stays. */
export const withDoseCount = (dosage: Dosage, n: number): Dosage =>
  dosage.kind === 'hold' ? { ...dosage, holds: n } : dosage.kind === 'reps' ? { ...dosage, reps: n } : { ...dosage, sets: n };

/**
 * The exercise with `n` of its unit (holds, reps or sets). A copy of its properties, not a spread: the library's
 * words are getters, and a spread would keep them in the language of the moment the copy was made.
 */
export const withCount = <E extends Exercise>(exercise: E, n: number): E => Object.defineProperties(
  {}, { ...Object.getOwnPropertyDescriptors(exercise), dosage: { value: withDoseCount(exercise.dosage, n), enumerable: true } },
) as E;

/**
 * The routine's exercises, each with the repeats the routine asks for, looked up in the library or, for a catalogue
 * with the user's own, in `lookup`. Throws on an id neither knows.
 */
export function routineExercises(routine: Routine, lookup: (id: string) => Exercise | undefined = exerciseById): Exercise[] {
  return routine.exerciseIds.map((id) => {
    const exercise = lookup(id);
    if (!exercise) throw new Error(`routine ${routine.id} names an unknown exercise: ${id}`);
    const n = routine.repeats?.[id];
    return n === undefined ? exercise : withCount(exercise, n);
  });
}

/** Seconds for a set of exercises, exactly as the player will run them. */
export const exercisesSeconds = (exercises: readonly Exercise[]): number => totalSeconds(buildTimeline(exercises));

/** Seconds for a whole routine, exactly as the player will run it. */
export const routineSeconds = (routine: Routine, lookup?: (id: string) => Exercise | undefined): number =>
  exercisesSeconds(routineExercises(routine, lookup));
