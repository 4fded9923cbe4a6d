// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../core/exercises/library';
import { stepsFor } from '../../../core/exercises/sides';
import type { Side } from '../../../core/exercises/types';
import { ExerciseFigure } from '../../../renderer/break/figures';

afterEach(cleanup);

const SIDES: readonly Side[] = ['right', 'left'];
const firstSideNamed = (text: string) => /\b(left|right)\b/i.exec(text)?.[1]?.toLowerCase();

describe('a two-sided exercise\'s figure agrees with its steps', () => {
  it.each(EXERCISES.filter((e) => e.dosage.sides === 2).flatMap((e) => SIDES.map((side) => [e.id, side, e] as const)))(
    '%s, %s side: drawn for that side, described for it, as the steps are',
    (_id, side, exercise) => {
      render(<ExerciseFigure exercise={exercise} side={side} />);
      const figure = screen.getByRole('img');
      const mirrored = [...figure.querySelectorAll('[transform]')].some((el) => el.getAttribute('transform')?.includes('scale(-1,1)'));
      // Every figure is drawn for the right side.
      expect(mirrored).toBe(side === 'left');
      expect(firstSideNamed(figure.getAttribute('aria-label') ?? '')).toBe(side);
      expect(firstSideNamed(stepsFor(exercise, side).join(' '))).toBe(side);
    },
  );
});
