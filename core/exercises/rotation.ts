import type { BreakKind } from '../kinds';
import type { Catalogue } from './catalogue';
import { POSTURE_CUE, prepareBreak } from './fit';

/** How many of the exercises done last count as recent: a routine of nothing but these waits its turn. */
export const RECENT_EXERCISES = 8;

export interface Rotation {
  kind: BreakKind;
  catalogue: Catalogue;
  /** The break's length: a routine is offered only if it fits, trimmed if need be. */
  seconds: number;
  /** The routine this kind offered last, so routines take turns; null or unknown starts from the first. */
  lastOffered: string | null;
  /** The exercises done lately, oldest first. */
  recent: readonly string[];
}

/**
 * The routine a break offers next: in turn after the last one, among the kind's routines that still have an exercise
 * not left out and fit the break; the first of them with an exercise not done recently, so breaks vary, or else the
 * first. When no routine can fit, the posture cue.
 */
export function nextRoutine({ kind, catalogue, seconds, lastOffered, recent }: Rotation): string {
  const routines = catalogue.routines.filter((routine) => routine.forKinds.includes(kind));
  const after = routines.findIndex((routine) => routine.id === lastOffered) + 1;
  const inTurn = [...routines.slice(after), ...routines.slice(0, after)];
  const offerable = inTurn.flatMap((routine) => {
    const prepared = prepareBreak(catalogue, routine.id, seconds);
    return prepared ? [prepared] : [];
  });
  const lately = new Set(recent.slice(-RECENT_EXERCISES));
  const fresh = offerable.find((prepared) => prepared.exercises.some((exercise) => !lately.has(exercise.id)));
  return (fresh ?? offerable[0])?.routine.id ?? POSTURE_CUE;
}
