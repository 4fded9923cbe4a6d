import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LimberBridge } from '../../core/contract';
import type { EngineSnapshot } from '../../core/engine/snapshot';
import { exerciseCareArea, routineCareArea } from '../../core/exercises/care-area';
import { POSTURE_CUE } from '../../core/exercises/fit';
import type { Exercise } from '../../core/exercises/types';
import type { Guidance } from '../../core/history/check-ins';
import type { RoutineReport } from '../../core/history/reports';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { checkInArea, checkInQuestion } from '../../core/player/check-in-plan';
import type { Cue } from '../../core/player/player';
import { buildTimeline } from '../../core/player/timeline';
import { screenTitle } from '../../core/shell/titles';
import { breakWords } from '../../core/words/break';
import { useFitWindow } from '../fit-window';
import { createTones } from '../sound';
import { GuidanceNote } from '../guidance/GuidanceNote';
import { useSpokenLanguage } from '../language';
import { CheckIn } from './CheckIn';
import { CountdownRing } from './CountdownRing';
import { EndSummary } from './EndSummary';
import { ExerciseText } from './ExerciseText';
import { ExerciseFigure } from './figures';
import { SafetyPanel } from './SafetyPanel';
import { StableLabel } from './StableLabel';
import type { BreakToRun } from './break-to-run';
import { AUTO_CLOSE_SECONDS, useAutoClose } from './useAutoClose';
import { usePlayer } from './usePlayer';

type Ending = RoutineReport['outcome'] | null;
/** Which check-in question is on screen, if the routine asks them and the user has not answered or skipped it. */
type Asking = 'before' | 'after' | null;
/** How long "Noted" stays in the check-in's place after an answer. */
const NOTED_MS = 4000;

const close = () => { window.close(); };
/** A note under the header's row of name, progress and count, across its width. */
const FULL_ROW = { gridColumn: '1 / -1' } as const;

