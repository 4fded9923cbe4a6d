import { t } from '../i18n/speak';

type Moment = 'before' | 'after';

/** The statistics window. Chart descriptions say what a screen reader can't see in the drawing. */
export const statsWords = {
  get title() { return t('stats.title'); },
  get private() { return t('stats.private'); },
  get couldNotRead() { return t('stats.couldNotRead'); },
  glance: {
    get title() { return t('stats.glance.title'); },
    get sittingToday() { return t('stats.glance.sittingToday'); },
    get currentStreak() { return t('stats.glance.currentStreak'); },
    get longestStreak() { return t('stats.glance.longestStreak'); },
    get routinesDone() { return t('stats.glance.routinesDone'); },
    get breaksTaken() { return t('stats.glance.breaksTaken'); },
    takenOfPrompts: (taken: number, prompts: number) => t('stats.glance.takenOfPrompts', { taken, prompts }),
    takenRule: (seconds: number) => t('stats.glance.takenRule', { seconds }),
    get heldWhileBusy() { return t('stats.glance.heldWhileBusy'); },
    held: (count: number, waiting: string) => t('stats.glance.held', { count, waiting }),
    get noneHeld() { return t('stats.glance.noneHeld'); },
  },
  get dayByDay() { return t('stats.dayByDay'); },
  get daysShown() { return t('stats.daysShown'); },
  lastDays: (days: number) => t('stats.lastDays', { days }),
  get showTable() { return t('stats.showTable'); },
  get day() { return t('stats.day'); },
  get total() { return t('stats.total'); },
  /** A day's time in a table when there was none. */
  get noTime() { return t('stats.noTime'); },
  get hours() { return t('stats.hours'); },
  get minutes() { return t('stats.minutes'); },
  get breaks() { return t('stats.breaks'); },
  sitting: {
    get title() { return t('stats.sitting.title'); },
    get series() { return t('stats.sitting.series'); },
    /** How the busiest day of a duration chart reads: its day and time, then the average over the days with any. */
    peak: (day: string, time: string, average: string, daysWithAny: number, days: number) =>
      t('stats.sitting.peak', { day, time, average, daysWithAny, days }),
    get nothing() { return t('stats.sitting.nothing'); },
    nothingIn: (days: number) => t('stats.sitting.nothingIn', { days }),
  },
  streak: {
    get title() { return t('stats.streak.title'); },
    get series() { return t('stats.streak.series'); },
    /** How the longest day of a duration chart reads: its day and time, then the average over the days with any. */
    peak: (day: string, time: string, average: string, daysWithAny: number, days: number) =>
      t('stats.streak.peak', { day, time, average, daysWithAny, days }),
    get nothing() { return t('stats.streak.nothing'); },
    nothingIn: (days: number) => t('stats.streak.nothingIn', { days }),
  },
  breaksChart: {
    get title() { return t('stats.breaksChart.title'); },
    get taken() { return t('stats.breaksChart.taken'); },
    get snoozed() { return t('stats.breaksChart.snoozed'); },
    get skipped() { return t('stats.breaksChart.skipped'); },
    described: (counts: { taken: number; snoozed: number; skipped: number }, days: number, busiest: string, most: number) =>
      t('stats.breaksChart.described', { ...counts, days, busiest, most }),
    get nothing() { return t('stats.breaksChart.nothing'); },
    nothingIn: (days: number) => t('stats.breaksChart.nothingIn', { days }),
  },
  natural: {
    get title() { return t('stats.natural.title'); },
    get note() { return t('stats.natural.note'); },
    get series() { return t('stats.natural.series'); },
    described: (count: number, days: number, busiest: string, most: number) => t('stats.natural.described', { count, days, busiest, most }),
    get nothing() { return t('stats.natural.nothing'); },
    nothingIn: (days: number) => t('stats.natural.nothingIn', { days }),
  },
  exerciseUse: {
    get title() { return t('stats.exerciseUse.title'); },
    get about() { return t('stats.exerciseUse.about'); },
    get caption() { return t('stats.exerciseUse.caption'); },
    get exercise() { return t('stats.exerciseUse.exercise'); },
    get status() { return t('stats.exerciseUse.status'); },
    leftOutSince: (date: string) => t('stats.exerciseUse.leftOutSince', { date }),
    /** A left-out date from another year than today's. */
    dateInYear: (date: string, year: number) => t('stats.exerciseUse.dateInYear', { date, year }),
    /** An exercise in the history that is no longer in the library or among the user's own. */
    get deleted() { return t('stats.exerciseUse.deleted'); },
    get nothing() { return t('stats.exerciseUse.nothing'); },
  },
  checkIns: {
    get title() { return t('stats.checkIns.title'); },
    get off() { return t('stats.checkIns.off'); },
    get offNow() { return t('stats.checkIns.offNow'); },
    get noneYet() { return t('stats.checkIns.noneYet'); },
    get takesTime() { return t('stats.checkIns.takesTime'); },
  },
  stiffness: {
    get title() { return t('stats.stiffness.title'); },
    get note() { return t('stats.stiffness.note'); },
    get axis() { return t('stats.stiffness.axis'); },
    get before() { return t('stats.stiffness.before'); },
    get after() { return t('stats.stiffness.after'); },
    get week() { return t('stats.stiffness.week'); },
    get routinesDone() { return t('stats.stiffness.routinesDone'); },
    /** A week's average rating, with one decimal (rounded as toFixed rounds), or its absence. */
    rating: (rating: number | null) =>
      (rating === null ? t('stats.stiffness.ratingNone') : t('stats.stiffness.rating', { rating: Number(rating.toFixed(1)) })),
    /** Under a week's point: the routines done in it. */
    done: (count: number) => t('stats.stiffness.done', { count }),
    weekSpan: (from: string, to: string) => t('stats.stiffness.weekSpan', { from, to }),
    /** How the ratings before or after routines went, from the first week rated to the last. */
    noRatings: (moment: Moment) => t('stats.stiffness.noRatings', { moment }),
    oneWeek: (moment: Moment, rating: string, week: string) => t('stats.stiffness.oneWeek', { moment, rating, week }),
    fromTo: (moment: Moment, first: { rating: string; week: string }, last: { rating: string; week: string }) =>
      t('stats.stiffness.fromTo', { moment, firstRating: first.rating, firstWeek: first.week, lastRating: last.rating, lastWeek: last.week }),
    described: (weeks: number, before: string, after: string, routinesDone: number) =>
      t('stats.stiffness.described', { weeks, before, after, routinesDone }),
    nothingIn: (weeks: number) => t('stats.stiffness.nothingIn', { weeks }),
  },
  export: {
    get title() { return t('stats.export.title'); },
    get about() { return t('stats.export.about'); },
    get csv() { return t('stats.export.csv'); },
    get json() { return t('stats.export.json'); },
  },
} as const;

export type StatsWords = typeof statsWords;
