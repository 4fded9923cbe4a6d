import { describe, expect, it } from 'vitest';
import { EXERCISES, ROUTINES, routineExercises } from '../../../core/exercises/library';
import { sideOrder, stepsFor } from '../../../core/exercises/sides';
import type { Side } from '../../../core/exercises/types';
import { buildTimeline } from '../../../core/player/timeline';

const TWO_SIDED = EXERCISES.filter((exercise) => exercise.dosage.sides === 2);
const SIDES: readonly Side[] = ['right', 'left'];
const sidesNamed = (lines: readonly string[]) => new Set(lines.join(' ').toLowerCase().match(/\b(left|right)\b/g) ?? []);

describe('stepsFor', () => {
  it('has two-sided exercises to check', () => {
    expect(TWO_SIDED.map((exercise) => exercise.id)).toEqual(
      expect.arrayContaining(['seated-rotation', 'neck-side-bend', 'levator-scapula', 'standing-hip-shift']),
    );
  });

  it.each(TWO_SIDED.flatMap((exercise) => SIDES.map((side) => [exercise.id, side, exercise] as const)))(
    '%s: the %s side\'s steps name that side and never the other',
    (_id, side, exercise) => {
      const steps = stepsFor(exercise, side);
      expect(steps).toHaveLength(exercise.steps.length);
      expect([...sidesNamed(steps)]).toEqual([side]);
      for (const step of steps) expect(step).not.toMatch(/[{}]/);
    },
  );

  it.each(TWO_SIDED.map((exercise) => [exercise.id, exercise] as const))(
    '%s: before a side is reached (get ready), the steps read for the side it starts on',
    (_id, exercise) => {
      const first = sideOrder(exercise)[0];
      expect(first).toBe(exercise.firstSide);
      expect(stepsFor(exercise, undefined)).toEqual(stepsFor(exercise, first));
    },
  );

  it('leaves a one-sided exercise\'s steps as written', () => {
    for (const exercise of EXERCISES.filter((e) => e.dosage.sides === 1)) {
      expect(stepsFor(exercise, undefined), exercise.id).toEqual(exercise.steps);
    }
  });

  it('keeps cues the same on both sides, so they name neither', () => {
    for (const exercise of TWO_SIDED) expect([...sidesNamed(exercise.cues)], exercise.id).toEqual([]);
  });
});

describe('the player follows the data\'s side order', () => {
  it.each(ROUTINES.map((routine) => [routine.id, routine] as const))('%s: every phase\'s steps name the phase\'s side', (_id, routine) => {
    const exercises = routineExercises(routine);
    for (const phase of buildTimeline(exercises)) {
      const exercise = exercises[phase.exercise];
      if (!exercise || exercise.dosage.sides === 1) continue;
      const side = phase.side ?? exercise.firstSide;
      expect([...sidesNamed(stepsFor(exercise, phase.side))], `${exercise.id} ${phase.label}`).toEqual([side]);
    }
  });

  it('does the first side, switches to the other, and does that', () => {
    for (const exercise of TWO_SIDED) {
      const [first, second] = sideOrder(exercise);
      const sides = buildTimeline([exercise]).flatMap((phase) => (phase.side ? [`${phase.kind} ${phase.side}`] : []));
      const switchAt = sides.indexOf(`switch-sides ${second}`);
      expect(switchAt, exercise.id).toBeGreaterThan(0);
      expect(sides.slice(0, switchAt).every((s) => s.endsWith(` ${first}`)), exercise.id).toBe(true);
      expect(sides.slice(switchAt).every((s) => s.endsWith(` ${second}`)), exercise.id).toBe(true);
    }
  });

  it('starts on the left when an exercise says so', () => {
    const [exercise] = TWO_SIDED;
    if (!exercise) throw new Error('no two-sided exercise');
    const sides = buildTimeline([{ ...exercise, firstSide: 'left' }]).flatMap((phase) => phase.side ?? []);
    expect(sides[0]).toBe('left');
    expect(sides.at(-1)).toBe('right');
  });
});
