import type { BusyReason } from '../busy';

/** Why a break was held or comes late, and what a busy signal left on says, in the notification, prompt and settings alike. */
export const busyWords = {
  /** What held the break has ended. */
  ended: {
    call: 'Your call has ended.',
    fullscreen: 'The fullscreen window is gone.',
    dnd: 'Do Not Disturb is off.',
  },
  /** What held the break has kept it waiting this long, and still holds. */
  keptWaiting: {
    call: (waited: string) => `Your call has kept it waiting for ${waited}.`,
    fullscreen: (waited: string) => `A fullscreen window has kept it waiting for ${waited}.`,
    dnd: (waited: string) => `Do Not Disturb has kept it waiting for ${waited}.`,
  },
  /** A signal found on for so long that it is more likely left on than a meeting. */
  onForLong: {
    call: (hours: string) => `The microphone or camera has been in use for ${hours}`,
    fullscreen: (hours: string) => `A window has filled the screen for ${hours}`,
    dnd: (hours: string) => `Do Not Disturb has been on for ${hours}`,
  },
} as const satisfies Record<string, Record<BusyReason, unknown>>;

export type BusyWords = typeof busyWords;
