import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Exercise } from '../../core/exercises/types';
import * as player from '../../core/player/player';
import { buildTimeline } from '../../core/player/timeline';

/** Ticks often enough for a smooth ring; the player itself keeps time by deadlines, so the rate doesn't matter. */
const TICK_MS = 200;

type Move = (state: player.PlayerState, now: number) => { state: player.PlayerState; cues: player.Cue[] };

/**
 * Runs the pure routine player against the page's monotonic clock and hands every cue to `onCue`. Until `running`, it
 * shows the routine's first moment with the clock stopped, so that a window loaded hidden starts the routine only
 * once it is on screen.
 */
export function usePlayer(exercises: readonly Exercise[], onCue: (cue: player.Cue) => void, running = true) {
  const state = useRef<player.PlayerState | null>(null);
  const cueRef = useRef(onCue);
  cueRef.current = onCue;
  const [, render] = useReducer((n: number) => n + 1, 0);

  const apply = useCallback((move: Move) => {
    if (!state.current) return;
    const result = move(state.current, performance.now());
    state.current = result.state;
    result.cues.forEach((cue) => { cueRef.current(cue); });
    render();
  }, []);

  const timeline = useMemo(() => buildTimeline(exercises), [exercises]);
  // What a window loaded ahead shows before its clock starts: the routine's first moment.
  const notStarted = useMemo(() => player.view(player.startPlayer(timeline, 0).state, 0), [timeline]);
  useEffect(() => {
    if (!running) return undefined;
    const started = player.startPlayer(timeline, performance.now());
    state.current = started.state;
    started.cues.forEach((cue) => { cueRef.current(cue); });
    render();
    const timer = setInterval(() => { apply(player.tick); }, TICK_MS);
    return () => { clearInterval(timer); };
  }, [timeline, apply, running]);

  const current = state.current;
  return {
    view: current ? player.view(current, performance.now()) : notStarted,
    backTarget: current ? player.backTarget(current, performance.now()) : 'restart',
    pause: () => { apply((s, now) => ({ state: player.pause(s, now), cues: [] })); },
    resume: () => { apply((s, now) => ({ state: player.resume(s, now), cues: [] })); },
    skip: () => { apply(player.skipExercise); },
    back: () => { apply(player.back); },
    end: () => { apply((s) => ({ state: player.end(s), cues: [] })); },
  };
}
