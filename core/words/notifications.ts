import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';
import { breakKindsWords } from './break-kinds';

/** Limber's files, as the shell names them. */
export type LimberFile = 'settings' | 'state' | 'history' | 'routines' | 'engine';

/** Desktop notifications: a break's heads-up and its prompt, what works differently in a session, and Limber's files. */
export const notificationsWords = {
  headsUp: {
    title: breakKindsWords.comingIn,
    get body() { return t('notifications.headsUp.body'); },
  },
  /** A break falls due; `length` in minutes for a long break, seconds for a micro one. */
  due: {
    title: breakKindsWords.timeFor,
    get microBody() { return t('notifications.due.microBody'); },
    sat: (sitting: string) => t('notifications.due.sat', { sitting }),
    /** Where no prompt window shows beside the notification. */
    satStartFromTray: (sitting: string) => t('notifications.due.satStartFromTray', { sitting }),
    /** After a hold: `why` says what held it (busyWords). */
    afterHold: (why: string, kind: BreakKind, length: number) => t('notifications.due.afterHold', { why, kind, length }),
    /** At the hold's ceiling the user is still busy: the moment is left to them. */
    whenYouCan: (kind: BreakKind, length: number) => t('notifications.due.whenYouCan', { kind, length }),
    stillBusy: (why: string, sitting: string) => t('notifications.due.stillBusy', { why, sitting }),
  },
  /** What works differently in this desktop session, each said once per user. */
  session: {
    get clockTitle() { return t('notifications.session.clockTitle'); },
    get title() { return t('notifications.session.title'); },
    get clock() { return t('notifications.session.clock'); },
    get nativeWayland() { return t('notifications.session.nativeWayland'); },
    get noTray() { return t('notifications.session.noTray', { command: 'limber --settings' }); },
  },
  /** Limber's files: `file` is one of them, `keptAs` the copy of a damaged one. */
  files: {
    /** Why a damaged file is not written: it could not be kept aside. */
    notReplaced: (fileName: string) => t('notifications.files.notReplaced', { fileName }),
    cannotSave: (file: LimberFile, reason: string) => ({
      title: t('notifications.files.cannotSave.title', { file }),
      body: t('notifications.files.cannotSave.body', { reason }),
    }),
    fromNewerVersion: (file: LimberFile) => ({
      title: t('notifications.files.fromNewerVersion.title', { file }),
      body: t('notifications.files.fromNewerVersion.body'),
    }),
    repaired: (file: LimberFile, keptAs: string | null) => ({
      title: t('notifications.files.repaired.title', { file }),
      body: keptAs ? t('notifications.files.repaired.bodyKeptAs', { keptAs }) : t('notifications.files.repaired.body'),
    }),
    startedAfresh: (keptAs: string | null) => ({
      title: t('notifications.files.startedAfresh.title'),
      body: keptAs ? t('notifications.files.startedAfresh.bodyKeptAs', { keptAs }) : t('notifications.files.startedAfresh.body'),
    }),
  },
} as const;

export type NotificationsWords = typeof notificationsWords;
