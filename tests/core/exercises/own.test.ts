import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISES, ROUTINES } from '../../../core/exercises/library';
import { checkOwn, salvageOwn } from '../../../core/exercises/own-check';
import { OWN_PREFIX, ownId } from '../../../core/exercises/own-ids';
import { EMPTY_OWN, OWN_LIMITS, type OwnContent } from '../../../core/exercises/own';
import { kebabIdSchema } from '../../../core/exercises/schema';
import { ownContentArb, ownExerciseArb } from '../../helpers/own-arbitraries';

const errorsOf = (raw: unknown) => {
  const checked = checkOwn(raw);
  return checked.ok ? [] : checked.errors;
};

/** A list with junk put in among its items: what a hand edit or a half-written file might leave. */
const withJunk = (items: readonly unknown[]) => fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { maxLength: 3 }).map((junk) => {
  const mixed: unknown[] = [...items];
  for (const [at, value] of junk) mixed.splice(at % (mixed.length + 1), 0, value);
  return mixed;
});

describe('checkOwn', () => {
  it('lists every problem, each naming the routine or exercise it is about', () => {
    fc.assert(fc.property(ownContentArb.filter((own) => own.routines.length > 0), fc.nat(), (own, pick) => {
      const broken = own.routines.filter((_, i) => (pick >> i) % 2 === 0);
      const routines = own.routines.map((routine) => (broken.includes(routine) ? { ...routine, exerciseIds: [...routine.exerciseIds, 'no-such-move'] } : routine));
      const errors = errorsOf({ ...own, routines });
      expect(errors).toHaveLength(broken.length);
      broken.forEach((routine, i) => { expect(errors[i]).toBe(`Routine “${routine.name}”: no exercise “no-such-move” in Limber’s library or your own`); });
    }));
    const [first] = fc.sample(ownExerciseArb, { numRuns: 1, seed: 25 });
    if (!first) throw new Error('no sample');
    expect(errorsOf({ ...EMPTY_OWN, exercises: [first, { ...first, name: 'Again' }, { ...first, id: 'seated-march', name: 'Marching' }] })).toEqual([
      `Exercise “${first.id}”: more than one has the id “${first.id}”`,
      'Exercise “Marching”: the id “seated-march” is taken by Limber’s library',
    ]);
  });
});

describe('salvageOwn', () => {
  it('starts from any JSON value whatever: never throws, and what it keeps passes checkOwn', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fc.record({ exercises: fc.jsonValue(), routines: fc.jsonValue(), leftOut: fc.jsonValue() })), (raw) => {
      expect(checkOwn(salvageOwn(raw).value).ok).toBe(true);
    }), { numRuns: 500 });
  });

  it('keeps every valid item of a file with junk among them, and names a problem', () => {
    const withLeftOutArb = ownContentArb.chain((own) => fc.subarray([...EXERCISES, ...own.exercises].map((e) => e.id))
      .map((ids): OwnContent => ({ ...own, leftOut: ids.map((exercise, since) => ({ exercise, since })) })));
    const fileArb = withLeftOutArb.chain((own) => fc.record({
      own: fc.constant(own), exercises: withJunk(own.exercises), routines: withJunk(own.routines), leftOut: withJunk(own.leftOut),
    }));
    fc.assert(fc.property(fileArb, ({ own, exercises, routines, leftOut }) => {
      const salvaged = salvageOwn({ exercises, routines, leftOut });
      expect(salvaged.value).toEqual(own);
      expect(salvaged.problems.length > 0).toBe(exercises.length + routines.length + leftOut.length > own.exercises.length + own.routines.length + own.leftOut.length);
    }), { numRuns: 200 });
  });

  it('keeps no more own exercises or routines than Limber allows', () => {
    fc.assert(fc.property(ownExerciseArb, (record) => {
      const many = Array.from({ length: OWN_LIMITS.exercises + 3 }, (_, i) => ({ ...record, id: `own-copy-${i}` }));
      const own: OwnContent = salvageOwn({ exercises: many, routines: [], leftOut: [] }).value;
      expect(own.exercises).toEqual(many.slice(0, OWN_LIMITS.exercises));
      expect(checkOwn(own).ok).toBe(true);
    }), { numRuns: 20 });
    const routines = Array.from({ length: OWN_LIMITS.routines + 3 }, (_, i) => ({ id: `own-r-${i}`, own: true, name: 'R', forKinds: ['micro'], exerciseIds: ['neck-flexion'] }));
    expect(salvageOwn({ exercises: [], routines, leftOut: [] }).value.routines).toEqual(routines.slice(0, OWN_LIMITS.routines));
  });
});

describe('own ids', () => {
  it('are unique, kebab-case and start with own-, whatever the names', () => {
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 30 }), fc.constantFrom('routine' as const, 'exercise' as const), (names, fallback) => {
      const taken = new Set<string>();
      for (const name of names) {
        const id = ownId(name, taken, fallback);
        expect(taken.has(id)).toBe(false);
        expect(id.startsWith(OWN_PREFIX)).toBe(true);
        expect(kebabIdSchema.safeParse(id).success).toBe(true);
        taken.add(id);
      }
    }));
  });

  it('can never be a library id: no library exercise or routine starts with own-', () => {
    expect([...EXERCISES, ...ROUTINES].filter((item) => item.id.startsWith(OWN_PREFIX))).toEqual([]);
  });
});
