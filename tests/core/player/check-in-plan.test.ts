import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../../core/exercises/catalogue';
import { POSTURE_CUE, prepareBreak } from '../../../core/exercises/fit';
import { ROUTINES } from '../../../core/exercises/library';
import type { BreakKind } from '../../../core/kinds';
import { checkInArea, checkInQuestion } from '../../../core/player/check-in-plan';

const catalogue = catalogueOf();
const areaOf = (id: string, kind: BreakKind | null = 'long') => {
  const prepared = prepareBreak(catalogue, id, null);
  if (!prepared) throw new Error(id);
  return checkInArea(kind, prepared);
};

describe('check-in plan', () => {
  it('asks only in a long break, never in a micro break, one run as built, or the posture cue', () => {
    for (const routine of ROUTINES) {
      expect(areaOf(routine.id, 'long'), routine.id).not.toBeNull();
      expect(areaOf(routine.id, 'micro'), routine.id).toBeNull();
      expect(areaOf(routine.id, null), routine.id).toBeNull();
    }
    expect(areaOf(POSTURE_CUE, 'long')).toBeNull();
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
