import { useEffect, useMemo, useRef, useState } from 'react';
import type { LimberBridge, RoutineReport } from '../../electron/core/contract';
import { routineExercises } from '../../electron/core/exercises/library';
import type { Guidance } from '../../electron/core/history/check-ins';
import type { Routine } from '../../electron/core/exercises/types';
import { DEFAULT_SETTINGS } from '../../electron/core/settings/schema';
import type { Cue } from '../../electron/core/player/player';
import type { Phase } from '../../electron/core/player/timeline';
import { useFitWindow } from '../fit-window';
import { createTones } from '../sound';
import { GuidanceNote } from '../guidance/GuidanceNote';
import { CheckIn } from './CheckIn';
import { CountdownRing } from './CountdownRing';
import { ExerciseFigure } from './figures';
import { SafetyPanel } from './SafetyPanel';
import { usePlayer } from './usePlayer';

/** Which of an exercise's steps a phase is about: setting up, doing it, or easing off. */
function stepsInFocus(phase: Phase, stepCount: number): [number, number] {
  const last = stepCount - 1;
  if (phase.kind === 'get-ready') return [0, 0];
  if (phase.kind === 'relax' || phase.kind === 'rest' || phase.kind === 'switch-sides') return [last, last];
  return stepCount > 2 ? [1, last - 1] : [last, last];
}

type Ending = RoutineReport['outcome'] | null;
/** Which check-in question is on screen, if the user has check-ins on and has not answered or skipped it. */
type Asking = 'before' | 'after' | null;

