// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POSTURE_CUE } from '../../../core/exercises/fit';
import type { OwnContent } from '../../../core/exercises/own';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { routinesWords } from '../../../core/words/routines';
import { BreakScreen } from '../../../renderer/break/BreakScreen';
import { preparedRoute } from '../../../renderer/break/break-to-run';
import { recordingBridge } from '../../helpers/bridge';
import { breakRun } from '../../helpers/break-run';

/** An own routine of an own exercise and two of the library's, the second of which This hurts has left out. */
const OWN: OwnContent = {
  exercises: [{
    id: 'own-desk-press', own: true, name: 'Desk press', posture: 'seated', areas: ['shoulders'],
    steps: ['Rest both palms on the desk.', 'Press down gently and hold.'], dosage: { kind: 'hold', holds: 2, holdSeconds: 10, restSeconds: 5, sides: 1 },
  }],
  routines: [{ id: 'own-my-set', own: true, name: 'My set', forKinds: ['long'], exerciseIds: ['own-desk-press', 'seated-rotation', 'abdominal-bracing'] }],
  leftOut: [{ exercise: 'seated-rotation', since: 0 }],
};

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const onScreen = async (ui: ReactElement) => {
  render(ui);
  await act(() => Promise.resolve());
};
/** The exercise text on screen (the others only hold their room, hidden). */
const shownText = () => screen.getByRole('heading', { level: 1 }).parentElement?.textContent;

beforeEach(() => { vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] }); });
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a break of an own routine', () => {
  it('shows an own exercise with its steps and that Limber has not checked it, and says what was left out', async () => {
    await onScreen(<BreakScreen {...breakRun('own-my-set', { own: OWN })} bridge={recordingBridge({ own: OWN }).bridge} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Desk press');
    expect(shownText()).toContain('Press down gently and hold.');
    expect(shownText()).toContain(routinesWords.notChecked);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBeTruthy();
    expect(screen.getByText('Left out after This hurts: Seated rotation')).toBeTruthy();
    expect(screen.getByText('Exercise 1 of 2')).toBeTruthy();
    expect(document.title).toBe('My set: break – Limber');
  });

  it('shows no "not checked" line for the library\'s exercises', async () => {
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={recordingBridge().bridge} />);
    expect(shownText()).not.toContain(routinesWords.notChecked);
    expect(screen.queryByText(/Left out after/)).toBeNull();
  });

  it('on This hurts, reports the exercise on screen and says it is left out until brought back', async () => {
    const { bridge, calls } = recordingBridge({ own: OWN });
    await onScreen(<BreakScreen {...breakRun('own-my-set', { own: OWN })} bridge={bridge} />);
    await wait(8_000);
    screen.getByRole('button', { name: 'This hurts' }).click();
    await wait(0);
    expect(calls.reports).toEqual([{ routineId: 'own-my-set', outcome: 'hurt', exercisesDone: ['own-desk-press'], hurtExercise: 'own-desk-press' }]);
    const panel = screen.getByRole('region', { name: /Stopped/ }).textContent;
    expect(panel).toContain('Desk press is now left out of every routine. To do it again, bring it back in Settings → Routines.');
    // After the guidance, not before it.
    expect(panel.indexOf('Desk press')).toBeGreaterThan(panel.indexOf('Don’t wait'));
  });
});

describe('a break fitted to its length', () => {
  const oneMinute = { ...DEFAULT_SETTINGS, longBreak: { ...DEFAULT_SETTINGS.longBreak, durationMinutes: 1 } };

  it('says when the routine is shortened to fit, and runs to the end as a completed routine', async () => {
    const run = breakRun('quick-brace', { kind: 'long', settings: oneMinute });
    expect(run.prepared.trimmed).toBe(true);
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen {...run} bridge={bridge} />);
    expect(screen.getByText('Shortened to fit your 1-minute break')).toBeTruthy();
    await wait(60_000);
    expect(calls.reports).toEqual([{ routineId: 'quick-brace', outcome: 'completed', exercisesDone: ['abdominal-bracing'] }]);
  });

  it('says nothing of the kind when the routine fits as it is', async () => {
    await onScreen(<BreakScreen {...breakRun('quick-brace', { kind: 'long' })} bridge={recordingBridge().bridge} />);
    expect(screen.queryByText(/Shortened/)).toBeNull();
  });
});

describe('the posture cue', () => {
  it('runs a timer for the whole break with its words, and reports no exercise done', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen {...breakRun(POSTURE_CUE, { kind: 'micro' })} bridge={bridge} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(routinesWords.postureCue.name);
    expect(shownText()).toContain(routinesWords.postureCue.steps[0]);
    expect(shownText()).toContain(routinesWords.postureCue.cue);
    await wait(5_000);
    expect(screen.getByRole('timer').textContent).toBe(String(DEFAULT_SETTINGS.microBreak.durationSeconds - 5));
    await wait(DEFAULT_SETTINGS.microBreak.durationSeconds * 1000);
    expect(calls.reports).toEqual([{ routineId: POSTURE_CUE, outcome: 'completed', exercisesDone: [] }]);
    expect(screen.getByText(/^You sat tall for \d+ s\.$/)).toBeTruthy();
    expect(screen.queryByText(/Exercise \d of|exercises? in/)).toBeNull();
  });

  it('on This hurts, leaves nothing out', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen {...breakRun(POSTURE_CUE, { kind: 'micro' })} bridge={bridge} />);
    await wait(6_000);
    screen.getByRole('button', { name: 'This hurts' }).click();
    await wait(0);
    expect(calls.reports[0]?.hurtExercise).toBeUndefined();
    expect(screen.queryByText(/left out of every routine/)).toBeNull();
  });

  it('is what a break runs whose routine is gone or all left out; a link without a kind runs nothing', () => {
    const allOut = { ...OWN, leftOut: [...OWN.leftOut, { exercise: 'own-desk-press', since: 0 }, { exercise: 'abdominal-bracing', since: 0 }] };
    for (const [own, id] of [[OWN, 'own-gone'], [allOut, 'own-my-set']] as const) {
      expect(preparedRoute(own, DEFAULT_SETTINGS, id, 'long')?.prepared.routine.id).toBe(POSTURE_CUE);
      expect(preparedRoute(own, DEFAULT_SETTINGS, id, null)).toBeNull();
    }
  });
});
