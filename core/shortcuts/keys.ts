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

export interface KeyPress {
  code: string;
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

function keyOf(code: string): string | null {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
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
  const key = keyOf(press.code);
  return key === null ? { is: 'incomplete' } : { is: 'combination', keys: [...modifiers, key].join('+') };
}

export type KeysProblem = { is: 'not-keys' } | { is: 'needs-modifier' };

/**
 * Why a combination can't be a global shortcut, or null when it can. A global shortcut takes its keys from every
 * program, so a letter, digit or sign alone, with Shift or with Ctrl (Ctrl+S, Ctrl+Shift+T) would take what people
 * type and their programs' own commands: those need Alt or Super. Function keys may stand alone.
 */
export function keysProblem(keys: string): KeysProblem | null {
  const parts = keys.split('+');
  // '+' itself is the key "Plus" in an accelerator, so a split never leaves an empty part in a good one.
  const key = parts.at(-1) ?? '';
  const modifiers = parts.slice(0, -1);
  const known = modifiers.every((m) => (MODIFIERS as readonly string[]).includes(m));
  const ordered = MODIFIERS.filter((m) => modifiers.includes(m)).join('+') === modifiers.join('+');
  if (!KEYS.has(key) || !known || !ordered || new Set(modifiers).size !== modifiers.length) return { is: 'not-keys' };
  if (isFunctionKey(key) || modifiers.includes('Alt') || modifiers.includes('Super')) return null;
  return { is: 'needs-modifier' };
}
