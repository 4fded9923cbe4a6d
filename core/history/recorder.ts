import type { UtcOffset } from '../calendar';
import type { StampedEvent } from '../engine/engine';
import type { EngineSnapshot } from '../engine/snapshot';
import {
  addCheckIn, addLeftOut, addRoutine, addSitting, addTaken, countEvent, dayKey, prune, type LeftOutChange,
} from './history';
import type { EngineAccount, History } from './records';
import type { CheckIn, RoutineReport } from './reports';

export interface RecorderDeps {
  initial: History;
  /** Writes the history; throws when the disk refuses, and the recorder then keeps it as unsaved. */
  save(history: History): void;
  utcOffset: UtcOffset;
  now(): number;
}

/** Sitting time not yet on disk is saved at least this often, since a shutdown may give no chance to flush. */
const SAVE_SITTING_EVERY_MS = 10 * 60_000;
/** After a failed save, the next try comes no sooner than this, unless something counted or a flush asks. */
const RETRY_FAILED_SAVE_MS = 60_000;
/**
 * A break ended sooner than this, unless its routine ran to the end, is not taken: 30 seconds is the longest hold of
 * the reference articles' general rule (20–30 s), so a shorter break did not get through one exercise. The shortest
 * routine (Posture reset, 25 s) counts once it is done.
 */
export const TAKEN_AFTER_SECONDS = 30;

/** The break in progress as the engine last showed it, and whether its routine has run to the end. */
interface OpenBreak { startedAt: number; completed: boolean }

/**
 * Turns the engine's decisions and the break screen's reports into daily records. Counted events are saved
 * at once; sitting time with them, on `flush` (lock, sleep, shutdown, quit), or every 10 minutes, so the disk is
 * not written at every step. A save that fails leaves everything unsaved, to be tried again.
 *
 * Sitting is the engine's settled account (a still spell is not counted until the user is back), so the days add up
 * to what the engine says. The history keeps the engine's total it has counted up to: an engine that takes up its
 * saved state after a restart continues that account, and the time between the last save and the stop still counts.
 */
export function createHistoryRecorder(deps: RecorderDeps) {
  let history = deps.initial;
  /**
   * How much of the engine's account the days hold: undefined until `begin`; null when the engine went on from a
   * state whose account the history does not know (a file from before it kept one), and then the first step sets it.
   */
  let counted: EngineAccount | null | undefined;
  let unsaved = false;
  let savedAt = deps.now();
  let failedAt: number | null = null;
  let openBreak: OpenBreak | null = null;
  /** A break the engine counts as taken is taken unless it ended within the threshold with its routine unfinished. */
  const taken = (event: StampedEvent & { event: 'break-taken' }) =>
    event.via === 'natural' || !openBreak || openBreak.completed || event.wall - openBreak.startedAt >= TAKEN_AFTER_SECONDS * 1000;
  const today = (wall = deps.now()) => dayKey(wall, deps.utcOffset);
  const save = () => {
    const next = prune(history);
    try {
      deps.save(next);
    } catch {
      failedAt = deps.now();
      return;
    }
    history = next;
    unsaved = false;
    failedAt = null;
    savedAt = deps.now();
  };
  const apply = (next: History, saveNow: boolean) => {
    if (next === history) return;
    history = next;
    unsaved = true;
    if (saveNow) save();
  };
  /** The account goes to disk with the days that hold it, so that a restarted engine's account goes on from it. */
  const setCounted = (account: EngineAccount) => {
    counted = account;
    const was = history.engineAccount;
    if (was?.sittingSeconds !== account.sittingSeconds || was.longestStreakSeconds !== account.longestStreakSeconds) {
      apply({ ...history, engineAccount: account }, false);
    }
  };
  const dueToSave = () => {
    const now = deps.now();
    return unsaved && now - savedAt >= SAVE_SITTING_EVERY_MS && (failedAt === null || now - failedAt >= RETRY_FAILED_SAVE_MS);
  };
  return {
    /**
     * Sitting counts from here: `continued` when the engine took up the state saved with this history, so that its
     * account goes on from what the history holds; otherwise the engine starts afresh, from none. Steps before this
     * count no sitting.
     */
    begin: (continued: boolean) => {
      const known = continued ? history.engineAccount ?? null : { sittingSeconds: 0, longestStreakSeconds: 0 };
      if (known) setCounted(known);
      else counted = null;
    },
    onEvent: (event: StampedEvent) => {
      const day = today(event.wall);
      if (event.event === 'break-taken') apply(taken(event) ? addTaken(history, day) : history, true);
      else apply(countEvent(history, day, event), true);
    },
    onStep: (snapshot: EngineSnapshot) => {
      const inBreak = snapshot.breakInProgress;
      openBreak = inBreak && { startedAt: inBreak.startedAt, completed: openBreak?.completed ?? false };
      if (counted === undefined) return;
      const { totalSeconds, streakSeconds, longestSeconds } = snapshot.settled;
      // A streak the engine closed since the last step (the user left) may have grown past what a step saw.
      const closed = counted !== null && longestSeconds > counted.longestStreakSeconds ? longestSeconds : 0;
      const added = counted === null ? 0 : totalSeconds - counted.sittingSeconds;
      apply(addSitting(history, today(), added, Math.max(streakSeconds, closed)), false);
      setCounted({ sittingSeconds: totalSeconds, longestStreakSeconds: longestSeconds });
      if (dueToSave()) save();
    },
    recordRoutine: (report: RoutineReport) => {
      if (openBreak && report.outcome === 'completed') openBreak.completed = true;
      apply(addRoutine(history, today(), report), true);
    },
    recordCheckIn: (checkIn: CheckIn) => { apply(addCheckIn(history, today(), checkIn), true); },
    recordLeftOut: (exerciseId: string, change: LeftOutChange) => { apply(addLeftOut(history, today(), exerciseId, change), true); },
    today: () => today(),
    /** Writes what is unsaved; false when the disk still refuses it. */
    flush: () => {
      if (unsaved) save();
      return !unsaved;
    },
    current: () => history,
  };
}
