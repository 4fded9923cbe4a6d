import { t } from '../i18n/speak';

/**
 * The words of update checks: the question asked once, the setting, the tray's item and tooltip, the notifications,
 * and the update window (a newer version's notes, its download, and What's new after an update).
 */
export const updatesWords = {
  /** The welcome window's and the settings' switch, and the one question asked of users who had Limber before. */
  get check() { return t('updates.check'); },
  /** What a check sends, said wherever it can be turned on. */
  get checkHint() { return t('updates.checkHint'); },
  /** The settings' group that holds the switch. */
  get legend() { return t('updates.legend'); },
  ask: {
    get title() { return t('updates.ask.title'); },
    get body() { return t('updates.ask.body'); },
    get yes() { return t('updates.ask.yes'); },
    get no() { return t('updates.ask.no'); },
    saved: (on: boolean) => (on ? t('updates.ask.savedOn') : t('updates.ask.savedOff')),
    /** Above the reasons, when the answer could not be saved. */
    get notSaved() { return t('updates.ask.notSaved'); },
  },
  /** The tray menu's item once a newer version is known. */
  trayItem: (version: string) => t('updates.trayItem', { version }),
  trayReady: (version: string) => t('updates.trayReady', { version }),
  /** The tray tooltip's last line while a download runs. */
  downloading: (version: string, percent: number) => t('updates.downloading', { version, percent: Math.floor(percent) }),
  available: {
    title: (version: string) => t('updates.available.title', { version }),
    get body() { return t('updates.available.body'); },
  },
  failed: {
    get checkTitle() { return t('updates.failed.checkTitle'); },
    checkBody: (reason: string) => t('updates.failed.checkBody', { reason }),
    get downloadTitle() { return t('updates.failed.downloadTitle'); },
    downloadBody: (reason: string) => t('updates.failed.downloadBody', { reason }),
    /** The reason electron-updater gives is for the log; the user reads one of these. */
    get check() { return t('updates.failed.check'); },
    get download() { return t('updates.failed.download'); },
    get checksum() { return t('updates.failed.checksum'); },
  },
  window: {
    offerTitle: (version: string) => t('updates.window.offerTitle', { version }),
    running: (version: string) => t('updates.window.running', { version }),
    get notes() { return t('updates.window.notes'); },
    get noNotes() { return t('updates.window.noNotes'); },
    get download() { return t('updates.window.download'); },
    get downloadHint() { return t('updates.window.downloadHint'); },
    get progress() { return t('updates.window.progress'); },
    downloadingNow: (percent: number) => t('updates.window.downloadingNow', { percent: Math.floor(percent) }),
    downloaded: (version: string) => t('updates.window.downloaded', { version }),
    get restartNow() { return t('updates.window.restartNow'); },
    get later() { return t('updates.window.later'); },
    problem: (reason: string) => t('updates.window.problem', { reason }),
    get cannotInstall() { return t('updates.window.cannotInstall'); },
    get downloadPage() { return t('updates.window.downloadPage'); },
    upToDate: (version: string) => t('updates.window.upToDate', { version }),
    whatsNewTitle: (version: string) => t('updates.window.whatsNewTitle', { version }),
    whatsNewNone: (version: string) => t('updates.window.whatsNewNone', { version }),
    get close() { return t('updates.window.close'); },
  },
} as const;

export type UpdatesWords = typeof updatesWords;
