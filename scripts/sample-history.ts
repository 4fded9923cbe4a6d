import './in-english';
import { shiftDay } from '../core/history/days';
import { ROUTINES, routineExercises } from '../core/exercises/library';
import { EMPTY_DAY, HISTORY_VERSION, type DayRecord, type History } from '../core/history/records';

/** A small seeded generator (mulberry32), so a sample is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleOptions { days: number; today: string; seed?: number; checkIns?: boolean }

/**
 * A believable history for tests, screenshots and benchmarks: office days with prompts, breaks taken,
 * snoozed and skipped, routines with their exercises, quiet weekends, and (if asked) check-ins that
 * slowly improve.
 */
export function sampleHistory({ days, today, seed = 7, checkIns = true }: SampleOptions): History {
  const next = random(seed);
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const records: Record<string, DayRecord> = {};
  for (let i = days - 1; i >= 0; i--) {
    const day = shiftDay(today, -i);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    // Most weekends are quiet; today is always recorded, as it is for anyone looking at their statistics.
    if (i > 0 && (weekday === 0 || weekday === 6) && next() < 0.8) continue;
    const prompts = between(8, 20);
    const taken = between(Math.floor(prompts / 3), prompts);
    const snoozed = between(0, prompts - taken);
    const routines = between(Math.max(0, taken - 4), taken);
    const exercises: DayRecord['exercises'] = {};
    for (let r = 0; r < routines; r++) {
      const routine = ROUTINES[between(0, ROUTINES.length - 1)];
      for (const exercise of routine ? routineExercises(routine) : []) {
        exercises[exercise.id] = (exercises[exercise.id] ?? 0) + 1;
      }
    }
    const progress = i / Math.max(1, days);
    const sittingSeconds = between(3, 8) * 3600 + between(0, 3599);
    records[day] = {
      ...EMPTY_DAY,
      sittingSeconds,
      longestStreakSeconds: Math.min(sittingSeconds, between(25, 110) * 60),
      prompts, taken, snoozed,
      skipped: prompts - taken - snoozed,
      natural: between(0, 4),
      routinesCompleted: routines,
      routinesEnded: between(0, 1),
      hurtStops: 0,
      exercises,
      ...(checkIns && routines > 0 ? {
        stiffness: {
          before: { sum: Math.round((3 + 4 * progress + next()) * 2), count: 2 },
          after: { sum: Math.round((1 + 3 * progress + next()) * 2), count: 2 },
        },
      } : {}),
    };
  }
  return { version: HISTORY_VERSION, days: records };
}