export function BreakScreen({ prepared, kind, seconds, bridge }: BreakToRun & { bridge: LimberBridge }) {
  const { routine, exercises } = prepared;
  const postureCue = routine.id === POSTURE_CUE;
  // Every exercise on every side it is done on: each one's text keeps its room, so the window never changes size.
  const texts = useMemo(() => [...new Map(buildTimeline(exercises).filter((p) => p.kind !== 'complete')
    .map((p) => [`${p.exercise} ${p.side ?? ''}`, p] as const)).values()], [exercises]);
  const area = checkInArea(kind, prepared);
  const tones = useMemo(createTones, []);
  const [ready, setReady] = useState(false);
  const [muted, setMuted] = useState(false);
  const [volume, setVolume] = useState(DEFAULT_SETTINGS.sound.volume);
  const [checkIns, setCheckIns] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const [noted, setNoted] = useState<number | null>(null);
  const [guidance, setGuidance] = useState<Guidance | null>(null);
  const [ending, setEnding] = useState<Ending>(null);
  const [hurt, setHurt] = useState<Exercise | null>(null);
  const [spentSeconds, setSpentSeconds] = useState(0);
  const [next, setNext] = useState<EngineSnapshot['nextBreak'] | undefined>(undefined);
  const muteTouched = useRef(false);
  const finished = useRef(false);
  const startedAt = useRef<number | null>(null);
  const done = useRef(new Set<string>());
  const mainRef = useRef<HTMLElement | null>(null);
  const fitWindow = useFitWindow(bridge);
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    void bridge.whenShown().then(() => { setOnScreen(true); });
  }, [bridge]);
  // An own routine's name is known only now that routines.json is read, so the route's title could not say it.
  const language = useSpokenLanguage();
  useEffect(() => { document.title = screenTitle('break', { routineName: routine.name }); }, [routine.name, language]);

  // The stored choice applies unless the user has already toggled it before it arrived.
  useEffect(() => {
    // Settings that can't be read leave the defaults: the break must still run.
    void bridge.settings().catch(() => DEFAULT_SETTINGS).then((settings) => {
      setVolume(settings.sound.volume);
      if (!muteTouched.current) setMuted(!settings.sound.enabled);
      setCheckIns(settings.checkIns);
      if (settings.checkIns && area && !finished.current) setAsking('before');
      setReady(true);
    });
  }, [bridge, area]);
  useEffect(() => {
    if (noted === null) return undefined;
    const timer = setTimeout(() => { setNoted(null); }, NOTED_MS);
    return () => { clearTimeout(timer); };
  }, [noted]);

  const onCue = (cue: Cue) => {
    startedAt.current ??= performance.now();
    if (cue.cue === 'phase' && cue.phase.kind !== 'get-ready') {
      const started = exercises[cue.phase.exercise];
      if (started && !postureCue) done.current.add(started.id);
    }
    if (cue.cue === 'complete') finish('completed');
    if (muted) return;
    tones.play(cue.cue === 'phase' ? 'phase' : cue.cue === 'countdown' ? 'count' : 'complete', volume / 100);
  };
  // The routine waits for its window to be on screen, and for the question before it to be answered or skipped.
  const waiting = !ready || asking === 'before';
  const { view, backTarget, pause, resume, skip, back, end } = usePlayer(exercises, onCue, onScreen && !waiting && !ending);
  // Closing by itself waits for the question after the routine, and never takes advice away unread.
  const autoClose = useAutoClose((ending === 'completed' || ending === 'ended') && asking === null && guidance === null, mainRef, close);
  // The audio device goes once the routine has ended and its last notes have sounded, or with the screen.
  useEffect(() => {
    if (ending) tones.release();
    return () => { tones.release(); };
  }, [ending, tones]);
  const exerciseIndex = view.phase.exercise;
  const exercise = exercises[Math.min(exerciseIndex, exercises.length - 1)];

  // The first ending wins: a second key press before the screen updates must not record the break twice.
  function finish(outcome: RoutineReport['outcome'], hurtExercise?: Exercise) {
    if (finished.current) return;
    finished.current = true;
    setEnding(outcome);
    setSpentSeconds(startedAt.current === null ? 0 : (performance.now() - startedAt.current) / 1000);
    setAsking(checkIns && area && startedAt.current !== null && outcome !== 'hurt' ? 'after' : null);
    setHurt(hurtExercise ?? null);
    void bridge.recordRoutine({
      routineId: routine.id, outcome, exercisesDone: [...done.current], ...(hurtExercise ? { hurtExercise: hurtExercise.id } : {}),
    });
    void bridge.act({ action: 'finish-break' }).then(() => bridge.status()).then((status) => { setNext(status.snapshot.nextBreak); });
  }
  const stop = (outcome: 'ended' | 'hurt') => {
    end();
    // The exercise that hurt is left out from now on; the posture cue is no exercise to leave out.
    finish(outcome, outcome === 'hurt' && exercise && !postureCue ? exercise : undefined);
  };
  const toggleMute = () => {
    muteTouched.current = true;
    setMuted(!muted);
    void bridge.saveSettings({ sound: { enabled: muted } });
  };
  const running = view.status === 'running';
  const paused = view.status === 'paused';
  const rate = (rating: number) => {
    if (asking) void bridge.recordCheckIn({ moment: asking, rating });
    // Right after the last rating is when advice to ask a professional makes sense (at most weekly).
    if (asking === 'after') void bridge.takeGuidance().then(setGuidance);
    setNoted(rating);
    setAsking(null);
  };

  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  onKey.current = (event) => {
    if (finished.current) return;
    if (event.key === 'Escape') stop('ended');
    // Space on a focused button presses that button; anywhere else it pauses or resumes.
    else if (event.key === ' ' && !(event.target instanceof HTMLButtonElement) && !waiting) {
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

  const mainRefs = useCallback((main: HTMLElement | null) => {
    mainRef.current = main;
    return fitWindow(main);
  }, [fitWindow]);
  if (ending === 'hurt') {
    return (
      <main className="break" ref={fitWindow}>
        <SafetyPanel area={exercise ? exerciseCareArea(exercise) : routineCareArea(exercises)} leftOut={hurt?.name ?? null} onClose={close} />
      </main>
    );
  }
  if (!exercise || !ready) return null;
  const over = ending !== null || view.status === 'complete';
  const closing = ending === 'completed' || ending === 'ended';
  const statusText = ending === 'ended' ? breakWords.breakEnded : paused ? breakWords.pausedIn(view.phase.label) : view.phase.label;
  const previous = exercises[exerciseIndex - 1];
  const backSays = backTarget === 'previous' && previous ? breakWords.backTo(previous.name) : breakWords.backToStart;
  const gone = { className: 'reserve', 'aria-hidden': true, disabled: true } as const;

  return (
    <main className="break" ref={mainRefs}>
      <header className="break-header">
        <p className="routine-name">{routine.name}</p>
        <div className="routine-progress" role="progressbar" aria-label={breakWords.routineProgress}
          aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(view.routineProgress * 100)}>
          <div className="routine-progress-fill" style={{ width: `${view.routineProgress * 100}%` }} />
        </div>
        {/* The posture cue is no exercise to count. */}
        <p className="exercise-count">{postureCue ? '' : breakWords.exerciseCount(Math.min(exerciseIndex + 1, exercises.length), exercises.length)}</p>
        {/* Said once, for the whole break: the notes never change while it runs, so nothing moves. */}
        {prepared.trimmed && seconds !== null && <p className="fine-print" style={FULL_ROW}>{breakWords.shortened(seconds)}</p>}
        {prepared.leftOut.length > 0 && (
          <p className="fine-print" style={FULL_ROW}>{breakWords.leftOut(prepared.leftOut.map((e) => e.name))}</p>
        )}
      </header>
      {/* Advice comes only once the routine is over, so it takes the place of the last exercise's steps. */}
      {guidance ? <GuidanceNote guidance={guidance} /> : (
        <section className="exercise" aria-labelledby="exercise-name">
          <ExerciseFigure exercise={exercise} {...(view.phase.side ? { side: view.phase.side } : {})} />
          <div className="stack">
            {closing ? (
              <EndSummary outcome={ending} exercisesDone={postureCue ? null : done.current.size} exercisesInRoutine={exercises.length} seconds={spentSeconds} next={next} />
            ) : <ExerciseText exercise={exercise} side={view.phase.side} phase={view.phase.kind} />}
            {texts.map((p) => {
              const shape = exercises[p.exercise];
              return shape && <ExerciseText key={`${p.exercise} ${p.side ?? ''}`} exercise={shape} side={p.side} phase={null} />;
            })}
          </div>
        </section>
      )}
      {checkIns && area && (
        <div className="check-in-slot stack">
          {/* First, so that the question laid over it takes the clicks. */}
          <p className="check-in-noted" aria-live="polite">{noted === null ? '' : breakWords.checkIn.noted(noted)}</p>
          <CheckIn key="before" reserved={asking !== 'before'} onRate={rate} onSkip={() => { setAsking(null); }} question={checkInQuestion(area, 'before')} />
          <CheckIn key="after" reserved={asking !== 'after'} onRate={rate} onSkip={() => { setAsking(null); }} question={checkInQuestion(area, 'after')} />
        </div>
      )}
      <section className="timer" aria-label={breakWords.timer}>
        {closing ? (
          <CountdownRing progress={1 - autoClose.secondsLeft / AUTO_CLOSE_SECONDS}>
            <span role="timer" aria-label={breakWords.secondsUntilClosing}>{autoClose.secondsLeft}</span>
          </CountdownRing>
        ) : (
          <CountdownRing progress={view.phaseProgress} paused={paused} caption={paused ? breakWords.paused : ''}>
            <span role="timer" aria-label={breakWords.secondsLeftInPhase}>{view.secondsLeft}</span>
          </CountdownRing>
        )}
        {/* The ring says when the routine is paused, and the heading beside it that the routine is over: the status,
            heard in full, is seen without those words, which took a third line or ran wide in most languages. Once
            over, the line says whether the window is closing or kept open (too long to sit inside the ring). */}
        {closing
          ? <p className="phase-label">{autoClose.held ? breakWords.keptOpen : breakWords.toClose}</p>
          : <p className="phase-label" aria-hidden="true">{view.phase.label}</p>}
        <p role="status" aria-live="polite" className="visually-hidden">{statusText}</p>
      </section>
      <nav className="controls" aria-label={breakWords.controls}>
        <button type="button" disabled={!over && waiting} onClick={over ? close : running ? pause : resume}>
          <StableLabel
            shown={over ? breakWords.close : paused ? breakWords.resume : breakWords.pause}
            all={[breakWords.pause, breakWords.resume, breakWords.close]}
          />
        </button>
        <button type="button" onClick={back} title={backSays} {...(over ? gone : { disabled: waiting })}>{breakWords.back}</button>
        <button type="button" onClick={skip} {...(over ? gone : { disabled: waiting })}>{breakWords.skipExercise}</button>
        <button type="button" onClick={() => { stop('ended'); }} {...(over ? gone : {})}>{breakWords.endBreak}</button>
        <button type="button" onClick={() => { stop('hurt'); }} {...(over ? { ...gone, className: 'hurts reserve' } : { className: 'hurts' })}>
          {breakWords.thisHurts}
        </button>
        <button type="button" aria-pressed={muted} onClick={toggleMute}>{breakWords.muteSounds}</button>
      </nav>
    </main>
  );
}
