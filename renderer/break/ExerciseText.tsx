import type { Exercise } from '../../core/exercises/types';
import { stepsFor } from '../../core/exercises/sides';
import type { Phase } from '../../core/player/timeline';
import { breakWords } from '../../core/words/break';

/** Which of an exercise's steps a phase is about: setting up, doing it, or easing off. */
function stepsInFocus(phase: Phase['kind'], stepCount: number): [number, number] {
  const last = stepCount - 1;
  if (phase === 'get-ready') return [0, 0];
  if (phase === 'relax' || phase === 'rest' || phase === 'switch-sides') return [last, last];
  return stepCount > 2 ? [1, last - 1] : [last, last];
}

interface Props {
  exercise: Exercise;
  side: Phase['side'];
  /** The phase on screen, or null for an unseen copy that only reserves room (every step bold, the widest). */
  phase: Phase['kind'] | null;
}

/** An exercise's name, its steps for the side being done with the current ones in bold, and its cues (or, for an own exercise, that it is not checked). */
export function ExerciseText({ exercise, side, phase }: Props) {
  const steps = stepsFor(exercise, side);
  const [from, to] = phase ? stepsInFocus(phase, steps.length) : [0, steps.length - 1];
  return (
    <div className={phase ? undefined : 'reserve'} aria-hidden={phase ? undefined : true}>
      <h1 id={phase ? 'exercise-name' : undefined}>{side ? breakWords.exerciseOnSide(exercise.name, side) : exercise.name}</h1>
      <ol className="steps">
        {steps.map((step, i) => (
          <li key={step} className={i >= from && i <= to ? 'current' : undefined} aria-current={phase && i === from ? 'step' : undefined}>{step}</li>
        ))}
      </ol>
      {/* The articles' cautions are Limber's to follow; an own exercise's says nobody has checked it. */}
      {exercise.own && exercise.cautions.map((caution) => <p key={caution} className="fine-print">{caution}</p>)}
      <ul className="cues">{exercise.cues.map((cue) => <li key={cue}>{cue}</li>)}</ul>
    </div>
  );
}
