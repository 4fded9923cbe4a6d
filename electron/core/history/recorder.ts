import type { UtcOffset } from '../calendar';
import type { CheckIn, RoutineReport } from '../contract';
import type { StampedEvent } from '../engine/engine';
import type { EngineSnapshot } from '../engine/snapshot';
import { addCheckIn, addRoutine, addSitting, countEvent, dayKey, prune, type History } from './history';

export interface RecorderDeps {
  initial: History;
  save(history: History): void;
  utcOffset: UtcOffset;
  now(): number;
}

/** Sitting time not yet on disk is saved at least this often, since a shutdown may give no chance to flush. */
const SAVE_SITTING_EVERY_MS = 10 * 60_000;

/**
 * Turns the engine's decisions and the break screen's reports into daily records. Counted events are saved
 * at once; sitting time with them, on `flush` (lock, sleep, shutdown, quit), or every 10 minutes, so the disk is
 * not written at every step.
 */
export function createHistoryRecorder(deps: RecorderDeps) {
  let history = deps.initial;
  let lastTotal: number | null = null;
  let unsaved = false;
  let savedAt = deps.now();
  const today = (wall = deps.now()) => dayKey(wall, deps.utcOffset);
  const save = () => {
    history = prune(history);
    deps.save(history);
    unsaved = false;
    savedAt = deps.now();
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
      if (unsaved && deps.now() - savedAt >= SAVE_SITTING_EVERY_MS) save();
    },
    recordRoutine: (report: RoutineReport) => { apply(addRoutine(history, today(), report), true); },
    recordCheckIn: (checkIn: CheckIn) => { apply(addCheckIn(history, today(), checkIn), true); },
    today: () => today(),
    flush: () => { if (unsaved) save(); },
    current: () => history,
  };
}
