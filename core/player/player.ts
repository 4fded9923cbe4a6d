import { playerWords } from '../words/player';
import { totalSeconds, type Phase } from './timeline';

export type PlayerStatus = 'running' | 'paused' | 'complete' | 'ended';

/** The player as plain data. While running, `endsAt` is the current phase's deadline on the monotonic clock. */
export interface PlayerState {
  timeline: readonly Phase[];
  index: number;
  status: PlayerStatus;
  endsAt: number;
  /** Milliseconds left in the phase while paused. */
  remaining: number;
  /** The last countdown second announced in this phase (3, 2, 1), so each is cued once. */
  counted: number | null;
}

export type Cue =
  | { cue: 'phase'; phase: Phase }
  | { cue: 'countdown'; secondsLeft: number }
  | { cue: 'complete' };

/** Phases shorter than this get no 3-2-1 countdown: reps tick by too fast for one. */
const COUNTDOWN_MIN_SECONDS = 5;

const phaseMs = (state: PlayerState, index: number) => (state.timeline[index]?.seconds ?? 0) * 1000;
const phaseAt = (state: PlayerState) => state.timeline[state.index];

export function startPlayer(timeline: readonly Phase[], now: number): { state: PlayerState; cues: Cue[] } {
  const state: PlayerState = { timeline, index: 0, status: 'running', endsAt: now, remaining: 0, counted: null };
  return enter(state, 0, now);
}

/** Moves to phase `index`, which starts at `startsAt` (a deadline, not "now", so nothing drifts). */
function enter(state: PlayerState, index: number, startsAt: number): { state: PlayerState; cues: Cue[] } {
  const phase = state.timeline[index];
  if (!phase || phase.kind === 'complete') {
    return { state: { ...state, index: state.timeline.length - 1, status: 'complete', endsAt: startsAt, remaining: 0 }, cues: [{ cue: 'complete' }] };
  }
  const next = { ...state, index, endsAt: startsAt + phase.seconds * 1000, counted: null };
  return { state: next, cues: [{ cue: 'phase', phase }] };
}

/** Advances through every phase whose deadline has passed, and cues the last three seconds of long phases. */
export function tick(state: PlayerState, now: number): { state: PlayerState; cues: Cue[] } {
  if (state.status !== 'running') return { state, cues: [] };
  let current = state;
  const cues: Cue[] = [];
  while (current.status === 'running' && now >= current.endsAt) {
    const step = enter(current, current.index + 1, current.endsAt);
    current = step.state;
    cues.push(...step.cues);
  }
  const phase = phaseAt(current);
  const left = Math.ceil((current.endsAt - now) / 1000);
  if (current.status === 'running' && phase && phase.seconds >= COUNTDOWN_MIN_SECONDS && left <= 3 && left >= 1 && left !== current.counted) {
    current = { ...current, counted: left };
    cues.push({ cue: 'countdown', secondsLeft: left });
  }
  return { state: current, cues };
}

export function pause(state: PlayerState, now: number): PlayerState {
  const caughtUp = tick(state, now).state;
  if (caughtUp.status !== 'running') return caughtUp;
  return { ...caughtUp, status: 'paused', remaining: caughtUp.endsAt - now };
}

export function resume(state: PlayerState, now: number): PlayerState {
  return state.status === 'paused' ? { ...state, status: 'running', endsAt: now + state.remaining } : state;
}

/** Ends the routine early ("End break" or "This hurts"). */
export const end = (state: PlayerState): PlayerState => ({ ...state, status: 'ended' });

const firstPhaseOf = (state: PlayerState, exercise: number) =>
  state.timeline.findIndex((phase) => phase.exercise === exercise);

/** Jumps to the start of another phase, keeping a pause paused. */
function jump(state: PlayerState, index: number, now: number): { state: PlayerState; cues: Cue[] } {
  const moved = enter({ ...state, status: 'running' }, index, now);
  if (state.status !== 'paused' || moved.state.status === 'complete') return moved;
  return { state: { ...moved.state, status: 'paused', remaining: phaseMs(moved.state, moved.state.index) }, cues: moved.cues };
}

export function skipExercise(state: PlayerState, now: number): { state: PlayerState; cues: Cue[] } {
  if (state.status !== 'running' && state.status !== 'paused') return { state, cues: [] };
  const current = phaseAt(state)?.exercise ?? 0;
  return jump(state, firstPhaseOf(state, current + 1), now);
}

/** How long into an exercise, after its get-ready, Back still goes to the one before (as a media player's Back does). */
export const BACK_GRACE_SECONDS = 3;

/** Milliseconds since the current exercise began, its get-ready included. */
function intoExercise(state: PlayerState, now: number): number {
  const start = firstPhaseOf(state, phaseAt(state)?.exercise ?? 0);
  const before = state.timeline.slice(start, state.index).reduce((sum, phase) => sum + phase.seconds * 1000, 0);
  const left = state.status === 'paused' ? state.remaining : Math.max(0, state.endsAt - now);
  return before + phaseMs(state, state.index) - left;
}

/**
 * Where Back goes now: to the previous exercise in the first seconds of this one (its get-ready and a few seconds
 * more), otherwise to the start of this one. The first exercise has none before it, so it starts again.
 */
export function backTarget(state: PlayerState, now: number): 'previous' | 'restart' {
  const exercise = phaseAt(state)?.exercise ?? 0;
  const grace = (state.timeline[firstPhaseOf(state, exercise)]?.seconds ?? 0) * 1000 + BACK_GRACE_SECONDS * 1000;
  return exercise > 0 && intoExercise(state, now) < grace ? 'previous' : 'restart';
}

export function back(state: PlayerState, now: number): { state: PlayerState; cues: Cue[] } {
  if (state.status !== 'running' && state.status !== 'paused') return { state, cues: [] };
  const exercise = phaseAt(state)?.exercise ?? 0;
  const target = backTarget(state, now) === 'previous' ? exercise - 1 : exercise;
  return jump(state, firstPhaseOf(state, target), now);
}

export interface PlayerView {
  phase: Phase;
  status: PlayerStatus;
  /** Whole seconds left in the phase, as a countdown shows them. */
  secondsLeft: number;
  /** 0..1 through the current phase and through the whole routine. */
  phaseProgress: number;
  routineProgress: number;
}

export function view(state: PlayerState, now: number): PlayerView {
  const phase = phaseAt(state) ?? { kind: 'complete', exercise: 0, seconds: 0, label: playerWords.complete };
  const duration = phase.seconds * 1000;
  const leftMs = state.status === 'paused' ? state.remaining : state.status === 'running' ? Math.max(0, state.endsAt - now) : 0;
  const before = state.timeline.slice(0, state.index).reduce((sum, p) => sum + p.seconds * 1000, 0);
  const total = totalSeconds(state.timeline) * 1000;
  const done = state.status === 'complete' ? total : before + duration - leftMs;
  return {
    phase,
    status: state.status,
    secondsLeft: Math.ceil(leftMs / 1000),
    phaseProgress: duration > 0 ? 1 - leftMs / duration : 1,
    routineProgress: total > 0 ? Math.min(1, done / total) : 1,
  };
}
