import type { ShortcutAction } from '../shortcuts/names';

/** An action's label inside a sentence: "Take a break now" → "take a break now", keeping “I’m” as it is. */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The words of global shortcuts: the settings' Shortcuts section, why a combination is refused, and the tray's notes. */
export const shortcutsWords = {
  heading: 'Shortcuts',
  /** The settings' group of shortcut fields, under the section's heading. */
  legend: 'Global shortcuts',
  hint: 'Keys that work in every program, whether or not a Limber window is open. None is set until you set one.',
  actions: {
    breakNow: 'Take a break now',
    startDue: 'Start the break that is due',
    snooze: 'Snooze the break',
    skip: 'Skip the break',
    pause: 'Pause for an hour, or resume',
    reading: 'Turn “I’m reading” on or off',
  } satisfies Record<ShortcutAction, string>,
  none: 'None',
  /** The button that starts listening for a combination; its full name is `change`. */
  set: 'Set',
  record: 'Press the keys…',
  /** The same button's name while it listens, holding the words it shows then. */
  recording: (label: string) => `Press the keys to ${inSentence(label)}`,
  recordingHint: 'Press the combination now. Escape cancels; Backspace clears the shortcut.',
  change: (label: string) => `Set the shortcut to ${inSentence(label)}`,
  clear: 'Clear',
  clearLabel: (label: string) => `Clear the shortcut to ${inSentence(label)}`,
  /** A combination that would take a key away from whatever the user types in, or a program's own command. */
  needsModifier: (keys: string) =>
    `${keys} would take keys other programs use: hold Ctrl+Alt or Alt+Shift with it (Ctrl+Alt+B, say), or use F13 to F24 alone.`,
  super: (keys: string) => `${keys} uses the Super key, which global shortcuts can’t use on every system: use Ctrl+Alt or Alt+Shift instead.`,
  sameAs: (keys: string, action: ShortcutAction) => `${keys} is already the shortcut to ${inSentence(shortcutsWords.actions[action])}.`,
  notAShortcut: (text: string) =>
    `"${text}" is not a key combination as Limber writes one: Ctrl, Alt, Shift in that order, then one key, like "Ctrl+Alt+B".`,
  notText: 'must be a key combination like "Ctrl+Alt+B", or "" for none',
  taken: (keys: string) => `${keys} is taken by another program: choose another.`,
  /** On a Wayland desktop drawn natively, where this Electron has no way to listen for keys outside its windows. */
  unavailable:
    'Shortcuts aren’t available in this Wayland session: programs can’t listen for keys outside their windows here. ' +
    'Your desktop’s keyboard settings can run “limber --break-now”, “limber --pause 60” or “limber --resume” instead.',
  /** Through XWayland, where the compositor decides which keys X programs get. */
  partly:
    'In this Wayland session, Limber hears these keys only as far as your desktop passes them to X11 programs; ' +
    'some desktops pass them only while such a program has the keyboard.',
  /** What the engine refused of a shortcut's snooze or skip: no menu shows it, so a notification says why. */
  refused: {
    strict: {
      title: 'Strict mode is on',
      snooze: 'The break can’t be snoozed from a shortcut while strict mode is on.',
      skip: 'The break can’t be skipped from a shortcut while strict mode is on.',
    },
    limit: { title: 'No more snoozes', body: 'This break has been snoozed as often as your settings allow: take it or skip it.' },
  },
};
