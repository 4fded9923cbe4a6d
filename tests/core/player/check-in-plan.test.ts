import { describe, expect, it } from 'vitest';
import { ROUTINES, routineById, routineExercises } from '../../../core/exercises/library';
import { checkInArea, checkInQuestion } from '../../../core/player/check-in-plan';

const areaOf = (id: string) => {
  const routine = routineById(id);
  if (!routine) throw new Error(id);
  return checkInArea(routine, routineExercises(routine));
};

describe('check-in plan', () => {
  it('asks only in the routines of long breaks, never in a micro break', () => {
    for (const routine of ROUTINES) {
      const area = checkInArea(routine, routineExercises(routine));
      expect(area === null, routine.id).toBe(!routine.forKinds.includes('long'));
    }
    expect(areaOf('posture-reset')).toBeNull();
  });

  it('asks about the area the routine works', () => {
    expect(areaOf('neck-and-shoulders')).toBe('neck');
    expect(areaOf('lower-back-reset')).toBe('back');
    expect(areaOf('quick-brace')).toBe('back');
  });

  it('words the question for the area and the moment', () => {
    expect(checkInQuestion('neck', 'before')).toBe('Before you start: how stiff is your neck right now?');
    expect(checkInQuestion('shoulders', 'after')).toBe('And now, after the routine: how stiff are your shoulders?');
  });
});
