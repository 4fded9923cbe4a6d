import { t } from '../../i18n/speak';
import type { Settings } from '../../settings/schema';

const listed = (errors: readonly string[]) => errors.join('; ');

/** The settings window around its sections, and the sections small enough to need no module of their own. */
export const settingsWords = {
  get title() { return t('settingsWindow.title'); },
  /** A section's name first, in the window's title. */
  windowTitle: (section: string, window: string) => t('settingsWindow.windowTitle', { section, window }),
  get sectionsLabel() { return t('settingsWindow.sectionsLabel'); },
  sections: {
    get breaks() { return t('settingsWindow.sections.breaks'); },
    get schedule() { return t('settingsWindow.sections.schedule'); },
    get calls() { return t('settingsWindow.sections.calls'); },
    get routines() { return t('settingsWindow.sections.routines'); },
    get sounds() { return t('settingsWindow.sections.sounds'); },
    get shortcuts() { return t('settingsWindow.sections.shortcuts'); },
    get files() { return t('settingsWindow.sections.files'); },
  },
  /** A section's tab, while it holds values Limber did not save. */
  sectionNotSaved: (section: string, count: number) => t('settingsWindow.sectionNotSaved', { section, count }),
  get saved() { return t('settingsWindow.saved'); },
  needFixing: (count: number) => t('settingsWindow.needFixing', { count }),
  notSaved: (errors: readonly string[]) => t('settingsWindow.notSaved', { errors: listed(errors) }),
  get goToFirstRefused() { return t('settingsWindow.goToFirstRefused'); },
  get whenSaved() { return t('settingsWindow.whenSaved'); },
  /** What closing the window with refused values asks about. */
  closeQuestion: (count: number) => t('settingsWindow.closeQuestion', { count }),
  get starting() { return t('settingsWindow.starting'); },
  routines: {
    get title() { return t('settingsWindow.routines.title'); },
    get forLong() { return t('settingsWindow.routines.forLong'); },
    get forMicro() { return t('settingsWindow.routines.forMicro'); },
    get rotate() { return t('settingsWindow.routines.rotate'); },
  },
  checkIns: {
    get title() { return t('settingsWindow.checkIns.title'); },
    get ask() { return t('settingsWindow.checkIns.ask'); },
    get about() { return t('settingsWindow.checkIns.about'); },
  },
  get sound() { return t('settingsWindow.sound'); },
  get playSounds() { return t('settingsWindow.playSounds'); },
  get volume() { return t('settingsWindow.volume'); },
  get look() { return t('settingsWindow.look'); },
  get theme() { return t('settingsWindow.theme'); },
  themes: {
    get system() { return t('settingsWindow.themes.system'); },
    get light() { return t('settingsWindow.themes.light'); },
    get dark() { return t('settingsWindow.themes.dark'); },
  } satisfies Record<Settings['theme'], string>,
  get language() { return t('settingsWindow.language'); },
  /** The choice that follows the system, naming the language it speaks now (in that language's own name). */
  systemLanguage: (language: string) => t('settingsWindow.languages.system', { language }),
  files: {
    get title() { return t('settingsWindow.files.title'); },
    get export() { return t('settingsWindow.files.export'); },
    get import() { return t('settingsWindow.files.import'); },
    get fileToImport() { return t('settingsWindow.files.fileToImport'); },
    tooLarge: (file: string, kilobytes: number) => t('settingsWindow.files.tooLarge', { file, kilobytes }),
    imported: (file: string) => t('settingsWindow.files.imported', { file }),
    get notImported() { return t('settingsWindow.files.notImported'); },
    get reset() { return t('settingsWindow.files.reset'); },
    get resetQuestion() { return t('settingsWindow.files.resetQuestion'); },
    get resetConfirm() { return t('settingsWindow.files.resetConfirm'); },
    get cancel() { return t('settingsWindow.files.cancel'); },
    get resetDone() { return t('settingsWindow.files.resetDone'); },
    notReset: (errors: readonly string[]) => t('settingsWindow.files.notReset', { errors: listed(errors) }),
  },
} as const;

export type SettingsWords = typeof settingsWords;
