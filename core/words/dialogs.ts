/** The main process's own dialogs: the question before closing settings that were not saved, and the export's save dialog. */
export const dialogsWords = {
  closeSettings: {
    title: 'Close the settings? – Limber',
    /** Asked when the page gives no question of its own. */
    question: 'Some settings were not saved.',
    detail: 'What was not saved is marked in the settings window. Close anyway, and it is dropped; every other setting is already saved.',
    keepEditing: 'Keep editing',
    closeAnyway: 'Close anyway',
  },
  saveCopy: { title: 'Save a copy of your Limber data' },
} as const;

export type DialogsWords = typeof dialogsWords;
