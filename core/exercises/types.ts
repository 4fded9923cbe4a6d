import type { BreakKind } from '../kinds';

export type Posture = 'seated' | 'standing';
export type Side = 'right' | 'left';
export type BodyArea = 'lower-back' | 'core' | 'hips' | 'neck' | 'shoulders' | 'whole-body';
/** A reference article in shared/reference/articles, by its number: '000' … '004'. */
export type ArticleId = '000' | '001' | '002' | '003' | '004';

/**
 * How much of an exercise to do. Each shape expands into timed phases in the routine player:
 * - hold: `holds` holds of `holdSeconds`, `restSeconds` relaxing between them (abdominal bracing: 10 × 10 s);
 * - reps: `reps` counted movements of about `secondsPerRep` each, in `sets` sets (knee tuck: 10 reps);
 * - timed: `sets` bouts of `workSeconds` of continuous movement (seated march: 3 × 30 s).
 * `sides: 2` repeats the whole dosage for the other side after a switch.
 */
export type Dosage =
  | { kind: 'hold'; holds: number; holdSeconds: number; restSeconds: number; sides: 1 | 2 }
  | { kind: 'reps'; reps: number; secondsPerRep: number; sets: number; restSeconds: number; sides: 1 | 2 }
  | { kind: 'timed'; sets: number; workSeconds: number; restSeconds: number; sides: 1 | 2 };

export interface ExerciseSource { article: ArticleId; note: string }

export interface Exercise {
  id: string;
  name: string;
  posture: Posture;
  areas: BodyArea[];
  /**
   * What to do, step by step (stepsFor reads them for the side being done). A library exercise's are Limber's own
   * words, a two-sided one's read for the side it starts on; an own two-sided exercise may write `{side}` for the side
   * being done (and `{other}` for the opposite one).
   */
  steps: string[];
  dosage: Dosage;
  /** The side a two-sided exercise (`dosage.sides: 2`) does first; a one-sided exercise has none. */
  firstSide?: Side | undefined;
  /** Short reminders shown during the exercise (breathing, form). */
  cues: string[];
  cautions: string[];
  /** Where the dose comes from; an own exercise has none. */
  source?: ExerciseSource | undefined;
  /** Made by the user (settings, or imported from a file): Limber has not checked it. */
  own?: true | undefined;
}

/** An exercise of Limber's library: its dose comes from an article. */
export interface LibraryExercise extends Omit<Exercise, 'source' | 'own'> { source: ExerciseSource }

export interface Routine {
  id: string;
  name: string;
  /** The break kinds that may offer this routine. */
  forKinds: BreakKind[];
  exerciseIds: string[];
  /**
   * Fewer repetitions of an exercise than its full dosage, to fit a routine into a break: holds for a hold,
   * reps for reps, rounds for timed work. The length of each one never changes.
   */
  repeats?: Record<string, number> | undefined;
  /** Made by the user, or imported: stored in routines.json, not in the library. */
  own?: true | undefined;
}
