/** How a routine ended, recorded for the history and for the back check-ins. */
export interface RoutineReport {
  routineId: string;
  outcome: 'completed' | 'ended' | 'hurt';
  exercisesDone: string[];
  /** With This hurts: the exercise on screen when it was pressed, which is then left out until brought back. */
  hurtExercise?: string | undefined;
}

/** One tap in a back check-in: how stiff the back feels, 0 (not at all) to 10 (very), before or after a routine. */
export interface CheckIn { moment: 'before' | 'after'; rating: number }
