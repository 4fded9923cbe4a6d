import type { BusyReason } from '../busy';
import { t } from '../i18n/speak';

/** Why a break was held or comes late, and what a busy signal left on says, in the notification, prompt and settings alike. */
export const busyWords = {
  /** What held the break has ended. */
  ended: {
    get call() { return t('busy.ended', { reason: 'call' }); },
    get fullscreen() { return t('busy.ended', { reason: 'fullscreen' }); },
    get dnd() { return t('busy.ended', { reason: 'dnd' }); },
  },
  /** What held the break has kept it waiting this long, and still holds. */
  keptWaiting: {
    call: (waited: string) => t('busy.keptWaiting', { reason: 'call', waited }),
    fullscreen: (waited: string) => t('busy.keptWaiting', { reason: 'fullscreen', waited }),
    dnd: (waited: string) => t('busy.keptWaiting', { reason: 'dnd', waited }),
  },
  /** A signal found on for so long that it is more likely left on than a meeting. */
  onForLong: {
    call: (hours: string) => t('busy.onForLong', { reason: 'call', hours }),
    fullscreen: (hours: string) => t('busy.onForLong', { reason: 'fullscreen', hours }),
    dnd: (hours: string) => t('busy.onForLong', { reason: 'dnd', hours }),
  },
} as const satisfies Record<string, Record<BusyReason, unknown>>;

export type BusyWords = typeof busyWords;
