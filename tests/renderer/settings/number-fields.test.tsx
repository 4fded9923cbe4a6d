// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LIMITS, type NumberSetting } from '../../../core/settings/schema';
import { description, holdSaves, renderSettings, settle, textbox } from './render';

afterEach(cleanup);

/** Where each number setting is in the window: its section, its label, and its unit in plural. */
const FIELDS = {
  'longBreak.everyMinutes': ['Long breaks', 'Every', 'minutes'],
  'longBreak.durationMinutes': ['Long breaks', 'Lasting', 'minutes'],
  'microBreak.everyMinutes': ['Micro breaks', 'Every', 'minutes'],
  'microBreak.durationSeconds': ['Micro breaks', 'Lasting', 'seconds'],
  preludeSeconds: ['Prompts', 'Heads-up before a break', 'seconds'],
  awayMinutes: ['Prompts', 'Count as away after', 'minutes'],
  'snooze.minutes': ['Prompts', 'Snooze length', 'minutes'],
  'snooze.limit': ['Prompts', 'Snooze limit', 'times'],
  'sound.volume': ['Sound', 'Volume', '%'],
  'busy.holdMaxMinutes': ['Calls and presentations', 'Hold a break at most', 'minutes'],
} as const satisfies Record<NumberSetting, readonly [string, string, string]>;

const paths = Object.keys(LIMITS) as NumberSetting[];
const typeIn = (input: HTMLElement, value: string) => { fireEvent.change(input, { target: { value } }); };
const current = (path: NumberSetting) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], DEFAULT_SETTINGS);

describe('every number field', () => {
  it.each(paths)('%s explains a bad value with its range, saves nothing, then saves a good one on leaving', async (path) => {
    const [min, max] = LIMITS[path];
    const [section, label, unit] = FIELDS[path];
    const { calls } = await renderSettings();
    const input = textbox(section, label);
    expect(screen.getAllByText(`${min}–${max} ${unit}.`, { exact: false }).length).toBeGreaterThan(0);

    const bad = ['', 'abc', '4.5', '1e3', '-1', String(min - 1), String(max + 1), ...(min > 0 ? ['0'] : [])];
    for (const text of bad) {
      typeIn(input, text);
      fireEvent.blur(input);
      await settle();
      expect(input.getAttribute('aria-invalid'), `"${text}"`).toBe('true');
      const [message, hint] = description(input);
      expect(message, `"${text}"`).toMatch(new RegExp(`^.+ (is|isn’t) .*from ${min} to ${max}.*\\.$`));
      expect(message, `"${text}"`).not.toContain(hint);
    }
    expect(calls.saved).toEqual([]);

    const good = current(path) === max ? min : max;
    typeIn(input, String(good));
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input);
    await settle();
    const [group = '', field] = path.split('.');
    expect(calls.saved).toEqual([field ? { [group]: { [field]: good } } : { [path]: good }]);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(description(input).join(' ')).not.toContain(`from ${min} to ${max}`);
    expect((input as HTMLInputElement).value).toBe(String(good));
  });
});

