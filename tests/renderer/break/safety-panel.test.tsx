// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exerciseCareArea, type CareArea } from '../../../core/exercises/care-area';
import { EXERCISES } from '../../../core/exercises/library';
import { breakWords } from '../../../core/words/break';
import { BreakScreen } from '../../../renderer/break/BreakScreen';
import { SafetyPanel } from '../../../renderer/break/SafetyPanel';
import { recordingBridge } from '../../helpers/bridge';
import { breakRun } from '../../helpers/break-run';

const CARE_ADVICE = breakWords.safety.careAdvice;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const AREAS: readonly CareArea[] = ['neck', 'shoulders', 'back', 'hips'];
const LEGS = /\b(legs?|thighs?|knees?|feet|foot)\b/i;

/** The advice list This hurts shows, found by its heading's name as a screen reader would. */
const areaAdvice = (heading: string) => within(screen.getByRole('list', { name: heading })).getAllByRole('listitem').map((li) => li.textContent);

describe('SafetyPanel', () => {
  it.each(AREAS)('for the %s: stop now, the area\'s advice, and when not to wait', (area) => {
    render(<SafetyPanel area={area} leftOut={null} onClose={() => undefined} />);
    const title = screen.getByRole('heading', { level: 1, name: /Stopped/ });
    expect(document.activeElement).toBe(title);
    expect(screen.getByText(/Stop the exercise and rest/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(CARE_ADVICE[area].heading);
    expect(areaAdvice(CARE_ADVICE[area].heading)).toEqual(CARE_ADVICE[area].advice);
    expect(screen.getByText(/came on suddenly or is severe/).textContent).toMatch(/doctor or physical therapist/);
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('names its own area in its heading, for each area', () => {
    for (const area of AREAS) expect(CARE_ADVICE[area].heading.toLowerCase()).toContain(area);
  });

  it('keeps legs out of the neck and shoulder advice', () => {
    for (const area of ['neck', 'shoulders'] as const) {
      for (const line of CARE_ADVICE[area].advice) expect(line, area).not.toMatch(LEGS);
    }
  });

  it('gives the back the red flags for back and leg pain', () => {
    const back = CARE_ADVICE.back.advice.join(' ');
    for (const flag of [/thighs or legs/, /numbness/, /swelling/, /three days/, /disc problems/, /couple of weeks/]) expect(back).toMatch(flag);
  });

  it('has advice for the area of every exercise in the library', () => {
    for (const exercise of EXERCISES) expect(CARE_ADVICE[exerciseCareArea(exercise)].advice.length, exercise.id).toBeGreaterThan(0);
  });
});

describe('This hurts in a break', () => {
  it('during a neck exercise, talks about the neck, not the back or legs', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] });
    render(<BreakScreen {...breakRun('neck-and-shoulders')} bridge={recordingBridge().bridge} />);
    await act(() => vi.advanceTimersByTimeAsync(8_000));
    screen.getByRole('button', { name: 'This hurts' }).click();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(areaAdvice('For your neck')).toEqual(CARE_ADVICE.neck.advice);
    expect(screen.getByRole('region', { name: /Stopped/ }).textContent).not.toMatch(LEGS);
    expect(screen.queryByText(/your back/)).toBeNull();
  });
});
