import type { BodyArea, Exercise } from './types';

/** The body areas This hurts and the check-ins speak of. */
export type CareArea = 'neck' | 'shoulders' | 'back' | 'hips';

// The core and whole-body moves load the back, the area the articles' advice is written for.
const CARE_AREA: Record<BodyArea, CareArea> = {
  neck: 'neck',
  shoulders: 'shoulders',
  'lower-back': 'back',
  core: 'back',
  'whole-body': 'back',
  hips: 'hips',
};

/** The area an exercise mostly works: the first it lists. */
export function exerciseCareArea(exercise: Exercise): CareArea {
  const [main = 'lower-back'] = exercise.areas;
  return CARE_AREA[main];
}

/** The area most of a routine works, counting every area of every exercise once; a tie goes to the one met first. */
export function routineCareArea(exercises: readonly Exercise[]): CareArea {
  const counts = new Map<CareArea, number>();
  for (const exercise of exercises) {
    for (const area of new Set(exercise.areas.map((a) => CARE_AREA[a]))) counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  let best: CareArea = 'back';
  let most = 0;
  for (const [area, count] of counts) if (count > most) [best, most] = [area, count];
  return best;
}
