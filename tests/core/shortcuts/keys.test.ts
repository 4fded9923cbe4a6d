import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../core/settings/parse';
import { keysProblem, recordKey, type KeyPress } from '../../../core/shortcuts/keys';

/** A press on a US layout, whose keyCode for a letter or digit is the one its position names. */
const usKeyCode = (code: string) => (/^(Key[A-Z]|Digit\d)$/.test(code) ? (code.at(-1) ?? '').charCodeAt(0) : 0);
const press = (code: string, held: Partial<Omit<KeyPress, 'code'>> = {}): KeyPress =>
  ({ code, keyCode: usKeyCode(code), ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...held });

/** The codes a keyboard sends, as KeyboardEvent.code names them: letters, digits, signs, keys to move, modifiers. */
const CODES = [
  ...Array.from({ length: 26 }, (_, i) => `Key${String.fromCharCode(65 + i)}`), ...Array.from({ length: 10 }, (_, i) => `Digit${i}`),
  ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `Numpad${i}`),
  'Space', 'Tab', 'Enter', 'Escape', 'Backspace', 'Delete', 'Insert', 'Home', 'End', 'PageUp', 'PageDown', 'ArrowUp', 'ArrowLeft',
  'Minus', 'Equal', 'BracketLeft', 'Backslash', 'Semicolon', 'Quote', 'Comma', 'Period', 'Slash', 'Backquote', 'NumpadAdd',
  'ControlLeft', 'AltRight', 'ShiftLeft', 'MetaLeft', 'CapsLock', 'ContextMenu', 'IntlBackslash',
];

describe('recording a shortcut', () => {
  it('cancels on Escape, clears on Backspace, keeps listening through a modifier alone, and writes what Electron reads', () => {
    expect(recordKey(press('Escape'))).toEqual({ is: 'cancel' });
    expect(recordKey(press('Backspace'))).toEqual({ is: 'clear' });
    expect(recordKey(press('ControlLeft', { ctrlKey: true }))).toEqual({ is: 'incomplete' });
    expect(recordKey(press('KeyB', { ctrlKey: true, altKey: true }))).toEqual({ is: 'combination', keys: 'Ctrl+Alt+B' });
    expect(recordKey(press('ArrowUp', { metaKey: true, shiftKey: true }))).toEqual({ is: 'combination', keys: 'Shift+Super+Up' });
    // On a German layout the key where a US keyboard has Y is marked Z, and Electron finds "Z" through the layout.
    expect(recordKey(press('KeyY', { keyCode: 90, ctrlKey: true, altKey: true }))).toEqual({ is: 'combination', keys: 'Ctrl+Alt+Z' });
    expect(recordKey(press('Backspace', { ctrlKey: true, altKey: true }))).toEqual({ is: 'combination', keys: 'Ctrl+Alt+Backspace' });
  });

  it('never writes a combination the settings would misread: each is kept, or refused for what it holds', () => {
    const held = fc.record({ ctrlKey: fc.boolean(), altKey: fc.boolean(), shiftKey: fc.boolean(), metaKey: fc.boolean() });
    fc.assert(fc.property(fc.constantFrom(...CODES), held, (code, modifiers) => {
      const recorded = recordKey(press(code, modifiers));
      if (recorded.is !== 'combination') return;
      const problem = keysProblem(recorded.keys);
      const parsed = parseSettings({ shortcuts: { snooze: recorded.keys } });
      if (problem === null) expect(parsed).toMatchObject({ ok: true, value: { shortcuts: { snooze: recorded.keys } } });
      else {
        expect(problem).toEqual(modifiers.metaKey ? { is: 'super' } : { is: 'needs-modifier' });
        expect(parsed.ok).toBe(false);
      }
    }), { numRuns: 500 });
  });
});

describe('which combinations can be global', () => {
  it('wants Alt with Ctrl or Shift, lets only F13 to F24 stand alone, and refuses Super', () => {
    for (const keys of ['B', 'Shift+B', 'Ctrl+S', 'Ctrl+Shift+T', 'Alt+B', 'Alt+F4', 'F5', 'Shift+F13', 'Ctrl+F13']) {
      expect(keysProblem(keys), keys).toEqual({ is: 'needs-modifier' });
    }
    for (const keys of ['Ctrl+Alt+B', 'Alt+Shift+B', 'Ctrl+Alt+Shift+Space', 'Ctrl+Alt+F5', 'F13', 'F24']) expect(keysProblem(keys), keys).toBeNull();
    // Chromium's X11 shortcuts drop Super, so Super+B would take B itself from every program.
    expect(keysProblem('Super+B')).toEqual({ is: 'super' });
    expect(keysProblem('Ctrl+Alt+Super+B')).toEqual({ is: 'super' });
  });

  it('reads only what it writes: modifiers known, once each and in order, and a key it names', () => {
    for (const keys of ['', 'Ctrl+', 'Alt+Ctrl+B', 'Ctrl+Ctrl+Alt+B', 'Hyper+Alt+B', 'Ctrl+Alt+b', 'Ctrl+Alt+F25', 'Ctrl+Alt+BB', 'CommandOrControl+Alt+B']) {
      expect(keysProblem(keys), keys).toEqual({ is: 'not-keys' });
    }
  });
});

describe('shortcuts in the settings', () => {
  it('are none by default, and refuse one combination for two things, naming both', () => {
    expect(parseSettings({})).toMatchObject({ ok: true, value: { shortcuts: { breakNow: '', snooze: '', skip: '' } } });
    expect(parseSettings({ shortcuts: { snooze: 'Ctrl+Alt+S', skip: 'Ctrl+Alt+S' } })).toEqual({
      ok: false, errors: ['shortcuts.skip Ctrl+Alt+S is already the shortcut to snooze the break.'],
    });
    expect(parseSettings({ shortcuts: { pause: 'Ctrl+P' } })).toEqual({
      ok: false,
      errors: ['shortcuts.pause Ctrl+P would take keys other programs use: hold Ctrl+Alt or Alt+Shift with it (Ctrl+Alt+B, say), or use F13 to F24 alone.'],
    });
    expect(parseSettings({ shortcuts: { reading: 7, skip: 'Alt+Ctrl+K' } })).toEqual({
      ok: false,
      errors: [
        'shortcuts.skip "Alt+Ctrl+K" is not a key combination as Limber writes one: Ctrl, Alt, Shift in that order, then one key, like "Ctrl+Alt+B".',
        'shortcuts.reading must be a key combination like "Ctrl+Alt+B", or "" for none',
      ],
    });
  });
});
