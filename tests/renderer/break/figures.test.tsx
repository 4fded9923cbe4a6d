// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXERCISES, exerciseById } from '../../../core/exercises/library';
import type { Exercise } from '../../../core/exercises/types';
import { figuresWords } from '../../../core/words/figures';
import { ExerciseFigure, FIGURE_IDS } from '../../../renderer/break/figures';

afterEach(cleanup);

const SHAPES = 'circle, ellipse, line, path, polygon, polyline, rect';
const ACCENTED = '[fill^="var(--accent"], [stroke^="var(--accent"]';

type Shown = Pick<Exercise, 'id' | 'posture' | 'own'>;
/** A library exercise by id, or a seated exercise the library has no drawing for. */
const shown = (id: string): Shown => exerciseById(id) ?? { id, posture: 'seated' };

/** Renders one figure and returns its svg and label. */
function drawn(exercise: string | Shown, side?: 'right' | 'left') {
  const figured = typeof exercise === 'string' ? shown(exercise) : exercise;
  render(side ? <ExerciseFigure exercise={figured} side={side} /> : <ExerciseFigure exercise={figured} />);
  const svg = screen.getByRole('img');
  const label = svg.getAttribute('aria-label') ?? '';
  cleanup();
  return { svg, label };
}

const mirrored = (svg: Element): boolean =>
  [...svg.querySelectorAll('[transform]')].some((el) => el.getAttribute('transform')?.replace(/\s/g, '').includes('scale(-1,1)'));

describe('ExerciseFigure', () => {
  it.each(EXERCISES.map((exercise) => [exercise.id]))('draws %s', (id) => {
    expect(FIGURE_IDS).toContain(id);
    const { svg, label } = drawn(id);
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 200 200');
    expect(label.trim()).not.toBe('');
    expect(Object.values(figuresWords.plain)).not.toContain(label);
    expect(svg.querySelectorAll(ACCENTED).length, 'an accent on the working part').toBeGreaterThan(0);
    expect(svg.querySelectorAll(SHAPES).length).toBeGreaterThanOrEqual(4);
  });

  it.each(EXERCISES.map((exercise) => [exercise.id]))('mirrors %s for the left side only', (id) => {
    expect(mirrored(drawn(id, 'left').svg)).toBe(true);
    expect(mirrored(drawn(id, 'right').svg)).toBe(false);
    expect(mirrored(drawn(id).svg)).toBe(false);
  });

  it.each([
    ['an id with no drawing, seated', { id: 'no-such-exercise', posture: 'seated' }, figuresWords.plain.seated],
    ['an own exercise, standing', { id: 'my-calf-raise', posture: 'standing', own: true }, figuresWords.plain.standing],
    ['an own exercise that reuses a library id', { id: 'seated-rotation', posture: 'seated', own: true }, figuresWords.plain.seated],
  ] as const)('draws a plain, calm person for %s', (_what, exercise, plain) => {
    const { svg, label } = drawn(exercise);
    expect(label).toBe(plain);
    expect(svg.querySelectorAll(SHAPES).length).toBeGreaterThanOrEqual(4);
    expect(svg.querySelector(ACCENTED)).toBeNull();
  });

  it('draws the plain seated and standing persons differently', () => {
    const seated = drawn({ id: 'mine', posture: 'seated', own: true }).svg.innerHTML;
    const standing = drawn({ id: 'mine', posture: 'standing', own: true }).svg.innerHTML;
    expect(seated).not.toBe(standing);
  });

  it('gives every exercise its own description', () => {
    const labels = EXERCISES.map((exercise) => drawn(exercise.id).label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('names the other side in the description of a mirrored two-sided move', () => {
    expect(drawn('seated-rotation', 'right').label).toMatch(/right knee over the left.*chest to the right/);
    expect(drawn('seated-rotation', 'left').label).toMatch(/left knee over the right.*chest to the left/);
  });

  it('stays within its palette and free of styles, scripts and handlers', () => {
    for (const id of [...FIGURE_IDS, 'no-such-exercise']) {
      for (const side of ['right', 'left'] as const) {
        const { svg } = drawn(id, side);
        expect(svg.querySelector('script, style, [style], image, use, foreignObject')).toBeNull();
        for (const el of [svg, ...svg.querySelectorAll('*')]) {
          for (const attr of el.getAttributeNames()) {
            expect(attr.startsWith('on')).toBe(false);
            if (attr === 'fill' || attr === 'stroke') {
              expect(el.getAttribute(attr)).toMatch(/^(none|currentColor|var\(--(accent|furniture), #[0-9a-f]{6}\))$/);
            }
          }
        }
      }
    }
  });
});
