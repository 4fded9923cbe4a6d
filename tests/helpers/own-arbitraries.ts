// Random own exercises and routines, always within the limits checkOwn keeps (for the core's property tests).
import fc from 'fast-check';
import { checkOwn } from '../../core/exercises/own-check';
import { ownId } from '../../core/exercises/own-ids';
import { EMPTY_OWN, OWN_DOSE_LIMITS, type OwnContent, type OwnExerciseRecord, type OwnRoutine } from '../../core/exercises/own';
import { doseCount, EXERCISES } from '../../core/exercises/library';
import type { BreakKind } from '../../core/kinds';

const within = ([min, max]: readonly [number, number]) => fc.integer({ min, max });
const sidesArb = fc.constantFrom<1 | 2>(1, 2);

export const ownDosageArb: fc.Arbitrary<OwnExerciseRecord['dosage']> = fc.oneof(
  fc.record({
    kind: fc.constant('hold' as const), holds: within(OWN_DOSE_LIMITS.hold.holds), holdSeconds: within(OWN_DOSE_LIMITS.hold.holdSeconds),
    restSeconds: within(OWN_DOSE_LIMITS.hold.restSeconds), sides: sidesArb,
  }),
  fc.record({
    kind: fc.constant('reps' as const), reps: within(OWN_DOSE_LIMITS.reps.reps), secondsPerRep: within(OWN_DOSE_LIMITS.reps.secondsPerRep),
    sets: within(OWN_DOSE_LIMITS.reps.sets), restSeconds: within(OWN_DOSE_LIMITS.reps.restSeconds), sides: sidesArb,
  }),
  fc.record({
    kind: fc.constant('timed' as const), sets: within(OWN_DOSE_LIMITS.timed.sets), workSeconds: within(OWN_DOSE_LIMITS.timed.workSeconds),
    restSeconds: within(OWN_DOSE_LIMITS.timed.restSeconds), sides: sidesArb,
  }),
);

const nameArb = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[a-z]$/);

/** An own exercise as the settings would save it (its id made from its name). */
export const ownExerciseArb: fc.Arbitrary<OwnExerciseRecord> = fc.record({
  name: nameArb,
  posture: fc.constantFrom('seated' as const, 'standing' as const),
  areas: fc.uniqueArray(fc.constantFrom('lower-back' as const, 'core' as const, 'hips' as const, 'neck' as const), { minLength: 1, maxLength: 3 }),
  steps: fc.array(fc.constantFrom('Sit tall.', 'Breathe out slowly.', 'Lift one knee.'), { minLength: 1, maxLength: 3 }),
  dosage: ownDosageArb,
  firstSide: fc.constantFrom('right' as const, 'left' as const),
}).map(({ firstSide, ...record }) => ({
  ...record, id: ownId(record.name, new Set(), 'exercise'), own: true as const, ...(record.dosage.sides === 2 && { firstSide }),
}));

const kindsArb = fc.constantFrom<BreakKind[]>(['micro'], ['long'], ['micro', 'long']);

/** Own content: up to four own exercises, up to four routines of library and own exercises, each count within the full dose. */
export const ownContentArb: fc.Arbitrary<OwnContent> = fc.array(ownExerciseArb, { maxLength: 4 })
  .map((drafts) => drafts.reduce<OwnExerciseRecord[]>((kept, draft) => {
    const taken = new Set(kept.map((e) => e.id));
    return [...kept, { ...draft, id: ownId(draft.name, taken, 'exercise') }];
  }, []))
  .chain((exercises) => {
    const usable = [...EXERCISES, ...exercises];
    const routineArb = fc.record({
      name: nameArb,
      forKinds: kindsArb,
      picks: fc.uniqueArray(fc.integer({ min: 0, max: usable.length - 1 }), { minLength: 1, maxLength: 4 }),
      fractions: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 4, maxLength: 4 }),
    });
    return fc.array(routineArb, { maxLength: 4 }).map((drafts) => {
      const taken = new Set(exercises.map((e) => e.id));
      const routines = drafts.map(({ name, forKinds, picks, fractions }): OwnRoutine => {
        const chosen = picks.flatMap((i) => usable[i] ?? []);
        const repeats = Object.fromEntries(chosen.flatMap((e, i) => {
          const fraction = fractions[i];
          return fraction === null || fraction === undefined ? [] : [[e.id, Math.max(1, Math.round(fraction * doseCount(e.dosage)))]];
        }));
        const id = ownId(name, taken, 'routine');
        taken.add(id);
        return { id, own: true, name, forKinds, exerciseIds: chosen.map((e) => e.id), ...(Object.keys(repeats).length > 0 && { repeats }) };
      });
      return { ...EMPTY_OWN, exercises, routines };
    });
  })
  .filter((own) => checkOwn(own).ok);
