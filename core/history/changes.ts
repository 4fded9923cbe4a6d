import type { EngineSnapshot } from '../engine/snapshot';
import { EMPTY_DAY, type History } from './records';
import { todayFigures } from './today';

/** What the statistics window shows: the history, the day it counts as today, and the engine's account now. */
export interface StatsSource { history: History; today: string; snapshot: Pick<EngineSnapshot, 'settled'> }

/**
 * Calls `changed` when what the statistics window shows has changed since the last look: the history (sitting counted,
 * a break, a routine), the day turning, or today's figures. The returned look is taken after each engine step; a step
 * that changes nothing the window shows tells it nothing.
 */
export function watchStats(read: () => StatsSource, changed: () => void): () => void {
  let last: { history: History; shown: string } | null = null;
  return () => {
    const { history, today, snapshot } = read();
    const shown = JSON.stringify([today, todayFigures(history.days[today] ?? EMPTY_DAY, snapshot)]);
    if (last?.history === history && last.shown === shown) return;
    last = { history, shown };
    changed();
  };
}
