import { useEffect, useMemo, useRef } from 'react';
import { routineById, routineExercises } from '../../core/exercises/library';
import { breakWords } from '../../core/words/break';
import { welcomeWords } from '../../core/words/welcome';
import { CountdownRing } from '../break/CountdownRing';
import { ExerciseFigure } from '../break/figures';
import { usePlayer } from '../break/usePlayer';

/** The micro break's routine, one 20-second brace, played as a break would play it (without recording anything). */
export function Taste() {
  const exercises = useMemo(() => { const routine = routineById('posture-reset'); return routine ? routineExercises(routine) : []; }, []);
  const { view } = usePlayer(exercises, () => undefined);
  const box = useRef<HTMLDivElement>(null);
  // The try-out opens at the foot of a long page: bring all of it into view, and focus it in place of its button.
  useEffect(() => {
    const taste = box.current;
    if (!taste) return;
    taste.focus({ preventScroll: true });
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    taste.scrollIntoView({ block: 'nearest', behavior: still ? 'instant' : 'smooth' });
  }, []);
  const exercise = exercises[0];
  if (!exercise) return null;
  const done = view.status === 'complete';
  return (
    <div className="taste" ref={box} role="group" aria-labelledby="taste-name" tabIndex={-1}>
      <ExerciseFigure exercise={exercise} />
      <div>
        <p id="taste-name" className="taste-name">{exercise.name}</p>
        <ol className="steps">{exercise.steps.map((step) => <li key={step}>{step}</li>)}</ol>
        <div className="timer">
          <CountdownRing progress={done ? 1 : view.phaseProgress}>
            {done ? <span aria-hidden="true">✓</span> : <span role="timer" aria-label={breakWords.secondsLeftInPhase}>{view.secondsLeft}</span>}
          </CountdownRing>
          <p role="status" aria-live="polite" className="phase-label">{done ? welcomeWords.tried : view.phase.label}</p>
        </div>
      </div>
    </div>
  );
}
