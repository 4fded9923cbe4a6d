import { routinesWords } from '../words/routines';
import { EXERCISES, exerciseById, routineById, ROUTINES } from './library';
import { asExercise, EMPTY_OWN, type LeftOut, type OwnContent } from './own-content';
import type { Exercise, Routine } from './types';

/** Every exercise and routine Limber can offer: the library's, then the user's own, and what is left out. */
export interface Catalogue {
  exercises: readonly Exercise[];
  routines: readonly Routine[];
  leftOut: readonly LeftOut[];
  exercise: (id: string) => Exercise | undefined;
  routine: (id: string) => Routine | undefined;
  isLeftOut: (exerciseId: string) => boolean;
}

export function catalogueOf(own: OwnContent = EMPTY_OWN): Catalogue {
  const ownExercises = new Map(own.exercises.map((record) => [record.id, asExercise(record, routinesWords.notChecked)]));
  const ownRoutines = new Map<string, Routine>(own.routines.map((routine) => [routine.id, routine]));
  const leftOut = new Set(own.leftOut.map((entry) => entry.exercise));
  return {
    exercises: [...EXERCISES, ...ownExercises.values()],
    routines: [...ROUTINES, ...ownRoutines.values()],
    leftOut: own.leftOut,
    exercise: (id) => exerciseById(id) ?? ownExercises.get(id),
    routine: (id) => routineById(id) ?? ownRoutines.get(id),
    isLeftOut: (id) => leftOut.has(id),
  };
}
