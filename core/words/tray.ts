import type { BusyReason } from '../busy';
import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';
import { breakKindsWords } from './break-kinds';

/** "I’m reading" while on: until the next input, or until a time of day. */
const reading = (until: string | null) => (until === null ? t('tray.readingUntilInput') : t('tray.readingUntil', { until }));

/**
 * The tray: its status lines (the menu's first line and the tooltip's), the tooltip's details and the menu's items.
 * Times of day come formatted; durations come as `durationsWords` writes them. Words are read in the language of the
 * moment, so a getter stands where a word takes no value.
 */
export const trayWords = {
  /** The tooltip: Limber's name and the status, then its details, one a line. */
  tooltip: (status: string) => t('tray.tooltip', { status }),
  onBreak: (kind: BreakKind) => t('tray.onBreak', { kind }),
  get away() { return t('tray.away'); },
  paused: (until: string | null) => (until === null ? t('tray.pausedUntilResumed') : t('tray.paused', { until })),
  /** A held break, once a reading finds the user free: it is offered at the next one. */
  comingOnceFree: (kind: BreakKind, reason: BusyReason) => t('tray.comingOnceFree', { kind, reason }),
  /** A held break: what it waits for, and when at the latest its wait ends. */
  held: (kind: BreakKind, reason: BusyReason, latest: string | null) =>
    (latest === null ? t('tray.held', { kind, reason }) : t('tray.heldUntil', { kind, reason, latest })),
  snoozed: (kind: BreakKind, backAt: string | null) => (backAt === null ? t('tray.snoozed', { kind }) : t('tray.snoozedBackAt', { kind, backAt })),
  due: (kind: BreakKind) => t('tray.due', { kind }),
  comingIn: breakKindsWords.comingIn,
  comingUp: (kind: BreakKind) => t('tray.comingUp', { kind }),
  nextUp: (kind: BreakKind) => t('tray.nextUp', { kind }),
  sittingFor: (sitting: string) => t('tray.sittingFor', { sitting }),
  /** The tooltip's second line: the count behind the status. */
  nextIn: (kind: BreakKind, sitting: string) => t('tray.nextIn', { kind, sitting }),
  pausedDetail: (sitting: string) => t('tray.pausedDetail', { sitting }),
  heldDetail: (waiting: string, sitting: string) => t('tray.heldDetail', { waiting, sitting }),
  readingDetail: (until: string | null) => (until === null ? t('tray.readingDetailUntilInput') : t('tray.readingDetailUntil', { until })),
  /** The menu. */
  get finishBreak() { return t('tray.finishBreak'); },
  start: (kind: BreakKind) => t('tray.start', { kind }),
  get takeBreakNow() { return t('tray.takeBreakNow'); },
  /** A routine in the Take a break now submenu, with how long it takes. */
  routine: (routine: string, length: string) => t('tray.routine', { routine, length }),
  snooze: (minutes: number, left: number) => t('tray.snooze', { minutes, left }),
  get skip() { return t('tray.skip'); },
  get resume() { return t('tray.resume'); },
  get pause() { return t('tray.pause'); },
  pauseFor: {
    get 30() { return t('tray.pauseFor30'); },
    get 60() { return t('tray.pauseFor60'); },
    get 120() { return t('tray.pauseFor120'); },
    get tomorrow() { return t('tray.pauseUntilTomorrow'); },
    get resume() { return t('tray.pauseUntilResumed'); },
  },
  /** The "I’m reading" switch while on, with when it ends. */
  reading,
  /** The same switch while off: how the settings make it end (null minutes: at the next input). */
  readFor: (minutes: number | null) => (minutes === null ? t('tray.readingUntilInput') : t('tray.readFor', { minutes })),
  get settings() { return t('tray.settings'); },
  get statistics() { return t('tray.statistics'); },
  get quit() { return t('tray.quit'); },
} as const;

export type TrayWords = typeof trayWords;
