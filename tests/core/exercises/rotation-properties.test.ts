import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueOf, type Catalogue } from '../../../core/exercises/catalogue';
import { POSTURE_CUE, prepareBreak } from '../../../core/exercises/fit';
import { exercisesSeconds, ROUTINES } from '../../../core/exercises/library';
import { EMPTY_OWN, type OwnContent } from '../../../core/exercises/own';
import { nextRoutine, RECENT_EXERCISES } from '../../../core/exercises/rotation';
import type { BreakKind } from '../../../core/kinds';
import { ownContentArb } from '../../helpers/own-arbitraries';

type Event =
  | { break: BreakKind; seconds: number }
  | { hurt: number }
  | { bringBack: number }
  | { addRoutine: true };

const breakArb = fc.oneof(
  fc.record({ break: fc.constant('micro' as const), seconds: fc.integer({ min: 10, max: 300 }) }),
  fc.record({ break: fc.constant('long' as const), seconds: fc.integer({ min: 1, max: 30 }).map((minutes) => minutes * 60) }),
);
const eventArb: fc.Arbitrary<Event> = fc.oneof(
  { arbitrary: breakArb, weight: 6 },
  { arbitrary: fc.record({ hurt: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ bringBack: fc.nat() }), weight: 1 },
  { arbitrary: fc.constant({ addRoutine: true as const }), weight: 1 },
);

/** Breaks as the host runs them: the offer, its prepared exercises done in full, and rotation moving on. */
function runBreaks(start: OwnContent, events: readonly Event[], check: (kind: BreakKind, seconds: number, offered: string, catalogue: Catalogue) => void) {
  const pending = [...start.routines];
  let own: OwnContent = { ...start, routines: [] };
  const offered: Partial<Record<BreakKind, string>> = {};
  let recent: string[] = [];
  events.forEach((event, at) => {
    const catalogue = catalogueOf(own);
    if ('hurt' in event) {
      const exercise = catalogue.exercises[event.hurt % catalogue.exercises.length];
      if (exercise && !catalogue.isLeftOut(exercise.id)) own = { ...own, leftOut: [...own.leftOut, { exercise: exercise.id, since: at }] };
    } else if ('bringBack' in event) {
      const back = own.leftOut[event.bringBack % Math.max(1, own.leftOut.length)];
      own = { ...own, leftOut: own.leftOut.filter((entry) => entry !== back) };
    } else if ('addRoutine' in event) {
      const routine = pending.shift();
      if (routine) own = { ...own, routines: [...own.routines, routine] };
    } else {
      const id = nextRoutine({ kind: event.break, catalogue, seconds: event.seconds, lastOffered: offered[event.break] ?? null, recent });
      check(event.break, event.seconds, id, catalogue);
      offered[event.break] = id;
      recent = [...recent, ...(prepareBreak(catalogue, id, event.seconds)?.exercises.map((e) => e.id) ?? [])].slice(-24);
    }
  });
}

describe('rotation over many breaks', () => {
  it('never offers a left-out exercise, a routine with nothing left, or one that overruns its break; the posture cue only when nothing fits', () => {
    fc.assert(fc.property(ownContentArb, fc.array(eventArb, { maxLength: 60 }), (own, events) => {
      runBreaks(own, events, (kind, seconds, offered, catalogue) => {
        if (offered === POSTURE_CUE) {
          const ofKind = catalogue.routines.filter((routine) => routine.forKinds.includes(kind));
          expect(ofKind.filter((routine) => prepareBreak(catalogue, routine.id, seconds) !== null)).toEqual([]);
          return;
        }
        const routine = catalogue.routine(offered);
        expect(routine?.forKinds).toContain(kind);
        expect(routine?.exerciseIds.some((id) => !catalogue.isLeftOut(id))).toBe(true);
        const prepared = prepareBreak(catalogue, offered, seconds);
        expect(prepared).not.toBeNull();
        expect(prepared?.exercises.filter((exercise) => catalogue.isLeftOut(exercise.id))).toEqual([]);
        expect(exercisesSeconds(prepared?.exercises ?? [])).toBeLessThanOrEqual(seconds);
      });
    }), { numRuns: 150 });
  });

  /*
   * The bound: from a fresh profile, over micro breaks of one length with the same exercises left out, any N
   * consecutive micro breaks ask for N different exercises, N being how many micro routines can be offered (at most
   * RECENT_EXERCISES). Why: with nothing done lately, rotation takes the routines strictly in turn; the library's micro
   * routines share no exercise; and once each has been offered, every offerable exercise is among the last N ≤ 8 done,
   * so the preference for exercises not done lately never skips one out of turn.
   */
  it('varies micro breaks: no exercise comes back within N breaks while N micro routines can be offered', () => {
    const micro = ROUTINES.filter((routine) => routine.forKinds.includes('micro'));
    const microExercises = [...new Set(micro.flatMap((routine) => routine.exerciseIds))];
    expect(micro.flatMap((routine) => routine.exerciseIds)).toHaveLength(microExercises.length);
    fc.assert(fc.property(
      fc.integer({ min: 10, max: 300 }), fc.subarray(microExercises), fc.integer({ min: 1, max: 40 }),
      (seconds, hurt, breaks) => {
        const own = { ...EMPTY_OWN, leftOut: hurt.map((exercise) => ({ exercise, since: 0 })) };
        const catalogue = catalogueOf(own);
        const n = micro.filter((routine) => prepareBreak(catalogue, routine.id, seconds)).length;
        expect(n).toBeLessThanOrEqual(RECENT_EXERCISES);
        const asked: string[] = [];
        runBreaks(own, Array.from({ length: breaks }, () => ({ break: 'micro' as const, seconds })), (_kind, _seconds, offered) => {
          asked.push(...(prepareBreak(catalogue, offered, seconds)?.exercises.map((e) => e.id) ?? [offered]));
        });
        for (let i = 0; i + n <= asked.length; i++) expect(new Set(asked.slice(i, i + n)).size).toBe(n);
      },
    ), { numRuns: 200 });
  });
});
