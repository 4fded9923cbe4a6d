import { createEngine, type Engine, type StampedEvent } from '../engine/engine';
import { shouldSave, type SavedEngine } from '../engine/saved';
import type { EngineSnapshot } from '../engine/snapshot';
import type { EngineEvent } from '../engine/types';
import { createHistoryRecorder } from '../history/recorder';
import { EMPTY_HISTORY, type History } from '../history/records';
import { createSimWorld } from './world';
import type { Trace } from './trace';

export type ReplayLine = { t: number } & EngineEvent;

export interface ReplaySummary {
  event: 'summary';
  sittingSeconds: number;
  longestSittingSeconds: number;
  prompts: number;
  taken: number;
  natural: number;
  snoozed: number;
  skipped: number;
  held: number;
  wakeups: number;
  busyReads: number;
}

export interface ReplayResult {
  events: ReplayLine[];
  summary: ReplaySummary;
  /** Simulated seconds replayed, from t = 0 to the end line (or the last line). */
  seconds: number;
  /** The history as Limber would have written it, a restart included: what the statistics would show. */
  history: History;
}

export interface ReplayOptions {
  /** False: a player stopping is seen only by the next reading, as where the system doesn't report it. */
  mediaReports?: boolean;
  /** Called with each engine state Limber would write to engine.json, and when (in trace seconds). */
  onSave?: (saved: SavedEngine, t: number) => void;
  /** Called with each decision as the engine made it, on the wall clock of its moment. */
  onEvent?: (event: StampedEvent) => void;
  /** Called after each engine step, once the history has counted it: what an open statistics window would read. */
  onStep?: (snapshot: EngineSnapshot, history: History, today: string) => void;
}

const count = (events: ReplayLine[], match: (e: ReplayLine) => boolean) => events.filter(match).length;

/**
 * Replays a trace on a simulated clock and returns the engine's decisions, timestamped in trace seconds. A player
 * stopping is reported as on Linux, unless `mediaReports` is false (then only the next reading sees it). A restart
 * quits the engine where it is, saving its state as Limber does when it quits, and starts a new one from that state
 * some seconds later.
 */
export function replay(trace: Trace, { mediaReports = true, onSave, onEvent, onStep }: ReplayOptions = {}): ReplayResult {
  const world = createSimWorld(trace.start, { mediaReports });
  const events: ReplayLine[] = [];
  let historyFile = EMPTY_HISTORY;
  const openHistory = () => createHistoryRecorder({
    initial: historyFile, save: (history) => { historyFile = history; }, utcOffset: () => trace.utcOffsetMinutes, now: () => world.clock.now(),
  });
  let recorder = openHistory();
  recorder.begin(false);
  const record = (stamped: StampedEvent) => {
    const { wall: _wall, ...event } = stamped;
    events.push({ t: world.elapsed() / 1000, ...event });
    recorder.onEvent(stamped);
    onEvent?.(stamped);
  };
  let saved: SavedEngine | null = null;
  /** What engines that a restart could not continue had counted. */
  let earlierSitting = 0;
  let earlierLongest = 0;
  let earlierWakeups = 0;
  let earlierBusyReads = 0;
  const start = (): Engine => {
    const engine: Engine = createEngine(trace.settings, {
      clock: world.clock,
      readIdleSeconds: world.readIdleSeconds,
      readSignals: world.readSignals,
      ...(world.watchMedia && { watchMedia: world.watchMedia }),
      utcOffset: () => trace.utcOffsetMinutes,
      setTimer: world.setTimer,
      onEvent: record,
      // What a running Limber writes to its state file: at once when something changes, else once a minute.
      afterStep: () => {
        const snapshot = engine.snapshot();
        recorder.onStep(snapshot);
        onStep?.(snapshot, recorder.current(), recorder.today());
        const next = engine.save(world.machine());
        if (!shouldSave(saved, next)) return;
        saved = next;
        onSave?.(next, world.elapsed() / 1000);
      },
    });
    return engine;
  };
  let engine = start();
  let endMs = 0;
  for (const step of trace.steps) {
    endMs = step.t * 1000;
    world.advanceTo(endMs);
    if ('user' in step) world.user(step.user);
    else if ('system' in step) {
      world.system(step.system);
      engine.system(step.system);
    } else if ('action' in step) {
      world.click();
      engine.act(step.action);
    } else if ('clock' in step) world.shiftClock(step.clock * 1000);
    else if ('busy' in step) world.busy(step.busy === 'none' ? null : step.busy);
    else if ('media' in step) world.media(step.media);
    else if ('restart' in step) {
      // As Limber does when it quits: the state as it is now is written, then nothing runs.
      const atQuit = engine.save(world.machine());
      saved = atQuit;
      recorder.flush();
      earlierWakeups += engine.wakeups();
      earlierBusyReads += engine.busyReads();
      engine.stop();
      endMs += step.restart * 1000;
      world.advanceTo(endMs);
      recorder = openHistory();
      engine = start();
      const continued = engine.restore(atQuit, world.machine()) === null;
      recorder.begin(continued);
      // As Limber shows the state it took up, once everything is wired.
      recorder.onStep(engine.snapshot());
      if (!continued) {
        // The old engine's account ends where it last saw the user, as the state it saved says.
        const { present, sitting } = atQuit;
        earlierSitting += Math.round(present.sit / 1000);
        earlierLongest = Math.max(earlierLongest, Math.round(Math.max(sitting.longestStreak, present.away ? 0 : present.sit - sitting.streakFrom) / 1000));
      }
    }
  }
  const end = engine.snapshot();
  engine.stop();
  recorder.flush();
  return {
    events,
    seconds: endMs / 1000,
    history: historyFile,
    summary: {
      event: 'summary',
      sittingSeconds: earlierSitting + end.totalSittingSeconds,
      longestSittingSeconds: Math.max(earlierLongest, end.longestSittingSeconds),
      prompts: count(events, (e) => e.event === 'due' && e.repeat === undefined),
      taken: count(events, (e) => e.event === 'break-taken'),
      natural: count(events, (e) => e.event === 'natural-break'),
      snoozed: count(events, (e) => e.event === 'snoozed'),
      skipped: count(events, (e) => e.event === 'skipped'),
      held: count(events, (e) => e.event === 'held'),
      wakeups: earlierWakeups + engine.wakeups(),
      busyReads: earlierBusyReads + engine.busyReads(),
    },
  };
}
