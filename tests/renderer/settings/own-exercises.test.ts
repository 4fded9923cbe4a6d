import { describe, expect, it } from 'vitest';
import { EMPTY_OWN, OWN_DOSE_LIMITS, ownExerciseSchema, type OwnExerciseRecord } from '../../../core/exercises/own';
import { ownExerciseWords } from '../../../core/words/settings/own-exercises';
import {
  DOSE_FIELDS, DOSE_KINDS, formOf, formProblems, NEW_FORM, rangeOf, recordOf, recordSeconds, routinesUsing, summaryOf,
  type OwnExerciseForm,
} from '../../../renderer/settings/routines/own-exercise-form';

const form = (change: Partial<OwnExerciseForm> = {}): OwnExerciseForm =>
  ({ ...NEW_FORM, name: 'Chin nod', steps: 'Sit tall.\n\n  Nod your chin down slowly.  \n', ...change });
const numbers = (change: Partial<OwnExerciseForm['numbers']>) => ({ ...NEW_FORM.numbers, ...change });

describe('the own exercise form', () => {
  it('turns into a record the core accepts, one step a line, and back into the same fields', () => {
    const record = recordOf(form({ kind: 'reps', sides: 2, area: 'hips', posture: 'standing' }), 'own-chin-nod');
    expect(record).toEqual({
      id: 'own-chin-nod', own: true, name: 'Chin nod', posture: 'standing', areas: ['hips'],
      steps: ['Sit tall.', 'Nod your chin down slowly.'],
      dosage: { kind: 'reps', reps: 8, secondsPerRep: 3, sets: 1, restSeconds: 10, sides: 2 }, firstSide: 'right',
    });
    expect(ownExerciseSchema.safeParse(record).success).toBe(true);
    const again = formOf(record as OwnExerciseRecord);
    expect(again).toEqual(form({ kind: 'reps', sides: 2, area: 'hips', posture: 'standing', steps: 'Sit tall.\nNod your chin down slowly.' }));
  });

  it('has no first side on one side', () => {
    const record = recordOf(form(), 'own-x');
    expect(record).not.toHaveProperty('firstSide');
    expect(ownExerciseSchema.safeParse(record).success).toBe(true);
  });

  it('accepts every dose field at both ends of its range and refuses one past either end, naming the range', () => {
    for (const kind of DOSE_KINDS) {
      for (const field of DOSE_FIELDS[kind]) {
        const [min, max] = rangeOf(kind, field);
        for (const value of [min, max]) {
          const record = recordOf(form({ kind, numbers: numbers({ [field]: String(value) }) }), 'own-x');
          expect(ownExerciseSchema.safeParse(record).success, `${kind}.${field} ${value}`).toBe(true);
        }
        for (const value of [min - 1, max + 1]) {
          const problems = formProblems(form({ kind, numbers: numbers({ [field]: String(value) }) }));
          expect(Object.keys(problems), `${kind}.${field} ${value}`).toEqual([field]);
          expect(problems[field]).toContain(`from ${min} to ${max}`);
        }
      }
    }
  });

  it('keeps to the articles’ general limits: a hold of 5–30 s, 1–5 times', () => {
    expect(rangeOf('hold', 'holdSeconds')).toEqual(OWN_DOSE_LIMITS.hold.holdSeconds);
    expect(formProblems(form({ numbers: numbers({ holdSeconds: '31' }) })).holdSeconds).toBe('31 is too high: choose from 5 to 30 seconds.');
    expect(formProblems(form({ numbers: numbers({ holds: '2.5' }) })).holds).toBe('“2.5” is not a whole number: use a whole number, from 1 to 5.');
  });

  it('checks only the fields of the dose shape chosen', () => {
    expect(formProblems(form({ kind: 'timed', numbers: numbers({ holds: '99', reps: '' }) }))).toEqual({});
  });

  it('says what is wrong with a name or the steps', () => {
    const words = ownExerciseWords.editor;
    expect(formProblems(form({ name: '   ', steps: '\n \n' }))).toEqual({ name: words.nameEmpty, steps: words.stepsEmpty });
    expect(formProblems(form({ name: 'x'.repeat(61) })).name).toBe(words.nameTooLong(60, 61));
    expect(formProblems(form({ steps: Array.from({ length: 9 }, () => 'Step').join('\n') })).steps).toBe(words.tooManySteps(8, 9));
    expect(formProblems(form({ steps: `Fine\n${'y'.repeat(201)}` })).steps).toBe(words.stepTooLong(2, 200, 201));
    expect(recordOf(form({ name: '' }), 'own-x')).toBeNull();
  });

  it('knows the length as the player runs it, and sums it up in a line', () => {
    const held = (sides: 1 | 2) => recordOf(form({ sides, numbers: numbers({ holds: '2', holdSeconds: '20', restSeconds: '10' }) }), 'own-x') as OwnExerciseRecord;
    expect(recordSeconds(held(1))).toBeGreaterThanOrEqual(2 * 20 + 10);
    expect(recordSeconds(held(2))).toBe(2 * recordSeconds(held(1)));
    expect(summaryOf(held(2))).toBe('Seated · 2 holds of 20 s, each side · 1 min 50 s');
    expect(summaryOf(recordOf(form({ kind: 'timed', posture: 'standing', numbers: numbers({ sets: '1', workSeconds: '30' }) }), 'own-x') as OwnExerciseRecord))
      .toMatch(/^Standing beside the desk · 1 round of 30 s · \d+ s$/);
  });

  it('names the routines that use an exercise', () => {
    const routine = (name: string, exerciseIds: string[]) => ({ id: `own-${name}`, own: true as const, name, forKinds: ['micro' as const], exerciseIds });
    const own = { ...EMPTY_OWN, routines: [routine('a', ['own-x', 'neck-tilt']), routine('b', ['neck-tilt']), routine('c', ['own-x'])] };
    expect(routinesUsing(own, 'own-x')).toEqual(['a', 'c']);
    expect(routinesUsing(own, 'own-y')).toEqual([]);
  });
});

describe('the left-out list’s dates', () => {
  const december3 = Date.UTC(2026, 11, 3, 12);
  it('says since when, with the year only when it is not this one', () => {
    expect(ownExerciseWords.leftOut.since(december3, Date.UTC(2026, 11, 7, 12))).toBe('since 3 December');
    expect(ownExerciseWords.leftOut.since(december3, Date.UTC(2027, 0, 7, 12))).toBe('since 3 December 2026');
  });
});
