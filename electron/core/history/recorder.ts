import type { UtcOffset } from '../calendar';
import type { RoutineReport } from '../contract';
import type { StampedEvent } from '../engine/engine';
import type { EngineSnapshot } from '../engine/snapshot';
import { addRoutine, addSitting, countEvent, dayKey, prune, type History } from './history';

export interface RecorderDeps {
  initial: History;
  save(history: History): void;
  utcOffset: UtcOffset;
  now(): number;
}

/**
 * Turns the engine's decisions and the break screen's reports into daily records. Counted events are saved
 * at once; sitting time is saved with them or on `flush` (lock, sleep, quit), so the disk is not written every step.
 */
export function createHistoryRecorder(deps: RecorderDeps) {
  let history = deps.initial;
  let lastTotal: number | null = null;
  let unsaved = false;
  const today = (wall = deps.now()) => dayKey(wall, deps.utcOffset);
  const save = () => {
    history = prune(history);
    deps.save(history);
    unsaved = false;
  };
  const apply = (next: History, saveNow: boolean) => {
    if (next === history) return;
    history = next;
    unsaved = true;
    if (saveNow) save();
  };
  return {
    onEvent: (event: StampedEvent) => { apply(countEvent(history, today(event.wall), event), true); },
    onStep: (snapshot: EngineSnapshot) => {
      const total = snapshot.totalSittingSeconds;
      apply(addSitting(history, today(), lastTotal === null ? 0 : total - lastTotal, snapshot.sittingSeconds), false);
      lastTotal = total;
    },
    recordRoutine: (report: RoutineReport) => { apply(addRoutine(history, today(), report), true); },
    flush: () => { if (unsaved) save(); },
    current: () => history,
  };
}
