import { sideOrder } from '../exercises/sides';
import type { Exercise, Side } from '../exercises/types';
import { playerWords } from '../words/player';

export const GET_READY_SECONDS = 5;
export const SWITCH_SECONDS = 5;

export type PhaseKind = 'get-ready' | 'hold' | 'relax' | 'rep' | 'work' | 'rest' | 'switch-sides' | 'complete';

export interface Phase {
  kind: PhaseKind;
  /** Index of the exercise in the routine; the final `complete` phase points past the last one. */
  exercise: number;
  seconds: number;
  side?: Side;
  count?: { n: number; of: number };
  /**
   * What a screen reader announces: "Get ready", "Hold 3 of 10", "Relax", "Switch sides", "Rep 4 of 10". Read when
   * shown, in the language of that moment: a break under way follows a new one.
   */
  readonly label: string;
}

function phasesForSide(exercise: Exercise, index: number, side: Side | undefined): Phase[] {
  const d = exercise.dosage;
  const at = (kind: PhaseKind, seconds: number, label: () => string, count?: Phase['count']): Phase =>
    ({ kind, exercise: index, seconds, get label() { return label(); }, ...(side ? { side } : {}), ...(count ? { count } : {}) });
  const phases: Phase[] = [];
  if (d.kind === 'hold') {
    for (let n = 1; n <= d.holds; n++) {
      if (n > 1 && d.restSeconds > 0) phases.push(at('relax', d.restSeconds, () => playerWords.relax));
      phases.push(at('hold', d.holdSeconds, () => playerWords.hold(n, d.holds), { n, of: d.holds }));
    }
  } else if (d.kind === 'reps') {
    for (let set = 1; set <= d.sets; set++) {
      if (set > 1 && d.restSeconds > 0) phases.push(at('rest', d.restSeconds, () => playerWords.rest));
      for (let n = 1; n <= d.reps; n++) phases.push(at('rep', d.secondsPerRep, () => playerWords.rep(n, d.reps), { n, of: d.reps }));
    }
  } else {
    for (let n = 1; n <= d.sets; n++) {
      if (n > 1 && d.restSeconds > 0) phases.push(at('rest', d.restSeconds, () => playerWords.rest));
      phases.push(at('work', d.workSeconds, () => playerWords.round(n, d.sets), { n, of: d.sets }));
    }
  }
  return phases;
}

/** Expands a routine's exercises into the timed phases the player steps through. */
export function buildTimeline(exercises: readonly Exercise[]): Phase[] {
  const phases: Phase[] = [];
  exercises.forEach((exercise, index) => {
    phases.push({ kind: 'get-ready', exercise: index, seconds: GET_READY_SECONDS, get label() { return playerWords.getReady; } });
    sideOrder(exercise).forEach((side, n) => {
      if (n > 0 && side) phases.push({ kind: 'switch-sides', exercise: index, seconds: SWITCH_SECONDS, get label() { return playerWords.switchSides; }, side });
      phases.push(...phasesForSide(exercise, index, side));
    });
  });
  phases.push({ kind: 'complete', exercise: exercises.length, seconds: 0, get label() { return playerWords.complete; } });
  return phases;
}

export const totalSeconds = (timeline: readonly Phase[]) => timeline.reduce((sum, phase) => sum + phase.seconds, 0);
