/** The settings' working hours: when Limber may prompt, one weekday at a time. */
export const scheduleSettingsWords = {
  workingHours: 'Working hours',
  onlyDuring: 'Only prompt me during working hours',
  outside: 'Outside these hours Limber still counts your sitting but stays quiet. Weekdays are Monday to Friday.',
  notAWorkingDay: 'Not a working day',
  /** A time field's label, "From" or "To"; screen readers hear the day and range first, through `unseen`. */
  rangeEnd: <T>(unseen: (words: string) => T, day: string, range: number, end: 'from' | 'to') =>
    [unseen(`${day}, range ${range}, `), end === 'from' ? 'From' : 'To'] as const,
  removeRange: <T>(unseen: (words: string) => T, day: string, range: number) => ['Remove', unseen(` ${day}, range ${range}`)] as const,
  addRange: <T>(unseen: (words: string) => T, day: string) => ['Add a range', unseen(` to ${day}`)] as const,
  copyToWeekdays: (day: string) => `Copy ${day} to all weekdays`,
  /** Why a day's ranges can't be saved; ranges are numbered from 1. */
  needsBothEnds: (range: number) => `Range ${range} needs both a start and an end time.`,
  needsClockTimes: (range: number) => `Range ${range} needs times like 09:00.`,
  backwards: (range: number) => `Range ${range} must start before it ends.`,
  overlap: (first: number, second: number) => `Ranges ${first} and ${second} overlap.`,
} as const;

export type ScheduleSettingsWords = typeof scheduleSettingsWords;
