// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../core/exercises/library';
import { ExerciseFigure, FIGURE_IDS } from '../../../renderer/break/figures';

afterEach(cleanup);

const FALLBACK = 'Exercise illustration';
const SHAPES = 'circle, ellipse, line, path, polygon, polyline, rect';

/** Renders one figure and returns its svg and label. */
function drawn(exerciseId: string, side?: 'right' | 'left') {
  render(side ? <ExerciseFigure exerciseId={exerciseId} side={side} /> : <ExerciseFigure exerciseId={exerciseId} />);
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
    expect(label).not.toBe(FALLBACK);
    expect(svg.querySelectorAll(SHAPES).length).toBeGreaterThanOrEqual(4);
  });

  it.each(EXERCISES.map((exercise) => [exercise.id]))('mirrors %s for the left side only', (id) => {
    expect(mirrored(drawn(id, 'left').svg)).toBe(true);
    expect(mirrored(drawn(id, 'right').svg)).toBe(false);
    expect(mirrored(drawn(id).svg)).toBe(false);
  });

  it('falls back to a neutral figure for an unknown id', () => {
    const { svg, label } = drawn('no-such-exercise');
    expect(label).toBe(FALLBACK);
    expect(svg.querySelectorAll(SHAPES).length).toBeGreaterThanOrEqual(4);
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
