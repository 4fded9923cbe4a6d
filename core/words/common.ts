import { WEEKDAYS, type Weekday } from '../calendar';

/** The language of these words, for Intl's names of days and months. */
const LANGUAGE = 'en';
/** Dates are calendar days at UTC midnight: named in UTC, so every machine names a day alike. */
const named = (options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat(LANGUAGE, { ...options, timeZone: 'UTC' });
  return (date: Date) => format.format(date);
};
const weekday = named({ weekday: 'long' });
const weekdayShort = named({ weekday: 'short' });
const monthShort = named({ month: 'short' });
/** 1 January 2023 was a Sunday, the first of WEEKDAYS. */
const aDayThatIs = (day: Weekday) => new Date(Date.UTC(2023, 0, 1 + WEEKDAYS.indexOf(day)));
const shortDate = (date: Date) => `${date.getUTCDate()} ${monthShort(date)}`;

/** Words more than one window says, and the calendar's names. */
export const commonWords = {
  loading: 'Loading…',
  notMedicalAdvice: 'Limber offers general guidance, not medical advice.',
  startAtLogin: 'Start Limber when I log in',
  /** What an export says once the file is written, or why it was not. */
  savedAs: (file: string) => `Saved as ${file}.`,
  notSaved: (error: string) => `Not saved: ${error}`,
  /** "Monday" */
  dayOfWeek: (day: Weekday) => weekday(aDayThatIs(day)),
  /** "Tue", over a date under a chart's bar. */
  weekdayShort,
  /** "18 Nov" */
  shortDate,
  /** "Tue 18 Nov", for table rows. */
  dayName: (date: Date) => `${weekdayShort(date)} ${shortDate(date)}`,
  /** "Tuesday 18 Nov", for sentences. */
  longDayName: (date: Date) => `${weekday(date)} ${shortDate(date)}`,
  /** The page a browser shows at the renderer's root, to try the routines and windows without the desktop app. */
  previewHome: {
    title: 'Limber',
    intro: 'Short routines you can do in your chair. Pick one to try it now.',
    noSuchRoutine: (id: string) => `There is no routine called “${id}”.`,
    windows: "Limber's windows",
    settings: 'Settings',
    stats: 'Statistics',
    welcome: 'Welcome (first start)',
    update: 'Updates',
  },
} as const;

export type CommonWords = typeof commonWords;