export function BreakScreen({ routine, bridge }: { routine: Routine; bridge: LimberBridge }) {
  const exercises = useMemo(() => routineExercises(routine), [routine]);
  const tones = useMemo(createTones, []);
  const [muted, setMuted] = useState(false);
  const [volume, setVolume] = useState(DEFAULT_SETTINGS.sound.volume);
  const [checkIns, setCheckIns] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const [guidance, setGuidance] = useState<Guidance | null>(null);
  const [ending, setEnding] = useState<Ending>(null);
  const muteTouched = useRef(false);
  const finished = useRef(false);
  const done = useRef(new Set<string>());
  const fitWindow = useFitWindow(bridge);
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    void bridge.whenShown().then(() => { setOnScreen(true); });
  }, [bridge]);

  // The stored choice applies unless the user has already toggled it before it arrived.
  useEffect(() => {
    void bridge.settings().then((settings) => {
      setVolume(settings.sound.volume);
      if (!muteTouched.current) setMuted(!settings.sound.enabled);
      setCheckIns(settings.checkIns);
      if (settings.checkIns && !finished.current) setAsking('before');
    });
  }, [bridge]);

  const onCue = (cue: Cue) => {
    if (cue.cue === 'phase' && cue.phase.kind !== 'get-ready') {
      const started = exercises[cue.phase.exercise];
      if (started) done.current.add(started.id);
    }
    if (cue.cue === 'complete') finish('completed');
    if (muted) return;
    tones.play(cue.cue === 'phase' ? 'phase' : cue.cue === 'countdown' ? 'count' : 'complete', volume / 100);
  };
  const { view, pause, resume, skip, back, end } = usePlayer(exercises, onCue, onScreen);
  // The audio device goes once the routine has ended and its last notes have sounded, or with the screen.
  useEffect(() => {
    if (ending) tones.release();
    return () => { tones.release(); };
  }, [ending, tones]);
  const exerciseIndex = view.phase.exercise;
  const exercise = exercises[Math.min(exerciseIndex, exercises.length - 1)];

  // The first ending wins: a second key press before the screen updates must not record the break twice.
  function finish(outcome: RoutineReport['outcome']) {
    if (finished.current) return;
    finished.current = true;
    setEnding(outcome);
    setAsking(checkIns && outcome !== 'hurt' ? 'after' : null);
    void bridge.recordRoutine({ routineId: routine.id, outcome, exercisesDone: [...done.current] });
    void bridge.act({ action: 'finish-break' });
  }
  const stop = (outcome: 'ended' | 'hurt') => {
    end();
    finish(outcome);
  };
  const toggleMute = () => {
    muteTouched.current = true;
    setMuted(!muted);
    void bridge.saveSettings({ sound: { enabled: muted } });
  };
  const running = view.status === 'running';
  const rate = (rating: number) => {
    if (asking) void bridge.recordCheckIn({ moment: asking, rating });
    // Right after rating how the back feels is when advice to ask a professional makes sense (at most weekly).
    if (asking === 'after') void bridge.takeGuidance().then(setGuidance);
    setAsking(null);
  };

  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  onKey.current = (event) => {
    if (finished.current) return;
    if (event.key === 'Escape') stop('ended');
    // Space on a focused button presses that button; anywhere else it pauses or resumes.
    else if (event.key === ' ' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      if (running) pause();
      else resume();
    }
  };
  // One listener for the screen's life; it calls whatever the latest render's handler is.
  useEffect(() => {
    const listener = (event: KeyboardEvent) => { onKey.current(event); };
    window.addEventListener('keydown', listener);
    return () => { window.removeEventListener('keydown', listener); };
  }, []);

  if (ending === 'hurt') return <main className="break" ref={fitWindow}><SafetyPanel onClose={() => { window.close(); }} /></main>;
  if (!exercise) return null;
  const [from, to] = stepsInFocus(view.phase, exercise.steps.length);
  const statusText = ending === 'ended' ? 'Break ended' : view.phase.label;

  return (
    <main className="break" ref={fitWindow}>
      <header className="break-header">
        <p className="routine-name">{routine.name}</p>
        <div className="routine-progress" role="progressbar" aria-label="Routine progress"
          aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(view.routineProgress * 100)}>
          <div className="routine-progress-fill" style={{ width: `${view.routineProgress * 100}%` }} />
        </div>
        <p className="exercise-count">Exercise {Math.min(exerciseIndex + 1, exercises.length)} of {exercises.length}</p>
      </header>
      {/* Advice comes only once the routine is over, so it takes the place of the last exercise's steps. */}
      {guidance ? <GuidanceNote guidance={guidance} /> : (
        <section className="exercise" aria-labelledby="exercise-name">
          <ExerciseFigure exerciseId={exercise.id} {...(view.phase.side ? { side: view.phase.side } : {})} />
          <div>
            <h1 id="exercise-name">{exercise.name}{view.phase.side ? ` (${view.phase.side} side)` : ''}</h1>
            <ol className="steps">
              {exercise.steps.map((step, i) => (
                <li key={step} className={i >= from && i <= to ? 'current' : undefined} aria-current={i === from ? 'step' : undefined}>{step}</li>
              ))}
            </ol>
            <ul className="cues">{exercise.cues.map((cue) => <li key={cue}>{cue}</li>)}</ul>
          </div>
        </section>
      )}
      {asking && (
        <CheckIn key={asking} onRate={rate} onSkip={() => { setAsking(null); }}
          question={asking === 'before' ? 'Before you start: how stiff is your back right now?' : 'And now, after the routine?'} />
      )}
      <section className="timer" aria-label="Timer">
        <CountdownRing progress={view.phaseProgress}>
          <span role="timer" aria-label="Seconds left in this phase">{view.secondsLeft}</span>
        </CountdownRing>
        <p role="status" aria-live="polite" className="phase-label">{statusText}</p>
      </section>
      <nav className="controls" aria-label="Routine controls">
        {view.status === 'complete' || ending ? (
          <button type="button" onClick={() => { window.close(); }}>Close</button>
        ) : (
          <>
            <button type="button" onClick={running ? pause : resume}>{running ? 'Pause' : 'Resume'}</button>
            <button type="button" onClick={back}>Back</button>
            <button type="button" onClick={skip}>Skip exercise</button>
            <button type="button" onClick={() => { stop('ended'); }}>End break</button>
            <button type="button" className="hurts" onClick={() => { stop('hurt'); }}>This hurts</button>
          </>
        )}
        <button type="button" aria-pressed={muted} onClick={toggleMute}>Mute sounds</button>
      </nav>
    </main>
  );
}
