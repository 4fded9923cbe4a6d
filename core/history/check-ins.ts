import { average, lastDays, shiftDay, sumTallies, type DayPoint } from './days';
import type { DayRecord } from './records';

export interface CheckInWeek {
  /** First and last day of the week, counting back in whole weeks from today. */
  from: string;
  to: string;
  routinesCompleted: number;
  /** Average stiffness before and after routines that week, or null with no ratings. */
  before: number | null;
  after: number | null;
}

const ratings = (points: readonly DayPoint[], moment: 'before' | 'after') =>
  sumTallies(points.map((p) => p.record.stiffness?.[moment]));

/** The last `weeks` weeks of check-ins, oldest first, each beside the routines done that week. */
export function checkInWeeks(days: Readonly<Record<string, DayRecord>>, today: string, weeks = 6): CheckInWeek[] {
  const points = lastDays(days, today, weeks * 7);
  return Array.from({ length: weeks }, (_, w) => {
    const week = points.slice(w * 7, w * 7 + 7);
    return {
      from: week[0]?.day ?? today,
      to: week.at(-1)?.day ?? today,
      routinesCompleted: week.reduce((n, p) => n + p.record.routinesCompleted, 0),
      before: average(ratings(week, 'before')),
      after: average(ratings(week, 'after')),
    };
  });
}

export type Guidance = { reason: 'hurt' } | { reason: 'not-improving'; days: number };

/** Two weeks of regular routines: a completed routine on at least 8 of the last 14 days. */
const REGULAR_DAYS = 8;
/** Below this average rating the back is only mildly stiff, and "not improving" is no reason to see anyone. */
const MILD = 3;
const LOOK_BACK_DAYS = 42;

/**
 * When to suggest seeing a doctor or physical therapist (exercises.md: results usually show within 2 to
 * 6 weeks; see a doctor if pain does not improve within a couple of weeks; stop if it hurts):
 * - a "This hurts" stop in the last 7 days;
 * - or, with check-ins going for at least 14 days and a routine done on 8 of the last 14, this week's stiffness
 *   before routines is no lower than in the first week of check-ins (within the last six weeks), and more than mild.
 * It never says what is wrong; it only says when to ask someone who can tell.
 */
export function guidanceFor(days: Readonly<Record<string, DayRecord>>, today: string): Guidance | null {
  const window = lastDays(days, today, LOOK_BACK_DAYS);
  if (window.slice(-7).some((p) => p.record.hurtStops > 0)) return { reason: 'hurt' };
  const first = window.findIndex((p) => (p.record.stiffness?.before.count ?? 0) > 0);
  const span = first < 0 ? 0 : LOOK_BACK_DAYS - first;
  if (span < 14) return null;
  const regular = window.slice(-14).filter((p) => p.record.routinesCompleted > 0).length >= REGULAR_DAYS;
  const start = average(ratings(window.slice(first, first + 7), 'before'));
  const now = average(ratings(window.slice(-7), 'before'));
  if (!regular || start === null || now === null) return null;
  return now >= start && now >= MILD ? { reason: 'not-improving', days: span } : null;
}

/** The guidance, unless some was given in the last 7 days (so at most once a week). */
export function dueGuidance(days: Readonly<Record<string, DayRecord>>, today: string, lastGiven: string | null): Guidance | null {
  if (lastGiven !== null && lastGiven > shiftDay(today, -7)) return null;
  return guidanceFor(days, today);
}
