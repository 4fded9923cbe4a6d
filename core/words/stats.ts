type Moment = 'before' | 'after';

const MOMENTS: Record<Moment, string> = { before: 'before routines', after: 'after routines' };
const TURN_ON = 'To follow how stiff you feel over the weeks, turn them on in Settings → Routines → Stiffness check-ins.';
const inWeek = (rating: string, week: string) => `${rating} in the week of ${week}`;
const routines = (count: number) => (count === 1 ? '1 routine' : `${count} routines`);
/** How the busiest day of a duration chart reads: its day and time, then the average over the days with any. */
const durationPeak = (most: string) => (day: string, time: string, average: string, daysWithAny: number, days: number) =>
  `${most} on ${day}, ${time}; average ${average} on the ${daysWithAny} of ${days} days with any.`;

/** The statistics window. Chart descriptions say what a screen reader can't see in the drawing. */
export const statsWords = {
  title: 'Statistics',
  private: 'Your history is kept only on this computer. Limber sends nothing anywhere.',
  couldNotRead: 'Your history could not be read.',
  glance: {
    title: 'Today at a glance',
    sittingToday: 'Sitting today',
    currentStreak: 'Current streak',
    longestStreak: 'Longest streak',
    routinesDone: 'Routines done',
    breaksTaken: 'Breaks taken',
    takenOfPrompts: (taken: number, prompts: number) => `${taken} of ${prompts} prompts`,
    takenRule: (seconds: number) =>
      `Counted once a break runs ${seconds} seconds or to its end, or you leave your desk while it is due. A skipped break, or one ended sooner, is not taken.`,
    heldWhileBusy: 'Held while busy',
    held: (count: number, waiting: string) => `${count} (${waiting} waiting)`,
    noneHeld: 'None',
  },
  dayByDay: 'Day by day',
  daysShown: 'Days shown',
  lastDays: (days: number) => `Last ${days} days`,
  showTable: 'Show as a table',
  day: 'Day',
  total: 'Total',
  /** A day's time in a table when there was none. */
  noTime: 'none',
  hours: 'Hours',
  minutes: 'Minutes',
  breaks: 'Breaks',
  sitting: {
    title: 'Sitting time per day',
    series: 'Sitting time',
    peak: durationPeak('Most'),
    nothing: 'No sitting recorded yet',
    nothingIn: (days: number) => `No sitting recorded yet in the last ${days} days.`,
  },
  streak: {
    title: 'Longest streak of sitting per day',
    series: 'Longest streak',
    peak: durationPeak('Longest'),
    nothing: 'No streaks of sitting recorded yet',
    nothingIn: (days: number) => `No streaks of sitting recorded yet in the last ${days} days.`,
  },
  breaksChart: {
    title: 'Breaks per day: taken, snoozed and skipped',
    taken: 'Taken',
    snoozed: 'Snoozed',
    skipped: 'Skipped',
    described: (counts: { taken: number; snoozed: number; skipped: number }, days: number, busiest: string, most: number) =>
      `${counts.taken} taken, ${counts.snoozed} snoozed and ${counts.skipped} skipped in the last ${days} days; the busiest day was ${busiest}, with ${most}.`,
    nothing: 'No breaks yet',
    nothingIn: (days: number) => `No breaks yet in the last ${days} days.`,
  },
  natural: {
    title: 'Natural breaks per day',
    note: 'Times you left the desk long enough for a break without being asked.',
    series: 'Natural breaks',
    described: (count: number, days: number, busiest: string, most: number) =>
      `${count === 1 ? '1 natural break' : `${count} natural breaks`} in the last ${days} days; most on ${busiest}, ${most}.`,
    nothing: 'No natural breaks yet',
    nothingIn: (days: number) => `No natural breaks yet in the last ${days} days.`,
  },
  exerciseUse: {
    title: 'Exercises',
    about: 'How often you did each exercise lately, and which ones This hurts has left out of your routines until you bring them back in Settings → Routines.',
    caption: 'Times each exercise was done, and what is left out',
    exercise: 'Exercise',
    status: 'Status',
    leftOutSince: (date: string) => `Left out since ${date}`,
    /** A left-out date from another year than today's. */
    dateInYear: (date: string, year: number) => `${date} ${year}`,
    /** An exercise in the history that is no longer in the library or among the user's own. */
    deleted: 'An exercise since deleted',
    nothing: 'No exercises done in the last 30 days, and none left out.',
  },
  checkIns: {
    title: 'Stiffness check-ins',
    off: `Stiffness check-ins are off. ${TURN_ON}`,
    offNow: `Check-ins are off now, so no new weeks will be added. ${TURN_ON}`,
    noneYet: 'No check-ins yet. Before and after a long break’s routine, Limber asks how stiff the area it works feels (neck, shoulders, back or hips); your answers will show here, week by week.',
    takesTime: 'Exercise done regularly tends to make a difference within two to six weeks, so give the trend some time.',
  },
  stiffness: {
    title: 'Stiffness per week',
    note: 'The average of your check-ins about the area each routine works (neck, shoulders, back or hips), from 0 (not stiff) to 10 (very stiff); under each week, the routines you completed.',
    axis: 'Stiffness, 0 to 10',
    before: 'Before routines',
    after: 'After routines',
    week: 'Week',
    routinesDone: 'Routines done',
    /** A week's average rating, or its absence. */
    rating: (rating: number | null) => (rating === null ? 'no ratings' : rating.toFixed(1)),
    /** Under a week's point: the routines done in it. */
    done: (count: number) => `${count} done`,
    weekSpan: (from: string, to: string) => `${from} to ${to}`,
    /** How the ratings before or after routines went, from the first week rated to the last. */
    noRatings: (moment: Moment) => `no ratings ${MOMENTS[moment]}`,
    oneWeek: (moment: Moment, rating: string, week: string) => `${MOMENTS[moment]} ${inWeek(rating, week)}`,
    fromTo: (moment: Moment, first: { rating: string; week: string }, last: { rating: string; week: string }) =>
      `${MOMENTS[moment]} from ${inWeek(first.rating, first.week)} to ${inWeek(last.rating, last.week)}`,
    described: (weeks: number, before: string, after: string, routinesDone: number) =>
      `Average stiffness over the last ${weeks} weeks, ${before}; ${after}. ${routines(routinesDone)} done in those weeks.`,
    nothingIn: (weeks: number) => `No check-ins yet in the last ${weeks} weeks.`,
  },
  export: {
    title: 'Export',
    about: 'Save your day-by-day history as a file, for a spreadsheet or your own records.',
    csv: 'Export as CSV…',
    json: 'Export as JSON…',
  },
} as const;

export type StatsWords = typeof statsWords;
