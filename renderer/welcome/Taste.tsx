import { useMemo } from 'react';
import { routineById, routineExercises } from '../../electron/core/exercises/library';
import { CountdownRing } from '../break/CountdownRing';
import { ExerciseFigure } from '../break/figures';
import { usePlayer } from '../break/usePlayer';

/** The micro-break routine, one 20-second brace, played as a break would play it (without recording anything). */
export function Taste() {
  const exercises = useMemo(() => { const routine = routineById('posture-reset'); return routine ? routineExercises(routine) : []; }, []);
  const { view } = usePlayer(exercises, () => undefined);
  const exercise = exercises[0];
  if (!exercise) return null;
  return (
    <div className="taste">
      <ExerciseFigure exerciseId={exercise.id} />
      <div>
        <p className="taste-name">{exercise.name}</p>
        <ol className="steps">{exercise.steps.map((step) => <li key={step}>{step}</li>)}</ol>
        <div className="timer">
          <CountdownRing progress={view.phaseProgress}>
            <span role="timer" aria-label="Seconds left in this phase">{view.secondsLeft}</span>
          </CountdownRing>
          <p role="status" aria-live="polite" className="phase-label">{view.phase.label}</p>
        </div>
      </div>
    </div>
  );
}
