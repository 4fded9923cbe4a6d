/** How long something lasts or has lasted, as the tray, notifications and statistics write it. */
export const durationsWords = {
  /** Short, for a glance: `45 s`, `12 min`, `1 h 05 min`, `6 h`. */
  seconds: (seconds: number) => `${seconds} s`,
  minutes: (minutes: number) => `${minutes} min`,
  hours: (hours: number) => `${hours} h`,
  hoursAndMinutes: (hours: number, minutes: number) => `${hours} h ${String(minutes).padStart(2, '0')} min`,
  /** To the second, as a routine's or a break's length: `40 s`, `4 min`, `1 min 20 s`. */
  minutesAndSeconds: (total: number) => {
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    if (minutes === 0) return `${seconds} s`;
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
  },
  /** In full words, as a heads-up says its lead: `30 seconds`, `1 minute`. */
  secondsInFull: (seconds: number) => (seconds === 1 ? '1 second' : `${seconds} seconds`),
  minutesInFull: (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`),
} as const;

export type DurationsWords = typeof durationsWords;
