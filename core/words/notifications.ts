import type { BreakKind } from '../kinds';
import { breakKindsWords } from './break-kinds';

const { timeFor } = breakKindsWords;
const sat = (sitting: string) => `You have been sitting for ${sitting}.`;

/** Limber's files, as the shell names them. */
export type LimberFile = 'settings' | 'state' | 'history' | 'routines' | 'engine';
const FILE_NAMES: Record<LimberFile, string> = {
  settings: 'settings', state: 'state', history: 'history', routines: 'routines', engine: 'engine state',
};

/** Desktop notifications: a break's heads-up and its prompt, what works differently in a session, and Limber's files. */
export const notificationsWords = {
  headsUp: {
    title: breakKindsWords.comingIn,
    body: 'Find a good place to pause what you are doing.',
  },
  /** A break falls due; `length` in minutes for a long break, seconds for a micro one. */
  due: {
    title: timeFor,
    microBody: 'Sit tall, brace your middle gently, and breathe out slowly.',
    sat,
    /** Where no prompt window shows beside the notification. */
    satStartFromTray: (sitting: string) => `${sat(sitting)} Start it from Limber’s tray menu.`,
    /** After a hold: `why` says what held it (busyWords). */
    afterHold: (why: string, kind: BreakKind, length: number) => `${why} ${timeFor(kind, length)}`,
    /** At the hold's ceiling the user is still busy: the moment is left to them. */
    whenYouCan: (kind: BreakKind, length: number) => `${timeFor(kind, length)} when you can`,
    stillBusy: (why: string, sitting: string) => `${why} ${sat(sitting)}`,
  },
  /** What works differently in this desktop session, each said once per user. */
  session: {
    clockTitle: 'Limber follows the clock here',
    title: 'How Limber works in this session',
    clock: 'Limber cannot see keyboard or mouse activity in this desktop session, so breaks follow '
      + 'the clock only: it cannot tell when you step away, and time away from the desk counts as sitting.',
    nativeWayland: 'On this Wayland session a break is offered by a notification alone: click it to start '
      + 'the break. A window here could open behind others or take the keyboard from what you are typing.',
    noTray: 'This desktop shows no tray icons, so Limber has none: run `limber --settings` (or start '
      + 'Limber again) to open its settings. On GNOME, the AppIndicator extension puts the icon in the top bar.',
  },
  /** Limber's files: `file` is one of them, `keptAs` the copy of a damaged one. */
  files: {
    /** Why a damaged file is not written: it could not be kept aside. */
    notReplaced: (fileName: string) => `${fileName} is left as it is until its damaged contents can be kept aside`,
    cannotSave: (file: LimberFile, reason: string) => ({
      title: `Limber can't save its ${FILE_NAMES[file]}`,
      body: `${reason}. What it holds is kept while Limber runs and written as soon as the disk allows.`,
    }),
    fromNewerVersion: (file: LimberFile) => ({
      title: `Limber's ${FILE_NAMES[file]} file is from a newer version`,
      body: 'This Limber uses what it understands of it and leaves the file as it is. Changes made now last until Limber quits; update Limber to keep them.',
    }),
    repaired: (file: LimberFile, keptAs: string | null) => ({
      title: `Limber repaired its ${FILE_NAMES[file]} file`,
      body: `What it could not read is back to its defaults. ${keptAs ? `The original is kept beside it as ${keptAs}.` : 'The file is left untouched.'}`,
    }),
    startedAfresh: (keptAs: string | null) => ({
      title: 'Limber started afresh',
      body: `It could not take up where it stopped, so the current sitting streak starts now.${keptAs ? ` The saved state is kept as ${keptAs}.` : ''}`,
    }),
  },
} as const;

export type NotificationsWords = typeof notificationsWords;
