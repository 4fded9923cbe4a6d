import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../core/exercises/catalogue';
import type { OwnContent, OwnRoutine } from '../../core/exercises/own';
import { hostWith, NOON_2026_11_21 } from '../helpers/host-fixture';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { ownContentArb } from '../helpers/own-arbitraries';

const neckSet: OwnRoutine = { id: 'own-neck-set', own: true, name: 'Neck set', forKinds: ['long'], exerciseIds: ['neck-flexion', 'neck-side-bend'] };
const withNeckSet: OwnContent = { exercises: [], routines: [neckSet], leftOut: [] };

type Step = { save: OwnContent } | { hurt: number } | { bringBack: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  ownContentArb.map((save) => ({ save })),
  fc.record({ hurt: fc.nat() }),
  fc.record({ bringBack: fc.nat() }),
);

describe('This hurts, and bringing an exercise back', () => {
  it('leaves the exercise on screen out from now on, and records it in the history', async () => {
    const { host, own, leftOutChanges } = hostWith();
    await host.recordRoutine({ routineId: 'unwind', outcome: 'hurt', exercisesDone: [], hurtExercise: 'muscle-relaxation' });
    expect(own().leftOut).toEqual([{ exercise: 'muscle-relaxation', since: NOON_2026_11_21 }]);
    expect(await host.bringBack('muscle-relaxation')).toEqual({ exercises: [], routines: [], leftOut: [] });
    expect(leftOutChanges).toEqual([['muscle-relaxation', 'left-out'], ['muscle-relaxation', 'brought-back']]);
  });

  it('never brings a left-out exercise back unasked: saving routines leaves what is left out as it was', async () => {
    await fc.assert(fc.asyncProperty(fc.array(stepArb, { maxLength: 12 }), async (steps) => {
      const { host, own } = hostWith();
      for (const step of steps) {
        const before = own().leftOut;
        const catalogue = catalogueOf(own());
        if ('save' in step) {
          const saved = await host.saveRoutines({ exercises: step.save.exercises, routines: step.save.routines });
          expect(saved.ok).toBe(true);
          // Only an own exercise the save deleted goes from the list, with the exercise itself.
          expect(own().leftOut).toEqual(before.filter((entry) => catalogueOf(own()).exercise(entry.exercise)));
        } else if ('hurt' in step) {
          const exercise = catalogue.exercises[step.hurt % catalogue.exercises.length]?.id ?? '';
          await host.recordRoutine({ routineId: 'unwind', outcome: 'hurt', exercisesDone: [], hurtExercise: exercise });
          expect(own().leftOut).toEqual(catalogue.isLeftOut(exercise) ? before : [...before, { exercise, since: NOON_2026_11_21 }]);
        } else {
          const back = before[step.bringBack % Math.max(1, before.length)]?.exercise ?? 'seated-march';
          await host.bringBack(back);
          expect(own().leftOut).toEqual(before.filter((entry) => entry.exercise !== back));
        }
      }
    }), { numRuns: 60 });
  });
});

describe('pinning a routine', () => {
  it('unpins an own routine when it is deleted', async () => {
    const { host, settings } = hostWith({ own: withNeckSet });
    expect(await host.saveSettings({ routines: { long: neckSet.id } })).toMatchObject({ ok: true });
    expect(await host.offerRoutine('long')).toBe(neckSet.id);
    expect(await host.saveRoutines({ exercises: [], routines: [] })).toMatchObject({ ok: true });
    expect(settings().routines.long).toBe('rotate');
  });

  it('refuses a pin on a routine that does not exist, or is not for that kind, saying which', async () => {
    const { host, settings } = hostWith({ own: withNeckSet });
    expect(await host.saveSettings({ routines: { long: 'own-gone' } })).toEqual({
      ok: false, errors: ['routines.long names “own-gone”, which is not a long routine'],
    });
    expect(await host.saveSettings({ routines: { micro: neckSet.id } })).toEqual({
      ok: false, errors: ['routines.micro names “own-neck-set”, which is not a micro routine'],
    });
    expect(settings().routines).toEqual({ long: 'rotate', micro: 'rotate' });
  });

  it('falls back to taking turns when the pinned routine cannot fit the break, or has nothing left', async () => {
    const { host } = hostWith({ own: withNeckSet });
    await host.saveSettings({ routines: { micro: 'ear-to-shoulder' }, microBreak: { durationSeconds: 20 } });
    expect(await host.offerRoutine('micro')).not.toBe('ear-to-shoulder');
    await host.saveSettings({ routines: { long: neckSet.id } });
    for (const exercise of neckSet.exerciseIds) await host.recordRoutine({ routineId: neckSet.id, outcome: 'hurt', exercisesDone: [], hurtExercise: exercise });
    expect(await host.offerRoutine('long')).not.toBe(neckSet.id);
  });
});

describe('a routine that went, or a disk that refuses', () => {
  it('never lets a pin on a routine that has gone block saving anything else', async () => {
    const stale = { ...DEFAULT_SETTINGS, routines: { long: 'own-gone', micro: 'rotate' as const } };
    const { host, settings } = hostWith({ settings: stale });
    expect(await host.saveSettings({ theme: 'dark' })).toMatchObject({ ok: true });
    expect(settings().theme).toBe('dark');
    expect(await host.offerRoutine('long')).not.toBe('own-gone');
  });

  it('starts what the prompt named, pinned or not, and the next in turn if it was deleted since', async () => {
    const { host, shown } = hostWith({ own: withNeckSet });
    await host.saveSettings({ routines: { long: neckSet.id } });
    expect(await host.offerRoutine('long')).toBe(neckSet.id);
    await host.startOffered('long');
    expect(shown.at(-1)?.[0]).toBe(neckSet.id);
    await host.saveRoutines({ exercises: [], routines: [] });
    await host.startOffered('long');
    expect(shown.at(-1)?.[0]).not.toBe(neckSet.id);
    expect(catalogueOf().routine(shown.at(-1)?.[0] ?? '')?.forKinds).toContain('long');
  });

  it('keeps an exercise This hurts left out while routines.json refuses the write, and records it', async () => {
    const { host, leftOutChanges } = hostWith({ failOwnSave: true });
    await host.recordRoutine({ routineId: 'quick-brace', outcome: 'hurt', exercisesDone: [], hurtExercise: 'abdominal-bracing' });
    expect((await host.routines()).leftOut.map((entry) => entry.exercise)).toEqual(['abdominal-bracing']);
    expect(leftOutChanges).toEqual([['abdominal-bracing', 'left-out']]);
  });

  it('records only exercises Limber knows', async () => {
    const { host, state } = hostWith();
    await host.recordRoutine({ routineId: 'quick-brace', outcome: 'completed', exercisesDone: ['abdominal-bracing', 'own-made-up'] });
    expect(state().recent).toEqual(['abdominal-bracing']);
  });
});
