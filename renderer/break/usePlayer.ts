import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Exercise } from '../../electron/core/exercises/types';
import * as player from '../../electron/core/player/player';
import { buildTimeline } from '../../electron/core/player/timeline';

/** Ticks often enough for a smooth ring; the player itself keeps time by deadlines, so the rate doesn't matter. */
const TICK_MS = 200;

type Move = (state: player.PlayerState, now: number) => { state: player.PlayerState; cues: player.Cue[] };

/** Runs the pure routine player against the page's monotonic clock and hands every cue to `onCue`. */
export function usePlayer(exercises: readonly Exercise[], onCue: (cue: player.Cue) => void) {
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

  useEffect(() => {
    const started = player.startPlayer(buildTimeline(exercises), performance.now());
    state.current = started.state;
    started.cues.forEach((cue) => { cueRef.current(cue); });
    render();
    const timer = setInterval(() => { apply(player.tick); }, TICK_MS);
    return () => { clearInterval(timer); };
  }, [exercises, apply]);

  const current = state.current;
  return {
    view: current ? player.view(current, performance.now()) : null,
    pause: () => { apply((s, now) => ({ state: player.pause(s, now), cues: [] })); },
    resume: () => { apply((s, now) => ({ state: player.resume(s, now), cues: [] })); },
    skip: () => { apply(player.skipExercise); },
    back: () => { apply(player.back); },
    end: () => { apply((s) => ({ state: player.end(s), cues: [] })); },
  };
}
