import type { BodyArea, Exercise } from './types';

/** The body areas This hurts and the check-ins speak of. */
export type CareArea = 'neck' | 'shoulders' | 'back' | 'hips';

const CARE_AREA: Record<BodyArea, CareArea> = {
  neck: 'neck',
  shoulders: 'shoulders',
  'lower-back': 'back',
  core: 'back',
  'whole-body': 'back',
  hips: 'hips',
};

/** The area an exercise mostly works: its first listed area. */
export function exerciseCareArea(exercise: Exercise): CareArea {
  return CARE_AREA[exercise.areas[0] ?? 'lower-back'];
}

/** The area most of a routine's exercises work; a tie goes to the one met first. */
export function routineCareArea(exercises: readonly Exercise[]): CareArea {
  const counts = new Map<CareArea, number>();
  for (const exercise of exercises) {
    const area = exerciseCareArea(exercise);
    counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  let best: CareArea = 'back';
  let most = 0;
  for (const [area, count] of counts) if (count > most) [best, most] = [area, count];
  return best;
}
