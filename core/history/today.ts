import type { EngineSnapshot } from '../engine/snapshot';
import type { DayRecord } from './records';

/** Today's figures as the statistics window shows them, in seconds and counts. */
export interface TodayFigures {
  sittingSeconds: number;
  currentStreakSeconds: number;
  longestStreakSeconds: number;
  taken: number;
  prompts: number;
}

/**
 * Today's figures from the history's record of today and the engine's account now. Both count sitting up to the
 * moment the user was last seen (the settled account), so a still spell the engine may yet take back never shows, and
 * no figure goes down until the day turns. The streak going on now counts toward today's longest as soon as it is
 * the longest. A streak that began before the 04:00 day turn belongs to today whole, as the history already counts it
 * for today's longest: today's sitting is then shown as at least that streak.
 */
export function todayFigures(day: DayRecord, snapshot: Pick<EngineSnapshot, 'settled'>): TodayFigures {
  const current = snapshot.settled.streakSeconds;
  return {
    sittingSeconds: Math.max(day.sittingSeconds, current),
    currentStreakSeconds: current,
    longestStreakSeconds: Math.max(day.longestStreakSeconds, current),
    taken: day.taken,
    prompts: day.prompts,
  };
}
