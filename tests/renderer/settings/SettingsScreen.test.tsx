// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../../core/settings/presets';
import { SettingsScreen } from '../../../renderer/settings/SettingsScreen';
import { recordingBridge } from '../../helpers/bridge';
import { description, group, renderSettings, settle, textbox } from './render';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

const preset = (id: string) => {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};
const options = (select: HTMLElement) => within(select).getAllByRole('option').map((option) => option.textContent);

describe('SettingsScreen', () => {
  it('says it is loading until the settings arrive, then shows its sections one at a time, Breaks first', async () => {
    render(<SettingsScreen bridge={recordingBridge().bridge} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await screen.findByRole('group', { name: 'Presets' });
    expect(screen.queryByText('Loading…')).toBeNull();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Breaks', 'Schedule', 'Calls and watching', 'Routines', 'Sounds and look', 'Shortcuts', 'Files']);
    expect(screen.getByRole('tablist', { name: 'Settings sections' }).getAttribute('aria-orientation')).toBe('vertical');
    const legends = () => screen.getAllByRole('group').filter((g) => !g.classList.contains('day')).map((g) => g.querySelector('legend')?.textContent);
    const expected: Record<string, string[]> = {
      Breaks: ['Presets', 'Long breaks', 'Micro breaks', 'Prompts'],
      Schedule: ['Working hours', 'Starting', 'Updates'],
      'Calls and watching': ['Calls and presentations', 'Watching and reading'],
      // Own routines and exercises come once routines.json is read: on a busy machine, a moment after the tab opens.
      Routines: ['Routines', 'Your routines', 'Your exercises', 'Left out after This hurts', 'Stiffness check-ins'],
      'Sounds and look': ['Sound', 'Look and language'],
      Shortcuts: ['Global shortcuts'],
      Files: ['Your settings file'],
    };
    for (const tab of tabs) {
      fireEvent.click(tab);
      const panel = screen.getByRole('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(tab.getAttribute('aria-controls')).toBe(panel.id);
      await waitFor(() => { expect(legends(), tab.textContent).toEqual(expected[tab.textContent]); });
    }
  });

  it('saves a checkbox the moment it changes', async () => {
    const { calls } = await renderSettings();
    const strict = screen.getByRole('checkbox', { name: 'Strict mode' });
    fireEvent.click(strict);
    await settle();
    expect(calls.saved).toEqual([{ strict: true }]);
    expect((strict as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Take micro breaks' }));
    await settle();
    expect(calls.saved).toEqual([{ strict: true }, { microBreak: { enabled: false } }]);
    expect(screen.getByRole('checkbox', { name: 'Strict mode' }).getAttribute('aria-describedby')).toBeTruthy();
  });

  it('turns update checks on and off in the schedule, saying what a check sends', async () => {
    const { calls, settings } = await renderSettings();
    const check = within(group('Updates')).getByRole<HTMLInputElement>('checkbox', { name: 'Check for new versions once a day' });
    expect(check.checked).toBe(false);
    expect(description(check)).toEqual([expect.stringMatching(/sends nothing about you or your breaks/) as string]);
    fireEvent.click(check);
    await settle();
    expect(calls.saved).toEqual([{ updates: { check: true } }]);
    expect(settings().updates.check).toBe(true);
    expect(check.checked).toBe(true);
    fireEvent.click(check);
    await settle();
    expect(calls.saved).toEqual([{ updates: { check: true } }, { updates: { check: false } }]);
  });

  it('applies a preset\'s timings and shows which preset the timings match', async () => {
    const { calls } = await renderSettings();
    const presets = group('Presets');
    expect(presets.textContent).toContain('Your break timings: Standard.');
    fireEvent.click(within(presets).getByRole('radio', { name: 'Gentle' }));
    await settle();
    expect(calls.saved).toEqual([preset('gentle').timing]);
    expect(presets.textContent).toContain('Your break timings: Gentle.');
    expect(within(presets).getByRole<HTMLInputElement>('radio', { name: 'Gentle' }).checked).toBe(true);
    expect(textbox('Long breaks', 'Every')).toHaveProperty('value', '60');

    const every = textbox('Long breaks', 'Every');
    fireEvent.change(every, { target: { value: '50' } });
    fireEvent.blur(every);
    await settle();
    expect(presets.textContent).toContain('Your break timings: Custom');
    expect(within(presets).getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
  });

  it('describes each preset in the words of the settings: long break and micro break', async () => {
    await renderSettings();
    const summaries = within(group('Presets')).getAllByRole('radio').map((radio) => description(radio).join(' '));
    expect(summaries).toHaveLength(3);
    for (const summary of summaries) {
      expect(summary).toMatch(/A long break every .* and a micro break every /);
      expect(summary).not.toMatch(/routine|posture reset/i);
    }
  });

  it('offers each kind of break only its own routines, or taking turns', async () => {
    const { calls } = await renderSettings();
    const long = within(group('Routines')).getByRole('combobox', { name: 'For long breaks' });
    const micro = within(group('Routines')).getByRole('combobox', { name: 'For micro breaks' });
    expect(options(micro)).toEqual(['Take turns (all routines)', 'Posture reset', 'Neck release', 'Knee hug', 'Spine wave', 'Pelvic tilts', 'Ear to shoulder']);
    expect(options(long)).toEqual([
      'Take turns (all routines)', 'Quick brace', 'Lower-back reset', 'Neck and shoulders', 'Stand and stretch', 'Unwind', 'Hips and legs', 'Loosen up',
    ]);
    fireEvent.change(long, { target: { value: 'unwind' } });
    await settle();
    expect(calls.saved).toEqual([{ routines: { long: 'unwind' } }]);
    expect(long).toHaveProperty('value', 'unwind');
  });

  it('saves the prompt style and applies a new theme at once', async () => {
    const { calls } = await renderSettings();
    const style = screen.getByRole('combobox', { name: 'How a break is announced' });
    expect(options(style)).toEqual(['Notification only', 'Notification and a small prompt window']);
    fireEvent.change(style, { target: { value: 'notification' } });
    fireEvent.change(within(group('Look and language')).getByRole('combobox', { name: 'Theme' }), { target: { value: 'dark' } });
    await settle();
    expect(calls.saved).toEqual([{ promptStyle: 'notification' }, { theme: 'dark' }]);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('explains that back check-ins are optional and stay on this computer', async () => {
    const { calls } = await renderSettings();
    expect(within(group('Stiffness check-ins')).getByText(/neck, shoulders, back or hips.*optional.*stay on this computer/)).toBeTruthy();
    const checkIns = screen.getByRole('checkbox', { name: 'Ask how stiff I feel before and after a long break' });
    fireEvent.click(checkIns);
    await settle();
    expect(calls.saved).toEqual([{ checkIns: true }]);
  });
});
