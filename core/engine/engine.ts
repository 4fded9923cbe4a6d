import type { SignalReading, WantedSignals } from '../busy';
import type { UtcOffset } from '../calendar';
import type { Settings } from '../settings/schema';
import { wantedSignals } from './busy';
import { advance } from './presence';
import { nextWakes } from './prompts';
import { resumeState } from './resume';
import { saveEngine, type MachineTime, type SavedEngine } from './saved';
import { snapshot, type EngineSnapshot } from './snapshot';
import { initialState, needsIdle, step } from './step';
import type { EngineEvent, EngineInput, EngineState, Observation, SystemEvent, UserAction } from './types';

export interface Clock {
  /** Wall-clock time in ms since the epoch; it may jump when the user or NTP sets it. */
  now(): number;
  /** A clock that never goes back, in ms. */
  monotonic(): number;
}

export interface EngineDeps {
  clock: Clock;
  /** Seconds since the last keyboard or mouse input, as powerMonitor.getSystemIdleTime() reports it. */
  readIdleSeconds(): number;
  utcOffset: UtcOffset;
  /** Calls `fire` once the monotonic clock reaches `at`; returns a function that cancels it. */
  setTimer(at: number, fire: () => void): () => void;
  /**
   * Reads the signals asked for and replies once with what they say. Asked only shortly before a prompt or a natural
   * break, and twice a minute while a break is held.
   */
  readSignals(wanted: WantedSignals, reply: (reading: SignalReading) => void): void;
  /**
   * Where the system reports it: watches the media a reading found playing and calls `stopped` once it stops; returns
   * a function that ends the watch. Elsewhere the next reading finds it stopped.
   */
  watchMedia?: (stopped: () => void) => () => void;
  onEvent(event: StampedEvent): void;
  /** Called after every input and wakeup, once its events are out: the moment to refresh what the user sees. */
  afterStep?: () => void;
}

export type StampedEvent = EngineEvent & { wall: number };

export interface Engine {
  system(event: SystemEvent): void;
  act(action: UserAction): void;
  updateSettings(settings: Settings): void;
  /**
   * Takes up what an earlier run saved, as if it had never stopped; returns why the saved state was not used, if
   * it was not. Called once, right after the engine is created.
   */
  restore(saved: SavedEngine | null, machine: MachineTime): string | null;
  /** The state as it is kept between runs. */
  save(machine: MachineTime): SavedEngine;
  snapshot(): EngineSnapshot;
  /** Timer firings plus idle reads made outside one: the times the engine woke the process. */
  wakeups(): number;
  /** Busy readings asked for so far. */
  busyReads(): number;
  stop(): void;
}

/** Runs the pure engine against injected time, idle readings and a one-shot timer. */
export function createEngine(settings: Settings, deps: EngineDeps): Engine {
  const observe = (input: EngineInput | null): Observation => {
    const at = { mono: deps.clock.monotonic(), wall: deps.clock.now() };
    return input && needsIdle(input) ? { ...at, idleSeconds: deps.readIdleSeconds() } : at;
  };
  let state = initialState(settings, observe(null));
  let cancelTimer: (() => void) | null = null;
  let endMediaWatch: (() => void) | null = null;
  let timerAt: number | null = null;
  /** When busy should next be read, as of the last schedule. */
  let busyAt: number | null = null;
  let firings = 0;
  let idleReads = 0;
  let busyReads = 0;
  let stopped = false;

  const settle = (next: EngineState, events: EngineEvent[], wall: number) => {
    state = next;
    schedule();
    followMedia();
    for (const event of events) deps.onEvent({ ...event, wall });
    deps.afterStep?.();
    askBusyIfDue();
  };
  const askBusyIfDue = () => {
    if (stopped || busyAt === null || busyAt > state.now) return;
    state = { ...state, busyAskedAt: state.now };
    busyReads++;
    schedule();
    let answered = false;
    deps.readSignals(wantedSignals(state), (reading) => {
      if (answered || stopped) return;
      answered = true;
      run({ type: 'signals', reading });
    });
  };
  /** Keeps a watch on playing media exactly while the engine counts on it. */
  const followMedia = () => {
    if (state.media !== null && !endMediaWatch && deps.watchMedia && !stopped) {
      const watch = { ended: false };
      const end = deps.watchMedia(() => {
        if (watch.ended || stopped) return;
        watch.ended = true;
        endMediaWatch = null;
        run({ type: 'media-stopped' });
      });
      // A watch that reported at once has ended already.
      if (!watch.ended) endMediaWatch = () => { watch.ended = true; end(); };
    } else if (state.media === null && endMediaWatch) {
      endMediaWatch();
      endMediaWatch = null;
    }
  };
  const run = (input: EngineInput) => {
    const at = observe(input);
    // A busy reply comes while the process is still awake from the wakeup that asked for it.
    if (at.idleSeconds !== undefined && input.type !== 'wake' && input.type !== 'signals') idleReads++;
    const result = step(state, input, at, deps.utcOffset);
    settle(result.state, result.events, at.wall);
  };
  /** The state advanced to this moment, as a snapshot or a save sees it. */
  const current = () => {
    const at = observe(null);
    const s = { ...state, wall: at.wall };
    advance(s, at.mono + state.monoOffset);
    return s;
  };

  const schedule = () => {
    const next = nextWakes(state, deps.utcOffset);
    busyAt = next.busyAt;
    const at = next.wake === null ? null : next.wake - state.monoOffset;
    if (at === timerAt) return;
    cancelTimer?.();
    cancelTimer = null;
    timerAt = at;
    if (at === null) return;
    cancelTimer = deps.setTimer(at, () => {
      cancelTimer = null;
      timerAt = null;
      firings++;
      run({ type: 'wake' });
    });
  };
  schedule();

  return {
    system: (event) => { run({ type: 'system', event }); },
    act: (action) => { run({ type: 'user', action }); },
    updateSettings: (next) => { run({ type: 'settings', settings: next }); },
    restore: (saved, machine) => {
      const at = { ...observe(null), idleSeconds: deps.readIdleSeconds() };
      idleReads++;
      const resumed = resumeState(saved, state.settings, at, machine, deps.utcOffset);
      settle(resumed.state, resumed.events, at.wall);
      return resumed.ignored;
    },
    save: (machine) => saveEngine(current(), machine, deps.utcOffset),
    snapshot: () => {
      const s = current();
      return snapshot(s, s.now, s.wall, deps.utcOffset);
    },
    wakeups: () => firings + idleReads,
    busyReads: () => busyReads,
    stop: () => {
      stopped = true;
      endMediaWatch?.();
      endMediaWatch = null;
      cancelTimer?.();
      cancelTimer = null;
      timerAt = null;
    },
  };
}
