import type { Phase } from '../player/timeline';
import type { Exercise } from './types';

export type Side = NonNullable<Phase['side']>;

/** The steps of an exercise as written for the side being done. */
export function stepsFor(exercise: Exercise, _side: Side | undefined): readonly string[] {
  return exercise.steps;
}
