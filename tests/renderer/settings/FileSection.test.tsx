// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { group, renderSettings, settle, textbox } from './render';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

const fileSection = () => group('Your settings file');
/** The settings window showing its Files section. */
const renderFiles = async (settings?: Parameters<typeof renderSettings>[0]) => {
  const recording = await renderSettings(settings);
  fileSection();
  return recording;
};
const fileStatus = () => within(fileSection()).getByRole('status').textContent;
const importFile = async (text: string, name = 'mine.json') => {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Settings file to import'), { target: { files: [file] } });
  await settle();
};

describe('the settings file', () => {
  it('exports through the bridge and says where it went', async () => {
    const { calls } = await renderFiles();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings…' }));
    await settle();
    expect(calls.exported).toEqual(['settings']);
    expect(fileStatus()).toBe('Saved as limber-settings.');
  });

  it('says nothing when an export is cancelled, and why it failed when it fails', async () => {
    const { bridge } = await renderFiles();
    bridge.exportFile = () => Promise.resolve({ ok: false, cancelled: true });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings…' }));
    await settle();
    expect(fileStatus()).toBe('');
    bridge.exportFile = () => Promise.resolve({ ok: false, cancelled: false, error: 'the disk is full' });
    fireEvent.click(screen.getByRole('button', { name: 'Export settings…' }));
    await settle();
    expect(fileStatus()).toBe('Not saved: the disk is full');
  });

  it('opens the file picker from the Import button', async () => {
    await renderFiles();
    const picker = screen.getByLabelText('Settings file to import');
    expect(picker.getAttribute('accept')).toBe('.json,application/json');
    const opened = vi.spyOn(picker, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Import settings…' }));
    expect(opened).toHaveBeenCalledOnce();
  });

  it('imports nothing from a broken file, and lists its problems', async () => {
    const recording = await renderFiles();
    await importFile('{"longBreak": ');
    expect(recording.calls.imported).toEqual(['{"longBreak": ']);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported. The file has these problems:');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['the file is not JSON']);

    await importFile('{"longBreak": {"everyMinutes": 3}, "theme": "dark"}');
    expect(within(screen.getByRole('alert')).getAllByRole('listitem').map((item) => item.textContent))
      .toEqual(['longBreak.everyMinutes must be a whole number between 5 and 240']);
    expect(recording.settings()).toEqual(DEFAULT_SETTINGS);
    expect(textbox('Long breaks', 'Every')).toHaveProperty('value', '45');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('refuses a file far larger than settings, unread', async () => {
    const recording = await renderFiles();
    await importFile(`{"theme": "dark", "x": "${'y'.repeat(100_000)}"}`, 'photo.json');
    expect(recording.calls.imported).toEqual([]);
    expect(screen.getByRole('alert').textContent).toContain('photo.json is larger than a settings file can be (100 KB)');
  });

  it('imports a good file and shows its values in every field', async () => {
    await renderFiles();
    await importFile(JSON.stringify({
      longBreak: { everyMinutes: 90 }, sound: { volume: 20 }, strict: true, theme: 'dark',
      workingHours: { enabled: true, days: { mon: [['07:00', '15:00']] } },
    }), 'desk.json');
    expect(fileStatus()).toBe('Imported settings from desk.json.');
    expect(screen.queryByRole('alert', { hidden: true })).toBeNull();
    expect(textbox('Long breaks', 'Every')).toHaveProperty('value', '90');
    expect(within(group('Prompts')).getByRole('checkbox', { name: 'Strict mode' })).toHaveProperty('checked', true);
    expect(textbox('Sound', 'Volume')).toHaveProperty('value', '20');
    expect(document.documentElement.dataset.theme).toBe('dark');
    group('Working hours');
    expect(screen.getByLabelText('Monday, range 1, From')).toHaveProperty('value', '07:00');
    expect(screen.getByLabelText('Tuesday, range 1, From')).toHaveProperty('value', '09:00');
  });

  it('asks before resetting; Cancel and Escape keep everything', async () => {
    const { calls } = await renderFiles({ ...DEFAULT_SETTINGS, strict: true });
    const reset = screen.getByRole('button', { name: 'Reset to defaults' });
    fireEvent.click(reset);
    await settle();
    const question = screen.getByRole('group', { name: 'Reset every setting to Limber’s defaults? Your history is kept.' });
    expect(document.activeElement).toBe(question);
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Reset every setting/ })).toBeNull();
    expect(document.activeElement).toBe(reset);

    fireEvent.click(reset);
    await settle();
    fireEvent.keyDown(screen.getByRole('group', { name: /Reset every setting/ }), { key: 'Escape' });
    await settle();
    expect(screen.queryByRole('group', { name: /Reset every setting/ })).toBeNull();
    expect(calls.saved).toEqual([]);
  });

  it('resets every setting to the defaults once confirmed', async () => {
    const { calls } = await renderFiles({ ...DEFAULT_SETTINGS, strict: true, longBreak: { enabled: true, everyMinutes: 90, durationMinutes: 5 } });
    expect(textbox('Long breaks', 'Every')).toHaveProperty('value', '90');
    fileSection();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await settle();
    expect(calls.saved).toEqual([DEFAULT_SETTINGS]);
    expect(fileStatus()).toBe('Every setting is back to Limber’s defaults.');
    expect(textbox('Long breaks', 'Every')).toHaveProperty('value', '45');
    expect(screen.getByRole('checkbox', { name: 'Strict mode' })).toHaveProperty('checked', false);
  });
});
