import { shortcutsWords } from '../words/shortcuts';

/**
 * Key combinations as Electron's accelerators spell them ("Ctrl+Alt+B"): recorded from a key press in the settings,
 * checked before they are kept, and parsed again from a settings file.
 */

const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Super'] as const;
type Modifier = (typeof MODIFIERS)[number];

/** The key a press's `code` names, as an accelerator writes it: the place on the keyboard, whatever the layout. */
const NAMED_CODES: Readonly<Record<string, string>> = {
  Space: 'Space', Tab: 'Tab', Enter: 'Enter', Backspace: 'Backspace', Escape: 'Escape', Delete: 'Delete', Insert: 'Insert', Home: 'Home', End: 'End',
  PageUp: 'PageUp', PageDown: 'PageDown', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  PrintScreen: 'PrintScreen', Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\',
  Semicolon: ';', Quote: '\'', Comma: ',', Period: '.', Slash: '/', Backquote: '`', NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv', NumpadDecimal: 'numdec',
};
const KEYS = new Set([
  ...Object.values(NAMED_CODES),
  ...Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)),
  ...Array.from({ length: 10 }, (_, i) => String(i)),
  ...Array.from({ length: 10 }, (_, i) => `num${i}`),
  ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
]);
const isFunctionKey = (key: string) => /^F([1-9]|1\d|2[0-4])$/.test(key);
/** F13 to F24: no program expects them, so they may stand alone. */
const isSpareKey = (key: string) => /^F(1[3-9]|2[0-4])$/.test(key);

export interface KeyPress {
  code: string;
  /** The key as the keyboard's layout has it (65–90 for A–Z, 48–57 for 0–9), which is what an accelerator names. */
  keyCode: number;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** What a key press in a shortcut field means. */
export type Recorded =
  | { is: 'cancel' }
  | { is: 'clear' }
  /** A modifier alone, or a key no accelerator can name: the field keeps listening. */
  | { is: 'incomplete' }
  | { is: 'combination'; keys: string };

/**
 * The accelerator's name of the key pressed. A letter or digit is the one the layout puts there: Electron finds a
 * shortcut's key through the layout, so on a German keyboard the key marked Z is "Z", wherever it sits.
 */
function keyOf(code: string, keyCode: number): string | null {
  const layoutKey = (from: number, to: number) => (keyCode >= from && keyCode <= to ? String.fromCharCode(keyCode) : null);
  if (/^Key[A-Z]$/.test(code)) return layoutKey(65, 90) ?? code.slice(3);
  if (/^Digit\d$/.test(code)) return layoutKey(48, 57) ?? code.slice(5);
  if (/^Numpad\d$/.test(code)) return `num${code.slice(6)}`;
  if (isFunctionKey(code)) return code;
  return NAMED_CODES[code] ?? null;
}

/** A key press while a shortcut field listens: Escape alone cancels, Backspace alone clears, the rest is a combination. */
export function recordKey(press: KeyPress): Recorded {
  const modifiers: Modifier[] = [];
  if (press.ctrlKey) modifiers.push('Ctrl');
  if (press.altKey) modifiers.push('Alt');
  if (press.shiftKey) modifiers.push('Shift');
  if (press.metaKey) modifiers.push('Super');
  if (modifiers.length === 0 && press.code === 'Escape') return { is: 'cancel' };
  if (modifiers.length === 0 && press.code === 'Backspace') return { is: 'clear' };
  const key = keyOf(press.code, press.keyCode);
  return key === null ? { is: 'incomplete' } : { is: 'combination', keys: [...modifiers, key].join('+') };
}

export type KeysProblem = { is: 'not-keys' } | { is: 'needs-modifier' } | { is: 'super' };

/**
 * Why a combination can't be a global shortcut, or null when it can. A global shortcut takes its keys from every
 * program: a key alone or with Shift is typing, with Ctrl (Ctrl+S, Ctrl+Shift+T) or Alt alone (menus, a terminal's
 * word moves) a program's own command, and F1 to F12 are help, refresh, full screen. So a shortcut holds Alt with Ctrl
 * or Shift, or is one of F13 to F24. Super is refused: Chromium's X11 shortcuts drop it and would take the bare key.
 */
export function keysProblem(keys: string): KeysProblem | null {
  const parts = keys.split('+');
  // '+' itself is the key "Plus" in an accelerator, so a split never leaves an empty part in a good one.
  const key = parts.at(-1) ?? '';
  const modifiers = parts.slice(0, -1);
  const known = modifiers.every((m) => (MODIFIERS as readonly string[]).includes(m));
  const ordered = MODIFIERS.filter((m) => modifiers.includes(m)).join('+') === modifiers.join('+');
  if (!KEYS.has(key) || !known || !ordered || new Set(modifiers).size !== modifiers.length) return { is: 'not-keys' };
  if (modifiers.includes('Super')) return { is: 'super' };
  const altAndMore = modifiers.includes('Alt') && (modifiers.includes('Ctrl') || modifiers.includes('Shift'));
  return altAndMore || (isSpareKey(key) && modifiers.length === 0) ? null : { is: 'needs-modifier' };
}

/** Why a combination can't be a global shortcut, in the user's words; null when it can. */
export function keysRefusal(keys: string): string | null {
  const problem = keysProblem(keys);
  if (!problem) return null;
  if (problem.is === 'not-keys') return shortcutsWords.notAShortcut(keys);
  return problem.is === 'super' ? shortcutsWords.super(keys) : shortcutsWords.needsModifier(keys);
}
