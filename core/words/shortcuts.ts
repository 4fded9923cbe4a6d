import { t } from '../i18n/speak';
import type { ShortcutAction } from '../shortcuts/names';

/** An action's label inside a sentence: "Take a break now" → "take a break now", keeping “I’m” as it is. */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The words of global shortcuts: the settings' Shortcuts section, why a combination is refused, and the tray's notes. */
export const shortcutsWords = {
  get heading() { return t('shortcuts.heading'); },
  /** The settings' group of shortcut fields, under the section's heading. */
  get legend() { return t('shortcuts.legend'); },
  get hint() { return t('shortcuts.hint'); },
  actions: {
    get breakNow() { return t('shortcuts.actions.breakNow'); },
    get startDue() { return t('shortcuts.actions.startDue'); },
    get snooze() { return t('shortcuts.actions.snooze'); },
    get skip() { return t('shortcuts.actions.skip'); },
    get pause() { return t('shortcuts.actions.pause'); },
    get reading() { return t('shortcuts.actions.reading'); },
  } satisfies Record<ShortcutAction, string>,
  get none() { return t('shortcuts.none'); },
  /** The button that starts listening for a combination; its full name is `change`. */
  get set() { return t('shortcuts.set'); },
  get record() { return t('shortcuts.record'); },
  /** The same button's name while it listens, holding the words it shows then. */
  recording: (label: string) => t('shortcuts.recording', { action: inSentence(label) }),
  get recordingHint() { return t('shortcuts.recordingHint'); },
  change: (label: string) => t('shortcuts.change', { action: inSentence(label) }),
  get clear() { return t('shortcuts.clear'); },
  clearLabel: (label: string) => t('shortcuts.clearLabel', { action: inSentence(label) }),
  /** A combination that would take a key away from whatever the user types in, or a program's own command. */
  needsModifier: (keys: string) => t('shortcuts.needsModifier', { keys }),
  super: (keys: string) => t('shortcuts.super', { keys }),
  sameAs: (keys: string, action: ShortcutAction) => t('shortcuts.sameAs', { keys, action }),
  notAShortcut: (text: string) => t('shortcuts.notAShortcut', { text }),
  get notText() { return t('shortcuts.notText'); },
  taken: (keys: string) => t('shortcuts.taken', { keys }),
  /** On a Wayland desktop drawn natively, where this Electron has no way to listen for keys outside its windows. */
  get unavailable() {
    return t('shortcuts.unavailable', { breakNowCommand: 'limber --break-now', pauseCommand: 'limber --pause 60', resumeCommand: 'limber --resume' });
  },
  /** Through XWayland, where the compositor decides which keys X programs get. */
  get partly() { return t('shortcuts.partly'); },
  /** What the engine refused of a shortcut's snooze or skip: no menu shows it, so a notification says why. */
  refused: {
    strict: {
      get title() { return t('shortcuts.refused.strict.title'); },
      get snooze() { return t('shortcuts.refused.strict.snooze'); },
      get skip() { return t('shortcuts.refused.strict.skip'); },
    },
    limit: {
      get title() { return t('shortcuts.refused.limit.title'); },
      get body() { return t('shortcuts.refused.limit.body'); },
    },
  },
};
