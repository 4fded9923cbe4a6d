import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../../core/exercises/catalogue';
import { POSTURE_CUE, postureCue, prepareBreak } from '../../../core/exercises/fit';
import { doseCount, exercisesSeconds, ROUTINES, routineExercises, withDoseCount } from '../../../core/exercises/library';
import type { Dosage } from '../../../core/exercises/types';
import { ownContentArb } from '../../helpers/own-arbitraries';

/** Every field of a dose but its count: the length of a hold, rep or round, the rest, the sides. */
const lengths = (dosage: Dosage) => withDoseCount(dosage, 0);

/** A catalogue with random own content, one of its routines (library or own), and a break of 5 s to 30 min. */
const caseArb = ownContentArb.chain((own) => {
  const catalogue = catalogueOf(own);
  return fc.record({
    own: fc.constant(own),
    routineId: fc.constantFrom(...catalogue.routines.map((routine) => routine.id)),
    seconds: fc.integer({ min: 5, max: 1800 }),
  });
});

describe('prepareBreak', () => {
  it('fits a routine into its break by fewer holds, reps or rounds only, keeping every exercise, or gives null when one of each is too long', () => {
    fc.assert(fc.property(caseArb, ({ own, routineId, seconds }) => {
      const catalogue = catalogueOf(own);
      const routine = catalogue.routine(routineId);
      if (!routine) throw new Error(`no routine ${routineId}`);
      const asked = routineExercises(routine, catalogue.exercise);
      const prepared = prepareBreak(catalogue, routineId, seconds);
      const oneOfEach = asked.map((exercise) => ({ ...exercise, dosage: withDoseCount(exercise.dosage, 1) }));
      expect(prepared === null).toBe(exercisesSeconds(oneOfEach) > seconds);
      if (!prepared) return;
      expect(exercisesSeconds(prepared.exercises)).toBeLessThanOrEqual(seconds);
      expect(prepared.exercises.map((exercise) => exercise.id)).toEqual(routine.exerciseIds);
      prepared.exercises.forEach((exercise, i) => {
        const full = catalogue.exercise(exercise.id)?.dosage;
        if (!full) throw new Error(`no exercise ${exercise.id}`);
        expect(doseCount(exercise.dosage)).toBeGreaterThanOrEqual(1);
        expect(doseCount(exercise.dosage)).toBeLessThanOrEqual(Math.min(doseCount(full), doseCount(asked[i]?.dosage ?? full)));
        expect(lengths(exercise.dosage)).toEqual(lengths(full));
      });
      expect(prepared.trimmed).toBe(exercisesSeconds(asked) > seconds);
    }), { numRuns: 300 });
  });

  it('runs a routine as built when no break length is given', () => {
    const catalogue = catalogueOf();
    for (const routine of ROUTINES) {
      expect(prepareBreak(catalogue, routine.id, null)?.exercises).toEqual(routineExercises(routine));
    }
    expect(prepareBreak(catalogue, 'no-such-routine', 1800)).toBeNull();
  });
});

describe('the posture cue', () => {
  it('lasts exactly the break, for any break the settings allow (10 s to 30 min)', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 1800 }), (seconds) => {
      expect(exercisesSeconds(postureCue(seconds).exercises)).toBe(seconds);
      expect(prepareBreak(catalogueOf(), POSTURE_CUE, seconds)).toEqual(postureCue(seconds));
    }));
  });
});
