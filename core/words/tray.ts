import type { BusyReason } from '../busy';
import type { BreakKind } from '../kinds';
import { breakKindsWords } from './break-kinds';

const { name, title } = breakKindsWords;

const BUSY_NOW: Record<BusyReason, string> = {
  call: 'you are in a call',
  fullscreen: 'a window fills the screen',
  dnd: 'Do Not Disturb is on',
};
const BUSY_ENDED: Record<BusyReason, string> = {
  call: 'your call has ended',
  fullscreen: 'the fullscreen window is gone',
  dnd: 'Do Not Disturb is off',
};

/** "I’m reading" while on: until the next input, or until a time of day. */
const reading = (until: string | null) => `I’m reading (${until === null ? 'until I move' : `until ${until}`})`;

/**
 * The tray: its status lines (the menu's first line and the tooltip's), the tooltip's details and the menu's items.
 * Times of day come formatted; durations come as `durationsWords` writes them.
 */
export const trayWords = {
  /** The tooltip: Limber's name and the status, then its details, one a line. */
  tooltip: (status: string) => `Limber: ${status}`,
  onBreak: (kind: BreakKind) => `On a ${name[kind]}`,
  away: 'Away from the desk',
  paused: (until: string | null) => `Paused ${until === null ? 'until you resume' : `until ${until}`}: sitting still counts`,
  /** A held break, once a reading finds the user free: it is offered at the next one. */
  comingOnceFree: (kind: BreakKind, reason: BusyReason) => `${title[kind]} coming within a minute: ${BUSY_ENDED[reason]}`,
  /** A held break: what it waits for, and when at the latest its wait ends. */
  held: (kind: BreakKind, reason: BusyReason, latest: string | null) =>
    `${title[kind]} held: ${BUSY_NOW[reason]}${latest === null ? '' : ` (until ${latest} at most)`}`,
  snoozed: (kind: BreakKind, backAt: string | null) => `${title[kind]} snoozed${backAt === null ? '' : `, back at ${backAt}`}`,
  due: (kind: BreakKind) => `A ${name[kind]} is due`,
  comingIn: breakKindsWords.comingIn,
  comingUp: (kind: BreakKind) => `${title[kind]} coming up`,
  nextUp: (kind: BreakKind) => `Sitting; next up: a ${name[kind]}`,
  sittingFor: (sitting: string) => `Sitting for ${sitting}`,
  /** The tooltip's second line: the count behind the status. */
  nextIn: (kind: BreakKind, sitting: string) => `Next ${name[kind]} in ${sitting} of sitting`,
  pausedDetail: (sitting: string) => `No breaks offered meanwhile; sitting for ${sitting}`,
  heldDetail: (waiting: string, sitting: string) => `Waiting ${waiting}; sitting for ${sitting}`,
  readingDetail: (until: string | null) => `${reading(until)}: stillness counts as sitting`,
  /** The menu. */
  finishBreak: 'Finish break',
  start: (kind: BreakKind) => `Start ${name[kind]}`,
  takeBreakNow: 'Take a break now',
  /** A routine in the Take a break now submenu, with how long it takes. */
  routine: (routine: string, length: string) => `${routine} (${length})`,
  snooze: (minutes: number, left: number) => `Snooze ${minutes} min (${left} left)`,
  skip: 'Skip this break',
  resume: 'Resume',
  pause: 'Pause Limber',
  pauseFor: {
    30: 'For 30 minutes',
    60: 'For 1 hour',
    120: 'For 2 hours',
    tomorrow: 'Until tomorrow',
    resume: 'Until I resume',
  },
  /** The "I’m reading" switch while on, with when it ends. */
  reading,
  /** The same switch while off: how the settings make it end (null minutes: at the next input). */
  readFor: (minutes: number | null) => `I’m reading (${minutes === null ? 'until I move' : `for ${minutes} minutes`})`,
  settings: 'Settings…',
  statistics: 'Statistics…',
  quit: 'Quit Limber',
} as const;

export type TrayWords = typeof trayWords;
