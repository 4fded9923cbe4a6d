// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { BreakScreen } from '../../../renderer/break/BreakScreen';
import { recordingBridge } from '../../helpers/bridge';
import { breakRun } from '../../helpers/break-run';

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
    render(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    await wait(60_000);
    expect([status(), secondsLeft()]).toEqual(['Get ready', '5']);
    await act(async () => { appear(); await Promise.resolve(); });
    await wait(5_000);
    expect([status(), secondsLeft()]).toEqual(['Hold 1 of 10', '10']);
  });

  it('counts the phases in words and the seconds left, with the exercise and its steps', async () => {
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={recordingBridge().bridge} />);
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
    await onScreen(<BreakScreen {...breakRun('lower-back-reset')} bridge={recordingBridge().bridge} />);
    await wait(5_000 + 70_000 + 5_000);
    expect(status()).toBe('Hold 1 of 2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Seated rotation (right side)');
    await wait(25_000);
    expect(status()).toBe('Switch sides');
  });

  it('pauses and resumes with the button and with Space', async () => {
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={recordingBridge().bridge} />);
    await wait(2_000);
    fireEvent.keyDown(window, { key: ' ' });
    await wait(0);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    await wait(30_000);
    expect([status(), secondsLeft()]).toEqual(['Paused: Get ready', '3']);
    // Said in words in the ring, not by its colour alone.
    expect(screen.getByRole('timer').parentElement?.textContent).toBe('3Paused');
    screen.getByRole('button', { name: 'Resume' }).click();
    await wait(3_000);
    expect(status()).toBe('Hold 1 of 10');
    screen.getByRole('button', { name: 'Pause' }).click();
    await wait(0);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('completes the routine, records it and finishes the break', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen {...breakRun('posture-reset')} bridge={bridge} />);
    await wait(26_000);
    expect(status()).toBe('Routine complete');
    expect(calls.reports).toEqual([{ routineId: 'posture-reset', outcome: 'completed', exercisesDone: ['posture-reset-brace'] }]);
    expect(calls.actions).toEqual([{ action: 'finish-break' }]);
  });

  it('skips to the next exercise', async () => {
    await onScreen(<BreakScreen {...breakRun('lower-back-reset')} bridge={recordingBridge().bridge} />);
    screen.getByRole('button', { name: 'Skip exercise' }).click();
    await wait(0);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Seated rotation');
    expect(status()).toBe('Get ready');
    expect(screen.getByText('Exercise 2 of 3')).toBeTruthy();
  });

  it('goes back to the start of the exercise, then to the one before', async () => {
    await onScreen(<BreakScreen {...breakRun('lower-back-reset')} bridge={recordingBridge().bridge} />);
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
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    await wait(0);
    expect(status()).toBe('Break ended');
    expect(calls.reports[0]?.outcome).toBe('ended');
  });

  it('stops on "This hurts", shows the safety guidance and records it', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen {...breakRun('lower-back-reset')} bridge={bridge} />);
    await wait(8_000);
    screen.getByRole('button', { name: 'This hurts' }).click();
    await wait(0);
    expect(screen.getByRole('heading', { name: /Stopped/ })).toBeTruthy();
    expect(screen.getByText(/spreads into your thighs/)).toBeTruthy();
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
    expect(screen.getByText(/Abdominal bracing is now left out of every routine/).textContent).toMatch(/Settings → Routines/);
    expect(calls.reports).toEqual([{ routineId: 'lower-back-reset', outcome: 'hurt', exercisesDone: ['abdominal-bracing'], hurtExercise: 'abdominal-bracing' }]);
    expect(calls.actions).toEqual([{ action: 'finish-break' }]);
  });

  it('records a break once, even when two endings arrive before the screen updates', async () => {
    const { bridge, calls } = recordingBridge();
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
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
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    const mute = screen.getByRole('button', { name: 'Mute sounds' });
    expect(mute.getAttribute('aria-pressed')).toBe('false');
    mute.click();
    await wait(0);
    expect(mute.getAttribute('aria-pressed')).toBe('true');
    expect(calls.saved).toEqual([{ sound: { enabled: false } }]);
  });

  it('starts muted when sounds are off in the settings', async () => {
    const { bridge } = recordingBridge({ settings: { ...DEFAULT_SETTINGS, sound: { enabled: false, volume: 40 } } });
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    await wait(0);
    expect(screen.getByRole('button', { name: 'Mute sounds' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('BreakScreen check-ins', () => {
  const withCheckIns = (seed: Parameters<typeof recordingBridge>[0] = {}) => recordingBridge({ ...seed, settings: { ...DEFAULT_SETTINGS, checkIns: true } });
  const question = () => screen.queryByRole('group', { name: /how stiff/ })?.getAttribute('aria-labelledby');

  it('asks nothing while check-ins are off', async () => {
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={recordingBridge().bridge} />);
    await wait(0);
    expect(screen.queryByRole('group')).toBeNull();
    await wait(160_000);
    expect(status()).toBe('Routine complete');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('asks nothing in a micro break: its routine runs at once', async () => {
    const { bridge, calls } = withCheckIns();
    await onScreen(<BreakScreen {...breakRun('posture-reset')} bridge={bridge} />);
    await wait(6_000);
    expect(screen.queryByRole('group')).toBeNull();
    expect(status()).toBe('Hold 1 of 1');
    await wait(20_000);
    expect(status()).toBe('Routine complete');
    expect(screen.queryByRole('group')).toBeNull();
    expect(calls.checkIns).toEqual([]);
  });

  it('asks about the area the routine works, before the get-ready count starts, and acknowledges the answer', async () => {
    const { bridge, calls } = withCheckIns();
    await onScreen(<BreakScreen {...breakRun('neck-and-shoulders')} bridge={bridge} />);
    await wait(0);
    expect(screen.getByRole('group', { name: 'Before you start: how stiff is your neck right now?' })).toBeTruthy();
    await wait(30_000);
    expect([status(), secondsLeft()]).toEqual(['Get ready', '5']);
    expect(screen.getByRole('button', { name: 'Skip exercise' }).hasAttribute('disabled')).toBe(true);
    screen.getByRole('button', { name: '6' }).click();
    await wait(0);
    expect(question()).toBeUndefined();
    expect(screen.getByText('Noted: 6 of 10, thank you.')).toBeTruthy();
    await wait(2_000);
    expect([status(), secondsLeft()]).toEqual(['Get ready', '3']);
    await wait(4_000);
    expect(screen.queryByText(/Noted/)).toBeNull();
    expect(calls.checkIns).toEqual([{ moment: 'before', rating: 6 }]);
  });

  it('asks once more after the routine, and then passes on guidance when there is some to give', async () => {
    const { bridge, calls } = withCheckIns({ guidance: { reason: 'not-improving', days: 20 } });
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    await wait(0);
    screen.getByRole('button', { name: '7' }).click();
    await wait(151_000);
    expect(status()).toBe('Routine complete');
    expect(screen.queryByRole('heading', { name: 'A word about your back' })).toBeNull();
    screen.getByRole('group', { name: 'And now, after the routine: how stiff is your back?' });
    screen.getByRole('button', { name: '0, not stiff at all' }).click();
    await wait(0);
    expect(calls.checkIns).toEqual([{ moment: 'before', rating: 7 }, { moment: 'after', rating: 0 }]);
    expect(screen.getByText('Noted: 0 of 10, thank you.')).toBeTruthy();
    expect(calls.guidanceTaken).toBe(1);
    expect(screen.getByRole('heading', { name: 'A word about your back' })).toBeTruthy();
  });

  it('stays open while the question after the routine is asked, and while guidance is on screen', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const { bridge } = withCheckIns({ guidance: { reason: 'not-improving', days: 20 } });
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    await wait(0);
    screen.getByRole('button', { name: '7' }).click();
    await wait(151_000);
    await wait(60_000);
    expect(close).not.toHaveBeenCalled();
    screen.getByRole('button', { name: '0, not stiff at all' }).click();
    await wait(60_000);
    expect(screen.getByRole('heading', { name: 'A word about your back' })).toBeTruthy();
    expect(close).not.toHaveBeenCalled();
    close.mockRestore();
  });

  it('runs on the default settings when the settings can\'t be read', async () => {
    const { bridge } = recordingBridge();
    bridge.settings = () => Promise.reject(new Error('no settings'));
    await onScreen(<BreakScreen {...breakRun('posture-reset')} bridge={bridge} />);
    await wait(6_000);
    expect(status()).toBe('Hold 1 of 1');
  });

  it('can be skipped, which starts the routine, and asks nothing after "This hurts"', async () => {
    const { bridge, calls } = withCheckIns();
    await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    await wait(0);
    screen.getByRole('button', { name: 'Skip' }).click();
    await wait(2_000);
    expect(question()).toBeUndefined();
    expect(secondsLeft()).toBe('3');
    screen.getByRole('button', { name: 'This hurts' }).click();
    await wait(0);
    expect(screen.queryByText(/after the routine/)).toBeNull();
    expect(calls.checkIns).toEqual([]);
  });
});

describe('BreakScreen end', () => {
  const buttons = (container: HTMLElement) => [...container.querySelectorAll('nav button')].map((b) => b.textContent);

  it('says what was done and when the next break comes, then closes by itself after 8 s', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const { bridge } = recordingBridge({ status: { snapshot: { ...(await recordingBridge().bridge.status()).snapshot, nextBreak: { kind: 'micro', inSeconds: 600 } } } });
    const { container } = await onScreen(<BreakScreen {...breakRun('quick-brace')} bridge={bridge} />);
    const during = buttons(container);
    await wait(151_000);
    expect(screen.getByText('Done: 1 exercise in 2 min 30 s.')).toBeTruthy();
    expect(screen.getByText('Next: a micro break in 10 min of sitting.')).toBeTruthy();
    expect([...container.querySelectorAll('.steps li.current')].filter((step) => !step.closest('.reserve'))).toEqual([]);
    // The same buttons in the same places: those that no longer apply are kept, unseen, rather than removed.
    expect(buttons(container)).toEqual(during);
    expect(screen.getAllByRole('button')).toEqual([screen.getByRole('button', { name: 'Close' }), screen.getByRole('button', { name: 'Mute sounds' })]);
    expect(screen.getByRole('timer', { name: 'Seconds until this window closes' }).textContent).toBe('8');
    await wait(7_000);
    expect(close).not.toHaveBeenCalled();
    await wait(1_000);
    expect(close).toHaveBeenCalledOnce();
    close.mockRestore();
  });

  it('says how long an ended break lasted and how much of it was done', async () => {
    const { container } = await onScreen(<BreakScreen {...breakRun('lower-back-reset')} bridge={recordingBridge().bridge} />);
    await wait(80_000);
    fireEvent.keyDown(window, { key: 'Escape' });
    await wait(0);
    expect(screen.getByText('Break ended after 1 min 20 s, with 2 of 3 exercises done.')).toBeTruthy();
    expect(container.querySelector('h1#exercise-name')?.textContent).toBe('Break ended');
  });
});
