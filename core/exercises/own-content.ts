import type { Exercise, Routine } from './types';

/** An exercise This hurts left out of every routine, and when (ms since the epoch), until the user brings it back. */
export interface LeftOut { exercise: string; since: number }

export const OWN_VERSION = 1;

/**
 * The articles' general limits, for a dose no article states: a stretch is held 20–30 s, 2–5 times (004); the most
 * reps an article gives is 10 (001), the most rounds 3 of 30 s (000). An own exercise stays within them.
 */
export const OWN_DOSE_LIMITS = {
  hold: { holds: [1, 5], holdSeconds: [5, 30], restSeconds: [0, 30] },
  reps: { reps: [1, 10], secondsPerRep: [1, 10], sets: [1, 3], restSeconds: [0, 30] },
  timed: { sets: [1, 3], workSeconds: [5, 30], restSeconds: [0, 30] },
} as const;
export const OWN_LIMITS = {
  nameChars: 60, steps: 8, stepChars: 200, routineExercises: 12, routineMinutes: 30, routines: 50, exercises: 50,
} as const;

/** An own exercise as stored and shared: what the user wrote. Its cautions are Limber's "not checked" line. */
export type OwnExerciseRecord = Omit<Exercise, 'cues' | 'cautions' | 'source' | 'own'> & { own: true };
export type OwnRoutine = Routine & { own: true };

/** The user's own exercises and routines, and what is left out: routines.json. */
export interface OwnContent {
  exercises: OwnExerciseRecord[];
  routines: OwnRoutine[];
  leftOut: LeftOut[];
}
export const EMPTY_OWN: OwnContent = { exercises: [], routines: [], leftOut: [] };

/** An own exercise as the player shows it: the user's words, with Limber's "not checked" line as its caution. */
export const asExercise = (record: OwnExerciseRecord, notChecked: string): Exercise => ({ ...record, cues: [], cautions: [notChecked] });
