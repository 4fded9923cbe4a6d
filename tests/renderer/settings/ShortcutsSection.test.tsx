// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShortcutStatus } from '../../../core/contract';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/schema';
import { SettingsScreen } from '../../../renderer/settings/SettingsScreen';
import { recordingBridge } from '../../helpers/bridge';
import { description, renderSection, settle } from './render';

afterEach(cleanup);

const withShortcuts = (shortcuts: Partial<Settings['shortcuts']>): Settings =>
  ({ ...DEFAULT_SETTINGS, shortcuts: { ...DEFAULT_SETTINGS.shortcuts, ...shortcuts } });

const renderShortcuts = (settings?: Settings, shortcuts?: ShortcutStatus) =>
  renderSection('Global shortcuts', { ...(settings && { settings }), ...(shortcuts && { shortcuts }) });

/** The button that sets an action's shortcut, named for what it does whether or not it is listening. */
const setButton = (action: string) =>
  screen.getByRole('button', { name: new RegExp(`^(Set the shortcut|Press the keys) to ${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
/** The keys shown for an action: the first thing its button's description names. */
const shownKeys = (action: string) => description(setButton(action))[0];
/** The window's own status, in the header above every section. */
const status = () => document.querySelector('.settings-header [role="status"]')?.textContent;

/** Focuses the action's button and starts listening, as Enter on it would. */
const listen = (action: string) => {
  const button = setButton(action);
  button.focus();
  fireEvent.click(button);
  return button;
};
const press = async (button: HTMLElement, code: string, modifiers: { ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean; metaKey?: boolean } = {}) => {
  const event = new KeyboardEvent('keydown', { code, bubbles: true, cancelable: true, ...modifiers });
  fireEvent(button, event);
  await settle();
  return event;
};

describe('the shortcuts settings', () => {
  it('lists every action with none set, each with a button that says what it sets', async () => {
    await renderShortcuts();
    for (const action of ['take a break now', 'start the break that is due', 'snooze the break', 'skip the break', 'pause for an hour, or resume', 'turn “I’m reading” on or off']) {
      expect(setButton(action).textContent).toBe('Set');
      expect(shownKeys(action)).toBe('None');
    }
    expect(screen.queryByRole('button', { name: /^Clear the shortcut/ })).toBeNull();
  });

  it('records Ctrl+Alt+B and saves it, asks how the system took it, and keeps the keyboard on the field', async () => {
    const { bridge, calls, settings } = await renderShortcuts();
    let asked = 0;
    const ask = bridge.shortcuts.bind(bridge);
    bridge.shortcuts = () => { asked++; return ask(); };
    const button = listen('take a break now');
    expect(button.textContent).toBe('Press the keys…');
    expect(button.getAttribute('aria-label')).toBe('Press the keys to take a break now');
    const hint = 'Press the combination now. Escape cancels; Backspace clears the shortcut.';
    expect(description(button)).toContain(hint);
    expect(screen.getByText(hint).closest('[aria-live="polite"]')).toBeTruthy();
    // A modifier alone is only the start of a combination.
    const ctrl = await press(button, 'ControlLeft', { ctrlKey: true });
    expect(ctrl.defaultPrevented).toBe(true);
    expect(button.textContent).toBe('Press the keys…');
    const b = await press(button, 'KeyB', { ctrlKey: true, altKey: true });
    expect(b.defaultPrevented).toBe(true);
    expect(calls.saved).toEqual([{ shortcuts: { breakNow: 'Ctrl+Alt+B' } }]);
    expect(settings().shortcuts.breakNow).toBe('Ctrl+Alt+B');
    expect(shownKeys('take a break now')).toBe('Ctrl+Alt+B');
    expect([...document.querySelectorAll('kbd')].map((key) => key.textContent)).toEqual(['Ctrl', 'Alt', 'B']);
    expect(button.textContent).toBe('Set');
    expect(button.getAttribute('aria-label')).toBe('Set the shortcut to take a break now');
    expect(description(button)).not.toContain(hint);
    expect(document.activeElement).toBe(button);
    expect(asked).toBe(1);
    expect(screen.getByRole('button', { name: 'Clear the shortcut to take a break now' })).toBeTruthy();
    expect(status()).toBe('Saved.');
  });

  it('cancels on Escape, keeping the combination it had', async () => {
    const { calls } = await renderShortcuts(withShortcuts({ snooze: 'Ctrl+Alt+S' }));
    const button = listen('snooze the break');
    await settle();
    // Limber's own combinations reach the field only while the system lets them go.
    expect(calls.holds).toEqual([true]);
    await press(button, 'Escape');
    expect(calls.holds).toEqual([true, false]);
    expect(button.textContent).toBe('Set');
    expect(shownKeys('snooze the break')).toBe('Ctrl+Alt+S');
    // Listening no more: a key press now is not a combination.
    await press(button, 'KeyK', { altKey: true });
    expect(calls.saved).toEqual([]);
    expect(document.activeElement).toBe(button);
  });

  it('clears the shortcut on Backspace, or with Clear, which hands the keyboard to its field', async () => {
    const { calls } = await renderShortcuts(withShortcuts({ skip: 'Ctrl+Alt+K', pause: 'Alt+Shift+P' }));
    const button = listen('skip the break');
    await press(button, 'Backspace');
    expect(calls.saved).toEqual([{ shortcuts: { skip: '' } }]);
    expect(shownKeys('skip the break')).toBe('None');
    expect(screen.queryByRole('button', { name: 'Clear the shortcut to skip the break' })).toBeNull();
    expect(document.activeElement).toBe(button);
    const clear = screen.getByRole('button', { name: 'Clear the shortcut to pause for an hour, or resume' });
    clear.focus();
    fireEvent.click(clear);
    await settle();
    expect(calls.saved).toEqual([{ shortcuts: { skip: '' } }, { shortcuts: { pause: '' } }]);
    expect(shownKeys('pause for an hour, or resume')).toBe('None');
    expect(document.activeElement).toBe(setButton('pause for an hour, or resume'));
  });

  it('refuses a bare letter and Ctrl+S at the field, saves neither, counts it and goes on listening', async () => {
    const { calls } = await renderShortcuts(withShortcuts({ reading: 'Alt+Shift+R' }));
    const button = listen('turn “I’m reading” on or off');
    for (const [code, modifiers, keys] of [['KeyB', {}, 'B'], ['KeyS', { ctrlKey: true }, 'Ctrl+S']] as const) {
      await press(button, code, modifiers);
      const message = `${keys} would take keys other programs use: hold Ctrl+Alt or Alt+Shift with it (Ctrl+Alt+B, say), or use F13 to F24 alone.`;
      expect(description(button)).toContain(message);
      expect(screen.getByText(message).closest('[aria-live="polite"]')).toBeTruthy();
      expect(button.getAttribute('aria-invalid')).toBe('true');
      expect(button.textContent).toBe('Press the keys…');
      expect(shownKeys('turn “I’m reading” on or off')).toBe('Alt+Shift+R');
    }
    expect(calls.saved).toEqual([]);
    expect(status()).toBe('Not saved: 1 field needs fixing.');
    expect(screen.getByRole('tab', { name: 'Shortcuts, 1 field not saved' })).toBeTruthy();
    // A good combination next is saved, and the message goes.
    await press(button, 'KeyR', { ctrlKey: true, altKey: true });
    expect(calls.saved).toEqual([{ shortcuts: { reading: 'Ctrl+Alt+R' } }]);
    expect(button.getAttribute('aria-invalid')).toBeNull();
    expect(status()).toBe('Saved.');
  });

  it('lets Tab leave a listening field, which stops listening', async () => {
    const { calls } = await renderShortcuts();
    const button = listen('snooze the break');
    const tab = await press(button, 'Tab');
    expect(tab.defaultPrevented).toBe(false);
    fireEvent.blur(button);
    await settle();
    expect(button.textContent).toBe('Set');
    await press(button, 'KeyS', { ctrlKey: true, altKey: true });
    expect(calls.saved).toEqual([]);
  });

  it('refuses a combination another action has, and saves nothing', async () => {
    const { calls } = await renderShortcuts(withShortcuts({ breakNow: 'Ctrl+Alt+B' }));
    const button = listen('snooze the break');
    await press(button, 'KeyB', { ctrlKey: true, altKey: true });
    expect(description(button)).toContain('Ctrl+Alt+B is already the shortcut to take a break now.');
    expect(calls.saved).toEqual([]);
    expect(shownKeys('snooze the break')).toBe('None');
    // Escape gives up: the field holds what it had, and nothing is refused any more.
    await press(button, 'Escape');
    expect(button.getAttribute('aria-invalid')).toBeNull();
    expect(status()).toBe('Saved.');
  });

  it('says at the field when another program holds its combination', async () => {
    await renderShortcuts(withShortcuts({ snooze: 'Ctrl+Alt+S', skip: 'Ctrl+Alt+K' }), { available: true, partly: false, taken: ['snooze'] });
    expect(description(setButton('snooze the break'))).toContain('Ctrl+Alt+S is taken by another program: choose another.');
    expect(description(setButton('skip the break')).join(' ')).not.toMatch(/taken/);
    expect(screen.getAllByText(/is taken by another program/)).toHaveLength(1);
    // Saved, only not working: it is not counted as a field to fix.
    expect(status()).toBe('Saved.');
  });

  it('asks the system again after a save, and shows what it says then', async () => {
    const recording = recordingBridge({ shortcuts: { available: true, partly: false, taken: [] } });
    let answer: ShortcutStatus = { available: true, partly: false, taken: [] };
    recording.bridge.shortcuts = () => Promise.resolve(answer);
    render(<SettingsScreen bridge={recording.bridge} />);
    await screen.findByRole('group', { name: 'Global shortcuts', hidden: true });
    fireEvent.click(screen.getByRole('tab', { name: 'Shortcuts' }));
    await settle();
    answer = { available: true, partly: false, taken: ['startDue'] };
    const button = listen('start the break that is due');
    await press(button, 'F13');
    expect(description(button)).toContain('F13 is taken by another program: choose another.');
  });

  it('says in a Wayland session through XWayland that keys work as far as the desktop passes them on', async () => {
    await renderShortcuts(undefined, { available: true, partly: true, taken: [] });
    expect(screen.getByText(/^In this Wayland session, Limber hears these keys only as far as your desktop passes them/)).toBeTruthy();
    expect((setButton('take a break now') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says shortcuts can\'t work in a Wayland session, and disables every field', async () => {
    await renderShortcuts(withShortcuts({ pause: 'Alt+Shift+P' }), { available: false, partly: false, taken: [] });
    const unavailable = screen.getByText(/^Shortcuts aren’t available in this Wayland session/);
    expect(unavailable).toBeTruthy();
    const buttons = screen.getByRole('group', { name: 'Global shortcuts' }).querySelectorAll('button');
    expect(buttons).toHaveLength(7);
    for (const button of buttons) {
      expect(button.disabled).toBe(true);
      expect(description(button)).toContain(unavailable.textContent);
    }
    expect(shownKeys('pause for an hour, or resume')).toBe('Alt+Shift+P');
  });
});
