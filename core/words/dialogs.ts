import { t } from '../i18n/speak';

/** The main process's own dialogs: the question before closing settings that were not saved, and the export's save dialog. */
export const dialogsWords = {
  closeSettings: {
    get title() { return t('dialogs.closeSettings.title'); },
    /** Asked when the page gives no question of its own. */
    get question() { return t('dialogs.closeSettings.question'); },
    get detail() { return t('dialogs.closeSettings.detail'); },
    get keepEditing() { return t('dialogs.closeSettings.keepEditing'); },
    get closeAnyway() { return t('dialogs.closeSettings.closeAnyway'); },
  },
  saveCopy: {
    get title() { return t('dialogs.saveCopy.title'); },
  },
} as const;

export type DialogsWords = typeof dialogsWords;
