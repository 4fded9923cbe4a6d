import { routinesWords } from '../words/routines';
import type { Catalogue } from './catalogue';
import { doseCount, exercisesSeconds, routineExercises, withCount } from './library';
import type { Exercise, Routine } from './types';

/** The routine a break too short for any other runs: its timer, and a cue to sit well. */
export const POSTURE_CUE = 'posture-cue';

/** What a break's screen runs: a routine's exercises less those left out, with fewer repeats if the break is shorter. */
export interface PreparedBreak {
  routine: Pick<Routine, 'id' | 'name'>;
  exercises: Exercise[];
  /** The routine's exercises This hurts left out, which this break skips. */
  leftOut: Exercise[];
  /** Fewer holds, reps or rounds than the routine asks for, to fit the break. */
  trimmed: boolean;
}

/**
 * The exercises with fewer holds, reps or rounds until they last at most `seconds`: each step takes one from the
 * exercise with the most left (a tie from the one whose repeat lasts longest). Never a shorter hold, rep or round,
 * never fewer than one; null when even one of each is too long.
 */
export function fitToSeconds(exercises: readonly Exercise[], seconds: number): Exercise[] | null {
  let fitted = [...exercises];
  while (exercisesSeconds(fitted) > seconds) {
    const saving = (index: number) => {
      const exercise = fitted[index];
      if (!exercise || doseCount(exercise.dosage) <= 1) return -1;
      const fewer = fitted.map((e, i) => (i === index ? withCount(e, doseCount(e.dosage) - 1) : e));
      return doseCount(exercise.dosage) * 10_000 + (exercisesSeconds(fitted) - exercisesSeconds(fewer));
    };
    const scores = fitted.map((_, index) => saving(index));
    const best = scores.indexOf(Math.max(...scores));
    const exercise = fitted[best];
    if (!exercise || (scores[best] ?? -1) < 0) return null;
    fitted = fitted.map((e, i) => (i === best ? withCount(e, doseCount(e.dosage) - 1) : e));
  }
  return fitted;
}

/** A routine's exercises, or null if it names one the catalogue lacks (a hand-edited file). */
function knownExercises(routine: Routine, catalogue: Catalogue): Exercise[] | null {
  try {
    return routineExercises(routine, catalogue.exercise);
  } catch {
    return null;
  }
}

/** The posture cue for a break of `seconds`: one timed round, after the usual moment to get ready. */
export function postureCue(seconds: number): PreparedBreak {
  const words = () => routinesWords.postureCue;
  const exercise: Exercise = {
    id: POSTURE_CUE, get name() { return words().name; }, posture: 'seated', areas: ['lower-back'],
    get steps() { return [...words().steps]; }, get cues() { return [words().cue]; }, cautions: [],
    dosage: { kind: 'timed', sets: 1, workSeconds: Math.max(5, seconds - 5), restSeconds: 0, sides: 1 },
  };
  return { routine: { id: POSTURE_CUE, get name() { return words().name; } }, exercises: [exercise], leftOut: [], trimmed: false };
}

/**
 * The break a routine gives: its exercises less the left-out ones, fitted to `seconds` if given. Null when the
 * routine is unknown, every exercise is left out, or it can't be made to fit.
 */
export function prepareBreak(catalogue: Catalogue, routineId: string, seconds: number | null): PreparedBreak | null {
  if (routineId === POSTURE_CUE) return postureCue(seconds ?? 30);
  const routine = catalogue.routine(routineId);
  if (!routine) return null;
  const all = knownExercises(routine, catalogue);
  if (!all) return null;
  const kept = all.filter((exercise) => !catalogue.isLeftOut(exercise.id));
  if (kept.length === 0) return null;
  const fitted = seconds === null ? kept : fitToSeconds(kept, seconds);
  if (!fitted) return null;
  return {
    // A getter, as the library's name is: a break under way names its routine in a language chosen meanwhile.
    routine: { id: routine.id, get name() { return routine.name; } },
    exercises: fitted,
    leftOut: all.filter((exercise) => catalogue.isLeftOut(exercise.id)),
    trimmed: fitted.some((exercise, i) => doseCount(exercise.dosage) < doseCount(kept[i]?.dosage ?? exercise.dosage)),
  };
}
