// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../../../core/settings/presets';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { WelcomeScreen } from '../../../renderer/welcome/WelcomeScreen';
import { recordingBridge } from '../../helpers/bridge';

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
beforeEach(() => { vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] }); });
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('WelcomeScreen', () => {
  it('says what Limber does and that it is not medical advice, with Standard, no check-ins and start at login chosen', async () => {
    render(<WelcomeScreen bridge={recordingBridge().bridge} onDone={() => undefined} />);
    await wait(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Limber' })).toBeTruthy();
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Standard/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /how stiff I feel/ }).checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Start Limber when I log in' }).checked).toBe(true);
    const updates = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Check for new versions once a day' });
    expect(updates.checked).toBe(false);
    expect(document.getElementById(updates.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/sends nothing about you/);
  });

  it('saves the chosen preset and options together, then is done', async () => {
    const { bridge, calls, settings } = recordingBridge();
    const onDone = vi.fn();
    render(<WelcomeScreen bridge={bridge} onDone={onDone} />);
    await wait(0);
    screen.getByRole('radio', { name: /Gentle/ }).click();
    screen.getByRole('checkbox', { name: /how stiff I feel/ }).click();
    screen.getByRole('checkbox', { name: 'Start Limber when I log in' }).click();
    screen.getByRole('checkbox', { name: 'Check for new versions once a day' }).click();
    screen.getByRole('button', { name: 'Start using Limber' }).click();
    await wait(0);
    expect(calls.saved).toEqual([{ ...PRESETS[0]?.timing, checkIns: true, startAtLogin: false, updates: { check: true } }]);
    expect(settings()).toMatchObject({ longBreak: { everyMinutes: 60 }, checkIns: true, startAtLogin: false, updates: { check: true } });
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('keeps choices made before the stored settings arrive, and saves once however often Start is pressed', async () => {
    const { bridge, calls } = recordingBridge({ settings: { ...DEFAULT_SETTINGS, checkIns: true } });
    const onDone = vi.fn();
    render(<WelcomeScreen bridge={bridge} onDone={onDone} />);
    screen.getByRole('radio', { name: /Active/ }).click();
    await wait(0);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Active/ }).checked).toBe(true);
    const start = screen.getByRole('button', { name: 'Start using Limber' });
    start.click();
    start.click();
    await wait(0);
    expect(calls.saved).toHaveLength(1);
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('fills update checks from the stored settings, and saves them as they are unless changed', async () => {
    const { bridge, calls } = recordingBridge({ settings: { ...DEFAULT_SETTINGS, updates: { check: true } } });
    render(<WelcomeScreen bridge={bridge} onDone={() => undefined} />);
    await wait(0);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Check for new versions once a day' }).checked).toBe(true);
    screen.getByRole('button', { name: 'Start using Limber' }).click();
    await wait(0);
    expect(calls.saved).toEqual([expect.objectContaining({ updates: { check: true } })]);
  });

  it('shows why the choices could not be saved, and stays open', async () => {
    const { bridge } = recordingBridge();
    bridge.saveSettings = () => Promise.resolve({ ok: false, errors: ['the settings could not be saved: disk full'] });
    const onDone = vi.fn();
    render(<WelcomeScreen bridge={bridge} onDone={onDone} />);
    await wait(0);
    screen.getByRole('button', { name: 'Start using Limber' }).click();
    await wait(0);
    expect(screen.getByRole('alert').textContent).toContain('disk full');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('plays a 20-second brace as a taste of a routine, recording nothing', async () => {
    const { bridge, calls } = recordingBridge({ settings: { ...DEFAULT_SETTINGS, checkIns: true } });
    render(<WelcomeScreen bridge={bridge} onDone={() => undefined} />);
    await wait(0);
    screen.getByRole('button', { name: /Try Posture reset/ }).click();
    await wait(0);
    expect(screen.getByRole('status').textContent).toBe('Get ready');
    await wait(5_000);
    expect(screen.getByRole('timer').textContent).toBe('20');
    await wait(20_000);
    expect(screen.getByRole('status').textContent).toBe('Done: that was a whole micro break.');
    expect(screen.queryByRole('timer')).toBeNull();
    expect([calls.actions, calls.reports, calls.checkIns]).toEqual([[], [], []]);
  });

  it('moves focus to the try-out, which takes its button\'s place', async () => {
    render(<WelcomeScreen bridge={recordingBridge().bridge} onDone={() => undefined} />);
    await wait(0);
    const tryIt = screen.getByRole('button', { name: /Try Posture reset/ });
    tryIt.focus();
    tryIt.click();
    await wait(0);
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Posture reset with one brace' }));
  });
});