describe('a number field', () => {
  it('says what is wrong in plain words, naming the range', async () => {
    await renderSettings();
    const input = textbox('Long breaks', 'Every');
    const messageFor = async (text: string) => {
      typeIn(input, text);
      fireEvent.blur(input);
      await settle();
      return description(input);
    };
    const hint = '5–240 minutes. Counted in time spent sitting.';
    expect(await messageFor('')).toEqual(['This is empty: enter a number of minutes from 5 to 240.', hint]);
    expect(await messageFor('abc')).toEqual(['“abc” is not a number: use whole minutes, from 5 to 240.', hint]);
    expect(await messageFor('4.5')).toEqual(['“4.5” is not a whole number: use whole minutes, from 5 to 240.', hint]);
    expect(await messageFor('0')).toEqual(['0 is too low: choose from 5 to 240 minutes.', hint]);
    expect(await messageFor('-3')).toEqual(['-3 is too low: choose from 5 to 240 minutes.', hint]);
    expect(await messageFor('241')).toEqual(['241 is too high: choose from 5 to 240 minutes.', hint]);
  });

  it('shows no message while typing, then keeps the shown one up to date', async () => {
    await renderSettings();
    const input = textbox('Long breaks', 'Every');
    typeIn(input, 'x');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('“x” is not a number: use whole minutes, from 5 to 240.')).toBeNull();
    fireEvent.blur(input);
    expect(screen.getByText('“x” is not a number: use whole minutes, from 5 to 240.')).toBeTruthy();
    typeIn(input, '999');
    expect(screen.getByText('999 is too high: choose from 5 to 240 minutes.')).toBeTruthy();
    typeIn(input, '60');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('999 is too high: choose from 5 to 240 minutes.')).toBeNull();
  });

  it('saves nothing on the way to a value, only when the user leaves or presses Enter', async () => {
    const { calls } = await renderSettings();
    const input = textbox('Long breaks', 'Every');
    for (const text of ['1', '12', '120']) typeIn(input, text);
    await settle();
    expect(calls.saved).toEqual([]);
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(calls.saved).toEqual([{ longBreak: { everyMinutes: 120 } }]);
    fireEvent.blur(input);
    await settle();
    expect(calls.saved).toHaveLength(1);
  });

  it('keeps what the user types while an earlier save is still on its way', async () => {
    const recording = await renderSettings();
    const reply = holdSaves(recording.bridge);
    const input = textbox('Long breaks', 'Every');
    typeIn(input, '40');
    fireEvent.keyDown(input, { key: 'Enter' });
    typeIn(input, 'often');
    fireEvent.blur(input);
    reply();
    await settle();
    expect(recording.settings().longBreak.everyMinutes).toBe(40);
    expect((input as HTMLInputElement).value).toBe('often');
    expect(description(input)).toContain('“often” is not a number: use whole minutes, from 5 to 240.');
  });

  it('shows a preset\'s value after the field\'s own save, and saves a value once however it is committed', async () => {
    const { calls } = await renderSettings();
    const input = textbox('Prompts', 'Snooze length');
    typeIn(input, '10');
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    await settle();
    expect(calls.saved).toEqual([{ snooze: { minutes: 10 } }]);
    screen.getByRole('radio', { name: /Standard/ }).click();
    await settle();
    expect((input as HTMLInputElement).value).toBe('5');
    screen.getByRole('radio', { name: /Gentle/ }).click();
    await settle();
    expect((input as HTMLInputElement).value).toBe('10');
  });

  it('saves a valid value still being typed when the window closes', async () => {
    const { calls } = await renderSettings();
    typeIn(textbox('Long breaks', 'Every'), '60');
    typeIn(textbox('Long breaks', 'Lasting'), 'soon');
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(calls.saved).toEqual([{ longBreak: { everyMinutes: 60 } }]);
  });

  it('names the unit in the singular for 1', async () => {
    await renderSettings();
    const input = textbox('Long breaks', 'Lasting');
    expect(input.parentElement?.textContent).toBe('minutes');
    typeIn(input, '1');
    expect(input.parentElement?.textContent).toBe('minute');
  });

  it('shows at the field why Limber refused to save', async () => {
    const recording = await renderSettings();
    recording.bridge.saveSettings = (patch) => {
      recording.calls.saved.push(patch);
      return Promise.resolve({ ok: false, errors: ['the settings file could not be written'] });
    };
    const input = textbox('Prompts', 'Snooze length');
    typeIn(input, '10');
    fireEvent.blur(input);
    await settle();
    expect(recording.calls.saved).toEqual([{ snooze: { minutes: 10 } }]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain('Not saved: the settings file could not be written.');
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(recording.calls.saved).toHaveLength(2);
  });
});
