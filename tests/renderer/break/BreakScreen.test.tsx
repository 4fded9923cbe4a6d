// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routineById } from '../../../electron/core/exercises/library';
import { DEFAULT_SETTINGS } from '../../../electron/core/settings/schema';
import { BreakScreen } from '../../../renderer/break/BreakScreen';
import { recordingBridge } from '../../helpers/bridge';

const routine = (id: string) => {
  const found = routineById(id);
  if (!found) throw new Error(id);
  return found;
};
const status = () => screen.getByRole('status').textContent;
const secondsLeft = () => screen.getByRole('timer').textContent;
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
/** Renders a break whose window is already on screen, and lets its routine start. */
const onScreen = async (ui: ReactElement) => {
  const rendered = render(ui);
  await act(() => Promise.resolve());
  return rendered;
};

beforeEach(() => { vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] }); });
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('BreakScreen', () => {
  it('holds the routine at its first moment, clock stopped, until its window is on screen', async () => {
    let appear = () => undefined as unknown;
    const { bridge } = recordingBridge({ shown: new Promise((resolve) => { appear = resolve; }) });
    render(<BreakScreen routine={routine('quick-brace')} bridge={bridge} />);
    await wait(60_000);
    expect([status(), secondsLeft()]).toEqual(['Get ready', '5']);
    await act(async () => { appear(); await Promise.resolve(); });
    await wait(5_000);
    expect([status(), secondsLeft()]).toEqual(['Hold 1 of 10', '10']);
  });

  it('counts the phases in words and the seconds left, with the exercise and its steps', async () => {
    await onScreen(<BreakScreen routine={routine('quick-brace')} bridge={recordingBridge().bridge} />);
    expect(status()).toBe('Get ready');
    expect(secondsLeft()).toBe('5');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Abdominal bracing');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBeTruthy();
    await wait(5_000);
    expect(status()).toBe('Hold 1 of 10');
    expect(secondsLeft()).toBe('10');
    await wait(10_000);
    expect(status()).toBe('Relax');
    expect(screen.getByRole('progressbar', { name: 'Routine progress' }).getAttribute('aria-valuenow')).toBe('10');
  });

  it('shows which side a two-sided exercise is on, and the switch', async () => {
    await onScreen(<BreakScreen routine={routine('lower-back-reset')} bridge={recordingBridge().bridge} />);
    await wait(5_000 + 70_000 + 5_000);
    expect(status()).toBe('Hold 1 of 2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Seated rotation (right side)');
    await wait(25_000);
    expect(status()).toBe('Switch sides');
  });

  it('pauses and resumes with the button and with Space', async () => {
    await onScreen(<BreakScreen routine={routine('quick-brace')} bridge={recordingBridge().bridge} />);
    await wait(2_000);
    fireEvent.keyDown(window, { key: ' ' });
    await wait(0);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    await wait(30_000);
    expect([status(), secondsLeft()]).toEqual(['Get ready', '3']);
    screen.getByRole('button', { name: 'Resume' }).click();
    await wait(3_000);
    expect(status()).toBe('Hold 1 of 10');
    screen.getByRole('button', { name: 'Pause' }).click();
    await wait(0);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('completes the routine, records it and finishes the break', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen routine={routine('posture-reset')} bridge={bridge} />);
    await wait(26_000);
    expect(status()).toBe('Routine complete');
    expect(calls.reports).toEqual([{ routineId: 'posture-reset', outcome: 'completed', exercisesDone: ['posture-reset-brace'] }]);
    expect(calls.actions).toEqual([{ action: 'finish-break' }]);
  });

  it('skips to the next exercise', async () => {
    await onScreen(<BreakScreen routine={routine('lower-back-reset')} bridge={recordingBridge().bridge} />);
    screen.getByRole('button', { name: 'Skip exercise' }).click();
    await wait(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Seated rotation');
    expect(status()).toBe('Get ready');
    expect(screen.getByText('Exercise 2 of 3')).toBeTruthy();
  });

  it('goes back to the start of the exercise, then to the one before', async () => {
    await onScreen(<BreakScreen routine={routine('lower-back-reset')} bridge={recordingBridge().bridge} />);
    await wait(90_000);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Seated rotation (right side)');
    screen.getByRole('button', { name: 'Back' }).click();
    await wait(0);
    expect([screen.getByRole('heading', { level: 1 }).textContent, status()]).toEqual(['Seated rotation', 'Get ready']);
    screen.getByRole('button', { name: 'Back' }).click();
    await wait(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Abdominal bracing');
  });

  it('ends the break on Escape', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen routine={routine('quick-brace')} bridge={bridge} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    await wait(0);
    expect(status()).toBe('Break ended');
    expect(calls.reports[0]?.outcome).toBe('ended');
  });

  it('stops on "This hurts", shows the safety guidance and records it', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen routine={routine('lower-back-reset')} bridge={bridge} />);
    await wait(8_000);
    screen.getByRole('button', { name: 'This hurts' }).click();
    await wait(0);
    expect(screen.getByRole('heading', { name: /Stopped/ })).toBeTruthy();
    expect(screen.getByText(/spreads into your thighs/)).toBeTruthy();
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
    expect(calls.reports).toEqual([{ routineId: 'lower-back-reset', outcome: 'hurt', exercisesDone: ['abdominal-bracing'] }]);
    expect(calls.actions).toEqual([{ action: 'finish-break' }]);
  });

  it('records a break once, even when two endings arrive before the screen updates', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen routine={routine('quick-brace')} bridge={bridge} />);
    const endBreak = screen.getByRole('button', { name: 'End break' });
    const hurts = screen.getByRole('button', { name: 'This hurts' });
    act(() => {
      endBreak.click();
      hurts.click();
    });
    await wait(0);
    expect(calls.reports.map((r) => r.outcome)).toEqual(['ended']);
    expect(calls.actions).toEqual([{ action: 'finish-break' }]);
  });

  it('remembers the mute choice through the bridge', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen routine={routine('quick-brace')} bridge={bridge} />);
    const mute = screen.getByRole('button', { name: 'Mute sounds' });
    expect(mute.getAttribute('aria-pressed')).toBe('false');
    mute.click();
    await wait(0);
    expect(mute.getAttribute('aria-pressed')).toBe('true');
    expect(calls.saved).toEqual([{ sound: { enabled: false } }]);
  });

  it('starts muted when sounds are off in the settings', async () => {
    const { bridge } = recordingBridge({ settings: { ...DEFAULT_SETTINGS, sound: { enabled: false, volume: 40 } } });
    await onScreen(<BreakScreen routine={routine('quick-brace')} bridge={bridge} />);
    await wait(0);
    expect(screen.getByRole('button', { name: 'Mute sounds' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('BreakScreen check-ins', () => {
  const withCheckIns = () => recordingBridge({ settings: { ...DEFAULT_SETTINGS, checkIns: true } });
  const question = () => screen.queryByRole('group', { name: /how stiff|after the routine/ })?.getAttribute('aria-labelledby');

  it('asks nothing while check-ins are off', async () => {
    await onScreen(<BreakScreen routine={routine('posture-reset')} bridge={recordingBridge().bridge} />);
    await wait(0);
    expect(screen.queryByRole('group')).toBeNull();
    await wait(30_000);
    expect(status()).toBe('Routine complete');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('asks before and after with one tap each, while the routine runs on', async () => {
    const { bridge, calls } = withCheckIns();
    await onScreen(<BreakScreen routine={routine('posture-reset')} bridge={bridge} />);
    await wait(0);
    expect(screen.getByText('Before you start: how stiff is your back right now?')).toBeTruthy();
    expect(question()).toBeTruthy();
    await wait(6_000);
    expect(status()).toBe('Hold 1 of 1');
    screen.getByRole('button', { name: '6' }).click();
    await wait(0);
    expect(question()).toBeUndefined();
    await wait(20_000);
    expect(status()).toBe('Routine complete');
    screen.getByRole('button', { name: '0, not stiff at all' }).click();
    await wait(0);
    expect(calls.checkIns).toEqual([{ moment: 'before', rating: 6 }, { moment: 'after', rating: 0 }]);
    expect(question()).toBeUndefined();
    expect(calls.guidanceTaken).toBe(1);
    expect(screen.queryByRole('heading', { name: 'A word about your back' })).toBeNull();
  });

  it('passes on guidance after the last rating, when there is some to give', async () => {
    const { bridge } = recordingBridge({ settings: { ...DEFAULT_SETTINGS, checkIns: true }, guidance: { reason: 'not-improving', days: 20 } });
    await onScreen(<BreakScreen routine={routine('posture-reset')} bridge={bridge} />);
    await wait(0);
    screen.getByRole('button', { name: '7' }).click();
    await wait(26_000);
    expect(screen.queryByRole('heading', { name: 'A word about your back' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Posture reset with one brace' })).toBeTruthy();
    screen.getByRole('button', { name: '7' }).click();
    await wait(0);
    expect(screen.getByRole('heading', { name: 'A word about your back' })).toBeTruthy();
    // The routine is over, so the advice takes the place of its last exercise.
    expect(screen.queryByRole('region', { name: 'Posture reset with one brace' })).toBeNull();
  });

  it('can be skipped, and asks nothing after "This hurts"', async () => {
    const { bridge, calls } = withCheckIns();
    await onScreen(<BreakScreen routine={routine('quick-brace')} bridge={bridge} />);
    await wait(0);
    screen.getByRole('button', { name: 'Skip' }).click();
    await wait(0);
    expect(question()).toBeUndefined();
    screen.getByRole('button', { name: 'This hurts' }).click();
    await wait(0);
    expect(screen.queryByText('And now, after the routine?')).toBeNull();
    expect(calls.checkIns).toEqual([]);
  });
});
