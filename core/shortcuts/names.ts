/** What a global shortcut can do: the settings' `shortcuts` hold a combination (or '' for none) for each. */
export const SHORTCUT_ACTIONS = ['breakNow', 'startDue', 'snooze', 'skip', 'pause', 'reading'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];
