// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { group, renderSettings, settle, textbox } from './render';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

/** The window's own status, in the header above every section. */
const status = () => document.querySelector('.settings-header [role="status"]')?.textContent;
const enter = async (input: HTMLElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
  await settle();
};
/** Dispatches the event a closing window sends its page, and says whether the page asked to stay. */
const pageRefusesToClose = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('the settings status', () => {
  it('says "Saved." only while nothing on screen is refused, and counts the fields that need fixing', async () => {
    await renderSettings();
    expect(status()).toBe('Saved.');
    await enter(textbox('Long breaks', 'Every'), '50');
    expect(status()).toBe('Saved.');
    await enter(textbox('Long breaks', 'Every'), '0');
    await enter(textbox('Prompts', 'Snooze length'), 'soon');
    await enter(textbox('Sound', 'Volume'), '120');
    expect(status()).toBe('Not saved: 3 fields need fixing.');
    expect(screen.getByRole('tab', { name: 'Breaks, 2 fields not saved' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Sounds and look, 1 field not saved' })).toBeTruthy();
    await enter(textbox('Sound', 'Volume'), '60');
    await enter(textbox('Prompts', 'Snooze length'), '10');
    expect(status()).toBe('Not saved: 1 field needs fixing.');
    await enter(textbox('Long breaks', 'Every'), '45');
    expect(status()).toBe('Saved.');
    expect(screen.getByRole('tab', { name: 'Breaks' })).toBeTruthy();
  });

  it('counts a working day with a problem, and goes to the first refused field from any section', async () => {
    await renderSettings({ ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true } });
    group('Working hours');
    const from = screen.getByLabelText('Monday, range 1, From');
    fireEvent.change(from, { target: { value: '18:00' } });
    fireEvent.keyDown(from, { key: 'Enter' });
    await enter(textbox('Sound', 'Volume'), 'loud');
    expect(status()).toBe('Not saved: 2 fields need fixing.');
    expect(screen.getByRole('tabpanel', { name: 'Sounds and look, 1 field not saved' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to the first field to fix' }));
    expect(screen.getByRole('tabpanel', { name: 'Schedule, 1 field not saved' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Monday, range 1, From'));
  });

  it('says why a choice was not saved, until the next one is', async () => {
    const recording = await renderSettings();
    const save = recording.bridge.saveSettings.bind(recording.bridge);
    recording.bridge.saveSettings = () => Promise.resolve({ ok: false, errors: ['the settings file could not be written'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Strict mode' }));
    await settle();
    expect(status()).toBe('Not saved: the settings file could not be written.');
    recording.bridge.saveSettings = save;
    fireEvent.click(screen.getByRole('checkbox', { name: 'Strict mode' }));
    await settle();
    expect(status()).toBe('Saved.');
  });

  it('keeps a refused value, and counts it, while another section is shown', async () => {
    await renderSettings();
    await enter(textbox('Long breaks', 'Every'), '1000');
    fireEvent.click(screen.getByRole('tab', { name: /^Files/ }));
    expect(status()).toBe('Not saved: 1 field needs fixing.');
    expect(textbox('Long breaks', 'Every')).toHaveProperty('value', '1000');
  });
});

describe('closing the settings window', () => {
  it('asks first while a field holds a refused value, with the count, and not otherwise', async () => {
    await renderSettings();
    expect(pageRefusesToClose()).toBe(false);
    await enter(textbox('Long breaks', 'Every'), '3');
    await enter(textbox('Long breaks', 'Lasting'), '');
    expect(pageRefusesToClose()).toBe(true);
    expect(document.documentElement.dataset.closeQuestion).toBe('2 fields were not saved.');
    await enter(textbox('Long breaks', 'Every'), '30');
    expect(document.documentElement.dataset.closeQuestion).toBe('1 field was not saved.');
    await enter(textbox('Long breaks', 'Lasting'), '5');
    expect(pageRefusesToClose()).toBe(false);
    expect(document.documentElement.dataset.closeQuestion).toBeUndefined();
  });
});

describe('the side navigation', () => {
  it('moves between sections with the arrow keys, Home and End, and names the section in the title', async () => {
    await renderSettings();
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(document.title).toBe('Breaks – Settings – Limber');
    expect(tab('Breaks').getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);
    tab('Breaks').focus();
    fireEvent.keyDown(tab('Breaks'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tab('Schedule'));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab('Schedule').id);
    expect(within(screen.getByRole('tabpanel')).getByRole('heading', { name: 'Schedule' })).toBeTruthy();
    expect(document.title).toBe('Schedule – Settings – Limber');
    fireEvent.keyDown(tab('Schedule'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Files'));
    fireEvent.keyDown(tab('Files'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tab('Breaks'));
    fireEvent.keyDown(tab('Breaks'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(tab('Files'));
    fireEvent.keyDown(tab('Files'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('Breaks'));
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);
  });

  it('stays on the chosen section when the settings change under it', async () => {
    await renderSettings();
    fireEvent.click(screen.getByRole('tab', { name: 'Sounds and look' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Play sounds' }));
    await settle();
    expect(screen.getByRole('tab', { name: 'Sounds and look' }).getAttribute('aria-selected')).toBe('true');
    expect(status()).toBe('Saved.');
  });
});
