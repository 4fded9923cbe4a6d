import type { BreakKind } from '../kinds';
import { ROUTINES } from './library';
import type { Routine } from './types';

/** The routine a break of `kind` offers next: the one after `lastOffered` among that kind's routines, in turn. */
export function nextRoutine(kind: BreakKind, lastOffered: string | null, routines: readonly Routine[] = ROUTINES): Routine {
  const offered = routines.filter((routine) => routine.forKinds.includes(kind));
  const last = offered.findIndex((routine) => routine.id === lastOffered);
  const next = offered[(last + 1) % offered.length];
  if (!next) throw new Error(`no routine is offered for a ${kind} break`);
  return next;
}
