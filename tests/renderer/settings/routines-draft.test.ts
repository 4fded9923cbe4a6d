import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../../core/exercises/catalogue';
import { exerciseById, routineById, routineSeconds } from '../../../core/exercises/library';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { checkCount, copyOf, draftExercises, draftOf, draftProblems, fitsOf, moved, routineOf, takenIds } from '../../../renderer/settings/routines/draft';

const catalogue = catalogueOf();
const known = <T>(found: T | undefined): T => {
  if (found === undefined) throw new Error('not in the library');
  return found;
};
const bracing = known(exerciseById('abdominal-bracing'));
const withMicro = (durationSeconds: number) => ({ ...DEFAULT_SETTINGS, microBreak: { ...DEFAULT_SETTINGS.microBreak, durationSeconds } });

describe('the routine editor’s draft', () => {
  it('takes counts from 1 up to the full dose, and says the limit when refusing', () => {
    expect(checkCount('4', bracing)).toEqual({ ok: true, value: 4 });
    expect(checkCount(' 10 ', bracing)).toEqual({ ok: true, value: 10 });
    expect(checkCount('11', bracing)).toEqual({ ok: false, message: '11 is more than the full dose: at most 10 holds.' });
    expect(checkCount('0', bracing)).toMatchObject({ ok: false, message: '0 is too few: enter from 1 to 10 holds.' });
    expect(checkCount('2.5', bracing)).toMatchObject({ ok: false });
    expect(checkCount('', bracing)).toMatchObject({ ok: false, message: 'This is empty: enter from 1 to 10 holds.' });
  });

  it('round-trips a routine, keeping repeats only below the full dose', () => {
    const routine = known(routineById('spine-wave'));
    const draft = draftOf(routine, catalogue);
    expect(draft.items).toEqual([{ exerciseId: 'seated-cat-cow', count: '4' }]);
    const full = { ...draft, id: null, items: [...draft.items, { exerciseId: 'abdominal-bracing', count: '10' }] };
    const saved = routineOf(full, catalogue, takenIds(catalogue));
    expect(saved).toEqual({
      id: 'own-spine-wave', own: true, name: routine.name, forKinds: ['micro'],
      exerciseIds: ['seated-cat-cow', 'abdominal-bracing'], repeats: { 'seated-cat-cow': 4 },
    });
    expect(routineSeconds(saved, catalogue.exercise)).toBeGreaterThan(routineSeconds(routine));
  });

  it('lists what keeps a draft from saving', () => {
    expect(draftProblems({ id: null, name: ' ', kinds: [], items: [] }, catalogue)).toEqual([
      'Give the routine a name.', 'Choose at least one kind of break.', 'Add at least one exercise.',
    ]);
    expect(draftProblems({ id: null, name: 'Mine', kinds: ['long'], items: [{ exerciseId: 'abdominal-bracing', count: '12' }] }, catalogue))
      .toEqual(['Abdominal bracing: 12 is more than the full dose: at most 10 holds.']);
  });

  it('tells a break that shortens the routine from one it won’t fit', () => {
    const exercises = draftExercises({ id: null, name: 'x', kinds: ['micro'], items: [{ exerciseId: 'abdominal-bracing', count: '3' }] }, catalogue);
    // 3 holds of 10 s with 5 s between them, after the moment to get ready.
    expect(fitsOf(exercises, ['micro'], withMicro(120))).toEqual([{ kind: 'micro', seconds: 120, fit: 'fits' }]);
    expect(fitsOf(exercises, ['micro'], withMicro(30))[0]?.fit).toBe('shortened');
    expect(fitsOf(exercises, ['micro'], withMicro(10))[0]?.fit).toBe('wontFit');
  });

  it('copies a built-in routine under a new own id, and swaps neighbours', () => {
    expect(copyOf(known(routineById('neck-release')), new Set(['own-neck-release-copy']))).toMatchObject({
      id: 'own-neck-release-copy-2', own: true, name: 'Neck release (copy)', repeats: { 'neck-flexion': 1 },
    });
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
