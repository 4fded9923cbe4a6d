import { app, dialog, type BrowserWindow } from 'electron';

const PLAIN_QUESTION = 'Some settings were not saved.';
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
  return typeof asked === 'string' && asked.trim() !== '' ? asked.slice(0, MAX_QUESTION_CHARS) : PLAIN_QUESTION;
}

async function userSaysClose(window: BrowserWindow): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: 'Close the settings? – Limber',
    message: await pageQuestion(window),
    detail: 'What was not saved is marked in the settings window. Close anyway, and it is dropped; every other setting is already saved.',
    buttons: ['Keep editing', 'Close anyway'],
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
