/** How long something lasts or has lasted, as the tray, notifications and statistics write it. */
export const durationsWords = {
  /** Short, for a glance: `45 s`, `12 min`, `1 h 05 min`, `6 h`. */
  seconds: (seconds: number) => `${seconds} s`,
  minutes: (minutes: number) => `${minutes} min`,
  hours: (hours: number) => `${hours} h`,
  hoursAndMinutes: (hours: number, minutes: number) => `${hours} h ${String(minutes).padStart(2, '0')} min`,
  /** In full words, as a heads-up says its lead: `30 seconds`, `1 minute`. */
  secondsInFull: (seconds: number) => (seconds === 1 ? '1 second' : `${seconds} seconds`),
  minutesInFull: (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`),
} as const;

export type DurationsWords = typeof durationsWords;
