import { app, dialog, type BrowserWindow } from 'electron';
import { dialogsWords } from '../../core/words/dialogs';

const words = dialogsWords.closeSettings;
/** The longest question taken from the page: it is shown, never run. */
const MAX_QUESTION_CHARS = 200;
/** A page that doesn't answer within this (hung) gets the plain question, so the window can always be closed. */
const PAGE_ANSWER_MS = 1000;

/** The page's own question, which it keeps on its root element while it refuses to unload. */
async function pageQuestion(window: BrowserWindow): Promise<string> {
  let gaveUp: NodeJS.Timeout | undefined;
  const asked: unknown = await Promise.race([
    window.webContents.executeJavaScript('document.documentElement.dataset.closeQuestion ?? ""'),
    new Promise((resolve) => { gaveUp = setTimeout(resolve, PAGE_ANSWER_MS, ''); }),
  ]).catch(() => '').finally(() => { clearTimeout(gaveUp); });
  return typeof asked === 'string' && asked.trim() !== '' ? asked.slice(0, MAX_QUESTION_CHARS) : words.question;
}

async function userSaysClose(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: words.title,
    message: await pageQuestion(window),
    detail: words.detail,
    buttons: [words.keepEditing, words.closeAnyway],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/**
 * A page that refuses to unload (its 'beforeunload' prevented) holds values it could not save: the window closes only
 * once the user says so. The page decides when to ask and what; main only asks. A quit always goes through.
 */
export function askBeforeClosing(window: BrowserWindow) {
  let quitting = false;
  let closeAnyway = false;
  let asking = false;
  const onQuit = () => { quitting = true; };
  app.on('before-quit', onQuit);
  window.once('closed', () => { app.off('before-quit', onQuit); });
  window.webContents.on('will-prevent-unload', (event) => {
    if (quitting || closeAnyway) {
      event.preventDefault();
      return;
    }
    if (asking) return;
    asking = true;
    void userSaysClose(window).catch(() => true).then((close) => {
      asking = false;
      if (!close || window.isDestroyed()) return;
      closeAnyway = true;
      window.close();
    });
  });
}
