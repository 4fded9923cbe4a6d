import { exercisesWords, type ExerciseId } from '../words/exercises';
import type { Exercise, Side } from './types';

export type { Side } from './types';

const OTHER_SIDE: Record<Side, Side> = { right: 'left', left: 'right' };

export const SIDE_PLACEHOLDERS = ['{side}', '{other}'] as const;

/** A text written for either side, in the words of `side`. */
export function forSide(text: string, side: Side): string {
  return text.replaceAll('{side}', exercisesWords.sides[side]).replaceAll('{other}', exercisesWords.sides[OTHER_SIDE[side]]);
}

/** The sides an exercise is done on, in order: one pass with no side, or the first side and then the other. */
export function sideOrder(exercise: Exercise): readonly (Side | undefined)[] {
  if (exercise.dosage.sides === 1) return [undefined];
  // Exercises built outside the library (tests, previews) may leave it out: right first, as the articles describe.
  const first = exercise.firstSide ?? 'right';
  return [first, OTHER_SIDE[first]];
}

/** A library exercise's steps, in its words: a two-sided one's read for `side` (right, where none is given). */
export function libraryStepsOn(id: ExerciseId, side: Side | undefined): readonly string[] {
  const { steps } = exercisesWords.exercises[id];
  return typeof steps === 'function' ? steps(side ?? 'right') : steps;
}

const isLibraryExercise = (exercise: Exercise): exercise is Exercise & { id: ExerciseId } =>
  !exercise.own && Object.hasOwn(exercisesWords.exercises, exercise.id);

/**
 * The steps of an exercise as written for `side`: a library exercise's from its words, the user's own with `{side}`
 * and `{other}` filled in. Before a two-sided exercise has reached a side (its get-ready), they read for the side it
 * starts on.
 */
export function stepsFor(exercise: Exercise, side: Side | undefined): readonly string[] {
  const first = sideOrder(exercise)[0];
  const shown = side ?? first;
  if (!shown) return exercise.steps;
  return isLibraryExercise(exercise) ? libraryStepsOn(exercise.id, shown) : exercise.steps.map((step) => forSide(step, shown));
}
