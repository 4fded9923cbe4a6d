import type { Settings } from '../../settings/schema';

const fields = (count: number) => (count === 1 ? '1 field' : `${count} fields`);
const listed = (errors: readonly string[]) => errors.join('; ');

/** The settings window around its sections, and the sections small enough to need no module of their own. */
export const settingsWords = {
  title: 'Settings',
  /** A section's name first, in the window's title. */
  windowTitle: (section: string, window: string) => `${section} – ${window}`,
  sectionsLabel: 'Settings sections',
  sections: {
    breaks: 'Breaks',
    schedule: 'Schedule',
    calls: 'Calls and watching',
    routines: 'Routines',
    sounds: 'Sounds and look',
    shortcuts: 'Shortcuts',
    files: 'Files',
  },
  /** A section's tab, while it holds values Limber did not save. */
  sectionNotSaved: (section: string, count: number) => `${section}, ${fields(count)} not saved`,
  saved: 'Saved.',
  needFixing: (count: number) => (count === 1 ? 'Not saved: 1 field needs fixing.' : `Not saved: ${count} fields need fixing.`),
  notSaved: (errors: readonly string[]) => `Not saved: ${listed(errors)}.`,
  goToFirstRefused: 'Go to the first field to fix',
  whenSaved: 'Choices are saved as you make them; a number when you leave its field or press Enter.',
  /** What closing the window with refused values asks about. */
  closeQuestion: (count: number) => (count === 1 ? '1 field was not saved.' : `${count} fields were not saved.`),
  starting: 'Starting',
  routines: {
    title: 'Routines',
    forLong: 'For long breaks',
    forMicro: 'For micro breaks',
    rotate: 'Take turns (all routines)',
  },
  checkIns: {
    title: 'Stiffness check-ins',
    ask: 'Ask how stiff I feel before and after a long break',
    about: 'About the area its routine works: neck, shoulders, back or hips. This is optional, and your answers stay on this computer.',
  },
  sound: 'Sound',
  playSounds: 'Play sounds',
  volume: 'Volume',
  look: 'Look',
  theme: 'Theme',
  themes: { system: 'System', light: 'Light', dark: 'Dark' } satisfies Record<Settings['theme'], string>,
  files: {
    title: 'Your settings file',
    export: 'Export settings…',
    import: 'Import settings…',
    fileToImport: 'Settings file to import',
    tooLarge: (file: string, kilobytes: number) => `${file} is larger than a settings file can be (${kilobytes} KB)`,
    imported: (file: string) => `Imported settings from ${file}.`,
    notImported: 'Nothing was imported. The file has these problems:',
    reset: 'Reset to defaults',
    resetQuestion: 'Reset every setting to Limber’s defaults? Your history is kept.',
    resetConfirm: 'Reset',
    cancel: 'Cancel',
    resetDone: 'Every setting is back to Limber’s defaults.',
    notReset: (errors: readonly string[]) => `Nothing was reset: ${listed(errors)}.`,
  },
} as const;

export type SettingsWords = typeof settingsWords;
