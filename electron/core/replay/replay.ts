import { createEngine, type Engine, type StampedEvent } from '../engine/engine';
import { shouldSave, type SavedEngine } from '../engine/saved';
import type { EngineEvent } from '../engine/types';
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
}

const count = (events: ReplayLine[], match: (e: ReplayLine) => boolean) => events.filter(match).length;

/**
 * Replays a trace on a simulated clock and returns the engine's decisions, timestamped in trace seconds. A player
 * stopping is reported as on Linux, unless `mediaReports` is false (then only the next reading sees it). A restart
 * quits the engine where it is, saving its state as Limber does when it quits, and starts a new one from that state
 * some seconds later.
 */
export function replay(trace: Trace, { mediaReports = true } = {}): ReplayResult {
  const world = createSimWorld(trace.start, { mediaReports });
  const events: ReplayLine[] = [];
  const record = ({ wall: _wall, ...event }: StampedEvent) => {
    events.push({ t: world.elapsed() / 1000, ...event });
  };
  let saved: SavedEngine | null = null;
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
        const next = engine.save(world.machine());
        if (shouldSave(saved, next)) saved = next;
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
      saved = engine.save(world.machine());
      earlierWakeups += engine.wakeups();
      earlierBusyReads += engine.busyReads();
      engine.stop();
      endMs += step.restart * 1000;
      world.advanceTo(endMs);
      engine = start();
      engine.restore(saved, world.machine());
    }
  }
  const end = engine.snapshot();
  engine.stop();
  return {
    events,
    seconds: endMs / 1000,
    summary: {
      event: 'summary',
      sittingSeconds: end.totalSittingSeconds,
      longestSittingSeconds: end.longestSittingSeconds,
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
