import { t } from '../../i18n/speak';

/** The settings' working hours: when Limber may prompt, one weekday at a time. */
export const scheduleSettingsWords = {
  get workingHours() { return t('settingsSchedule.workingHours'); },
  get onlyDuring() { return t('settingsSchedule.onlyDuring'); },
  get outside() { return t('settingsSchedule.outside'); },
  get notAWorkingDay() { return t('settingsSchedule.notAWorkingDay'); },
  /** A time field's label, "From" or "To"; screen readers hear the day and range first, through `unseen`. */
  rangeEnd: <T>(unseen: (words: string) => T, day: string, range: number, end: 'from' | 'to') =>
    [unseen(t('settingsSchedule.rangeEnd.unseen', { day, range })), t('settingsSchedule.rangeEnd.shown', { end })] as const,
  removeRange: <T>(unseen: (words: string) => T, day: string, range: number) =>
    [t('settingsSchedule.removeRange.shown'), unseen(t('settingsSchedule.removeRange.unseen', { day, range }))] as const,
  addRange: <T>(unseen: (words: string) => T, day: string) =>
    [t('settingsSchedule.addRange.shown'), unseen(t('settingsSchedule.addRange.unseen', { day }))] as const,
  copyToWeekdays: (day: string) => t('settingsSchedule.copyToWeekdays', { day }),
  /** Why a day's ranges can't be saved; ranges are numbered from 1. */
  needsBothEnds: (range: number) => t('settingsSchedule.needsBothEnds', { range }),
  needsClockTimes: (range: number) => t('settingsSchedule.needsClockTimes', { range }),
  backwards: (range: number) => t('settingsSchedule.backwards', { range }),
  overlap: (first: number, second: number) => t('settingsSchedule.overlap', { first, second }),
} as const;

export type ScheduleSettingsWords = typeof scheduleSettingsWords;
