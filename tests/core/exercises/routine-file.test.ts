import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { exerciseById } from '../../../core/exercises/library';
import { EMPTY_OWN, type OwnContent, type OwnExerciseRecord, type OwnRoutine } from '../../../core/exercises/own';
import { importRoutineFile, MAX_ROUTINE_FILE_CHARS, routineFile, routineFileSchema } from '../../../core/exercises/routine-file';
import { ownContentArb } from '../../helpers/own-arbitraries';

/** A routine as what it asks, ids aside: its name, kinds, and each exercise (a library id, or an own one's content) with its count. */
function meaning(routine: OwnRoutine, own: OwnContent) {
  const exercise = (id: string) => {
    const record = own.exercises.find((e) => e.id === id);
    return record ? { ...record, id: 'own' } : id;
  };
  return {
    name: routine.name,
    forKinds: routine.forKinds,
    exercises: routine.exerciseIds.map((id) => ({ exercise: exercise(id), count: routine.repeats?.[id] })),
  };
}

const withRoutineArb = ownContentArb.filter((own) => own.routines.length > 0)
  .chain((own) => fc.record({ own: fc.constant(own), routine: fc.constantFrom(...own.routines) }));

const deskPushUp: OwnExerciseRecord = {
  id: 'own-desk-push-up', own: true, name: 'Desk push-up', posture: 'standing', areas: ['shoulders'],
  steps: ['Hands on the desk edge, lower your chest towards it, push back.'],
  dosage: { kind: 'reps', reps: 8, secondsPerRep: 3, sets: 1, restSeconds: 0, sides: 1 },
};
const mine: OwnRoutine = {
  id: 'own-desk-set', own: true, name: 'Desk set', forKinds: ['long'], exerciseIds: ['own-desk-push-up', 'neck-flexion'], repeats: { 'neck-flexion': 2 },
};
const profile: OwnContent = { exercises: [deskPushUp], routines: [mine], leftOut: [{ exercise: 'seated-march', since: 1 }] };
const fileOf = (change: (file: { routine: Record<string, unknown>; exercises: Record<string, unknown>[] } & Record<string, unknown>) => void) => {
  const file = JSON.parse(routineFile(profile, mine.id).contents) as Parameters<typeof change>[0];
  change(file);
  return JSON.stringify(file);
};

describe('a routine file', () => {
  it('round-trips: export then import gives the same routine and exercises, up to fresh ids, into an empty profile or one whose ids clash', () => {
    fc.assert(fc.property(withRoutineArb, ({ own, routine }) => {
      const { contents } = routineFile(own, routine.id);
      for (const into of [EMPTY_OWN, own]) {
        const imported = importRoutineFile(contents, into);
        if (!imported.ok) throw new Error(imported.errors.join('\n'));
        expect(imported.value.own.routines).toEqual([...into.routines, imported.value.routine]);
        expect(into.routines.map((r) => r.id)).not.toContain(imported.value.routine.id);
        expect(meaning(imported.value.routine, imported.value.own)).toEqual(meaning(routine, own));
        expect(imported.value.own.leftOut).toEqual(into.leftOut);
      }
    }), { numRuns: 150 });
  });

  it('gives a library exercise Limber\'s own words, whatever the file says of it', () => {
    const text = fileOf((file) => { file.exercises.push({ id: 'neck-flexion', name: 'Head bang', steps: ['Bang your head on the desk.'] }); });
    const imported = importRoutineFile(text, EMPTY_OWN);
    if (!imported.ok) throw new Error(imported.errors.join('\n'));
    expect(imported.value.own.exercises.map((e) => e.id)).toEqual(['own-desk-push-up']);
    expect(imported.value.routine.exerciseIds).toContain('neck-flexion');
    expect(exerciseById('neck-flexion')?.name).not.toBe('Head bang');
  });

  const refused: [string, string, string[]][] = [
    ['not JSON', '{"format": "limber-routine",', ['the file is not JSON (']],
    ['not a routine file', JSON.stringify({ format: 'limber-settings', version: 1, routine: mine, exercises: [] }), ['not a Limber routine file']],
    ['a wrong version', fileOf((file) => { file.version = 2; }), ['the file is version 2; this Limber reads version 1']],
    ['an unknown exercise', fileOf((file) => { file.routine.exerciseIds = ['neck-flexion', 'head-stand']; }), ['no exercise “head-stand”']],
    ['a count over the full dose', fileOf((file) => { file.routine.repeats = { 'neck-flexion': 9 }; }), ['Neck flexion can have at most 3 holds']],
    ['an own exercise over the general limits', fileOf((file) => { (file.exercises[0]?.dosage as { reps: number }).reps = 50; }), ['exercises[0].dosage.reps']],
    ['a routine over 30 minutes', fileOf((file) => {
      // Three own exercises at the most the general limits allow: about 12 minutes each.
      const longest = { ...deskPushUp, dosage: { kind: 'reps', reps: 10, secondsPerRep: 10, sets: 3, restSeconds: 30, sides: 2 }, firstSide: 'right' };
      file.exercises = ['a', 'b', 'c'].map((n) => ({ ...longest, id: `own-long-${n}`, name: `Long ${n}` }));
      file.routine.exerciseIds = file.exercises.map((e) => e.id);
      file.routine.repeats = {};
    }), ['takes longer than 30 minutes']],
    ['too big a file', fileOf((file) => { file.padding = 'x'.repeat(MAX_ROUTINE_FILE_CHARS); }), ['larger than a routine file can be']],
    ['three problems at once', fileOf((file) => {
      file.routine.forKinds = [];
      file.routine.name = '';
      (file.exercises[0]?.dosage as { secondsPerRep: number }).secondsPerRep = 60;
    }), ['routine.name', 'routine.forKinds', 'exercises[0].dosage.secondsPerRep']],
  ];
  it.each(refused)('is refused whole for %s, every problem listed, the profile unchanged', (_what, text, problems) => {
    const before = JSON.stringify(profile);
    const imported = importRoutineFile(text, profile);
    expect(imported.ok).toBe(false);
    const errors = imported.ok ? [] : imported.errors;
    expect(errors).toHaveLength(problems.length);
    problems.forEach((problem, i) => { expect(errors[i]).toContain(problem); });
    expect(JSON.stringify(profile)).toBe(before);
  });
});

describe('the routine file\'s JSON Schema in docs/', () => {
  const path = new URL('../../../docs/routine-file.schema.json', import.meta.url);
  it('is the one routineFileSchema gives (UPDATE_SCHEMA=1 rewrites it)', () => {
    const generated = `${JSON.stringify(z.toJSONSchema(routineFileSchema, { io: 'input' }), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA) writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
