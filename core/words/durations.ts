import { t } from '../i18n/speak';

/** How long something lasts or has lasted, as the tray, notifications and statistics write it. */
export const durationsWords = {
  /** Short, for a glance: `45 s`, `12 min`, `1 h 05 min`, `6 h`. */
  seconds: (seconds: number) => t('durations.seconds', { seconds }),
  minutes: (minutes: number) => t('durations.minutes', { minutes }),
  hours: (hours: number) => t('durations.hours', { hours }),
  hoursAndMinutes: (hours: number, minutes: number) => t('durations.hoursAndMinutes', { hours, minutes: String(minutes).padStart(2, '0') }),
  /** To the second, as a routine's or a break's length: `40 s`, `4 min`, `1 min 20 s`. */
  minutesAndSeconds: (total: number) => {
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    if (minutes === 0) return t('durations.seconds', { seconds });
    return seconds === 0 ? t('durations.minutes', { minutes }) : t('durations.minutesAndSeconds', { minutes, seconds });
  },
  /** In full words, as a heads-up says its lead: `30 seconds`, `1 minute`. */
  secondsInFull: (seconds: number) => t('durations.secondsInFull', { seconds }),
  minutesInFull: (minutes: number) => t('durations.minutesInFull', { minutes }),
} as const;

export type DurationsWords = typeof durationsWords;
