import { WEEKDAYS, type Weekday } from '../calendar';
import { speakingLocale, t } from '../i18n/speak';

/**
 * Intl's name for a part of a date in the chosen language, its formatter made on first use and again when the language
 * changes. Dates are calendar days at UTC midnight: named in UTC, so every machine names a day alike.
 */
const named = (options: Intl.DateTimeFormatOptions) => {
  let made: { locale: string; format: Intl.DateTimeFormat } | undefined;
  return (date: Date) => {
    const locale = speakingLocale();
    if (made?.locale !== locale) made = { locale, format: new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }) };
    return made.format.format(date);
  };
};
const weekday = named({ weekday: 'long' });
const weekdayShort = named({ weekday: 'short' });
const monthShort = named({ month: 'short' });
/** 1 January 2023 was a Sunday, the first of WEEKDAYS. */
const aDayThatIs = (day: Weekday) => new Date(Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(day)));
const shortDate = (date: Date) => t('common.shortDate', { day: date.getUTCDate(), month: monthShort(date) });

/** Words more than one window says, and the calendar's names. */
export const commonWords = {
  get loading() { return t('common.loading'); },
  get notMedicalAdvice() { return t('common.notMedicalAdvice'); },
  get startAtLogin() { return t('common.startAtLogin'); },
  /** What an export says once the file is written, or why it was not. */
  savedAs: (file: string) => t('common.savedAs', { file }),
  notSaved: (error: string) => t('common.notSaved', { error }),
  /** "Monday" */
  dayOfWeek: (day: Weekday) => weekday(aDayThatIs(day)),
  /** "Tue", over a date under a chart's bar. */
  weekdayShort,
  /** "18 Nov" */
  shortDate,
  /** "Tue 18 Nov", for table rows. */
  dayName: (date: Date) => t('common.dayName', { weekday: weekdayShort(date), day: date.getUTCDate(), month: monthShort(date) }),
  /** "Tuesday 18 Nov", for sentences. */
  longDayName: (date: Date) => t('common.longDayName', { weekday: weekday(date), day: date.getUTCDate(), month: monthShort(date) }),
  /** The page a browser shows at the renderer's root, to try the routines and windows without the desktop app. */
  previewHome: {
    get title() { return t('common.previewHome.title'); },
    get intro() { return t('common.previewHome.intro'); },
    noSuchRoutine: (id: string) => t('common.previewHome.noSuchRoutine', { id }),
    get windows() { return t('common.previewHome.windows'); },
    get settings() { return t('common.previewHome.settings'); },
    get stats() { return t('common.previewHome.stats'); },
    get welcome() { return t('common.previewHome.welcome'); },
    get update() { return t('common.previewHome.update'); },
  },
} as const;

export type CommonWords = typeof commonWords;
