import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import type { ShortcutAction } from '../../../core/shortcuts/names';
import { globalShortcut, fake } from '../../../harness/fake-electron';
import { globalShortcuts } from '../../../electron/desktop/shortcuts';

const logs: string[] = [];
const log = { info: (line: string) => logs.push(line), warn: (line: string) => logs.push(line), error: (line: string) => logs.push(line) };
const EVERYWHERE = { available: true, partly: false };
const chosen = (shortcuts: Partial<typeof DEFAULT_SETTINGS.shortcuts>) => ({ ...DEFAULT_SETTINGS.shortcuts, ...shortcuts });

beforeEach(() => {
  fake.reset();
  logs.length = 0;
});

describe('global shortcuts', () => {
  it('registers what the settings choose, says which another program holds, and follows a new choice', () => {
    const pressed: ShortcutAction[] = [];
    const shortcuts = globalShortcuts(globalShortcut, EVERYWHERE, log);
    fake.shortcutsHeldElsewhere.add('Ctrl+Alt+S');
    shortcuts.bind(chosen({ breakNow: 'Ctrl+Alt+B', snooze: 'Ctrl+Alt+S' }), (action) => pressed.push(action));
    expect([...fake.shortcuts.keys()]).toEqual(['Ctrl+Alt+B']);
    expect(shortcuts.status()).toEqual({ available: true, partly: false, taken: ['snooze'] });
    expect(logs).toEqual(['Shortcut Ctrl+Alt+S (snooze) not registered: another program holds it']);
    fake.press('Ctrl+Alt+B');
    expect(pressed).toEqual(['breakNow']);

    shortcuts.bind(chosen({ snooze: 'Ctrl+Alt+F9' }), (action) => pressed.push(action));
    expect([...fake.shortcuts.keys()]).toEqual(['Ctrl+Alt+F9']);
    expect(shortcuts.status().taken).toEqual([]);
    fake.press('Ctrl+Alt+F9');
    expect(pressed).toEqual(['breakNow', 'snooze']);
  });

  it('leaves the keys alone when the choice is the same, and gives them all back at quit', () => {
    const shortcuts = globalShortcuts(globalShortcut, EVERYWHERE, log);
    shortcuts.bind(chosen({ pause: 'Ctrl+Alt+P' }), () => undefined);
    const registered = fake.shortcuts.get('Ctrl+Alt+P');
    shortcuts.bind(chosen({ pause: 'Ctrl+Alt+P' }), () => undefined);
    expect(fake.shortcuts.get('Ctrl+Alt+P')).toBe(registered);
    shortcuts.release();
    expect(fake.shortcuts.size).toBe(0);
  });

  it('lets the keys go while a window listens for a combination, and takes the latest choice back once none does', () => {
    const shortcuts = globalShortcuts(globalShortcut, EVERYWHERE, log);
    const [first, second] = [{}, {}];
    shortcuts.bind(chosen({ breakNow: 'Ctrl+Alt+B' }), () => undefined);
    shortcuts.hold(first, true);
    shortcuts.hold(second, true);
    expect(fake.shortcuts.size).toBe(0);
    shortcuts.bind(chosen({ breakNow: 'Ctrl+Alt+N' }), () => undefined);
    expect(fake.shortcuts.size).toBe(0);
    shortcuts.hold(first, false);
    shortcuts.hold(first, false);
    expect(fake.shortcuts.size).toBe(0);
    shortcuts.hold(second, false);
    expect([...fake.shortcuts.keys()]).toEqual(['Ctrl+Alt+N']);
  });

  it('registers nothing where shortcuts can\'t work, and says so', () => {
    const shortcuts = globalShortcuts(globalShortcut, { available: false, partly: false }, log);
    shortcuts.bind(chosen({ breakNow: 'Ctrl+Alt+B' }), () => undefined);
    expect(fake.shortcuts.size).toBe(0);
    expect(shortcuts.status()).toEqual({ available: false, partly: false, taken: [] });
  });

  it('notes a combination the system throws on as refused, and registers the others', () => {
    const throwing = {
      register: (keys: string, pressed: () => void) => {
        if (keys === 'Ctrl+Alt+numdec') throw new Error('not a key here');
        return globalShortcut.register(keys, pressed);
      },
      unregisterAll: () => { globalShortcut.unregisterAll(); },
    };
    const shortcuts = globalShortcuts(throwing, EVERYWHERE, log);
    shortcuts.bind(chosen({ skip: 'Ctrl+Alt+numdec', reading: 'Ctrl+Alt+R' }), () => undefined);
    expect(shortcuts.status().taken).toEqual(['skip']);
    expect([...fake.shortcuts.keys()]).toEqual(['Ctrl+Alt+R']);
    expect(logs).toEqual(['Shortcut Ctrl+Alt+numdec (skip) not registered: not a key here']);
  });
});
