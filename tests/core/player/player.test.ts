import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../core/exercises/types';
import { back, backTarget, pause, resume, skipExercise, startPlayer, tick, view, type Cue, type PlayerState } from '../../../core/player/player';
import { buildTimeline, totalSeconds } from '../../../core/player/timeline';

const exercise = (id: string, dosage: Exercise['dosage']): Exercise => ({
  id, name: id, posture: 'seated', areas: ['core'], steps: ['Do it.'], dosage, cues: ['Breathe.'], cautions: ['Stop if it hurts.'],
  source: { article: '000', note: 'test' },
});
const brace = exercise('brace', { kind: 'hold', holds: 3, holdSeconds: 10, restSeconds: 5, sides: 1 });
const twist = exercise('twist', { kind: 'hold', holds: 2, holdSeconds: 10, restSeconds: 0, sides: 2 });
const tuck = exercise('tuck', { kind: 'reps', reps: 3, secondsPerRep: 3, sets: 1, restSeconds: 0, sides: 1 });
const march = exercise('march', { kind: 'timed', sets: 2, workSeconds: 30, restSeconds: 10, sides: 1 });

const labels = (exercises: Exercise[]) => buildTimeline(exercises).map((p) => `${p.label}${p.side ? ` (${p.side})` : ''} ${p.seconds}s`);

/** Runs the player with ticks every `step` ms until `until`, collecting `time cue` strings. */
function play(state: PlayerState, from: number, until: number, step = 250): { state: PlayerState; log: string[] } {
  const log: string[] = [];
  let current = state;
  for (let now = from; now <= until; now += step) {
    const result = tick(current, now);
    current = result.state;
    log.push(...result.cues.map((cue) => `${now / 1000} ${cueText(cue)}`));
  }
  return { state: current, log };
}
const cueText = (cue: Cue) => (cue.cue === 'phase' ? cue.phase.label : cue.cue === 'countdown' ? `${cue.secondsLeft}` : 'complete');

describe('buildTimeline', () => {
  it('turns holds into hold and relax phases after a get-ready', () => {
    expect(labels([brace])).toEqual(['Get ready 5s', 'Hold 1 of 3 10s', 'Relax 5s', 'Hold 2 of 3 10s', 'Relax 5s', 'Hold 3 of 3 10s', 'Routine complete 0s']);
  });
  it('does both sides of a two-sided exercise, right first, with a switch between', () => {
    expect(labels([twist])).toEqual([
      'Get ready 5s', 'Hold 1 of 2 (right) 10s', 'Hold 2 of 2 (right) 10s', 'Switch sides (left) 5s',
      'Hold 1 of 2 (left) 10s', 'Hold 2 of 2 (left) 10s', 'Routine complete 0s',
    ]);
  });
  it('counts reps one by one, and rounds of timed work with rests', () => {
    expect(labels([tuck, march])).toEqual([
      'Get ready 5s', 'Rep 1 of 3 3s', 'Rep 2 of 3 3s', 'Rep 3 of 3 3s',
      'Get ready 5s', 'Round 1 of 2 30s', 'Rest 10s', 'Round 2 of 2 30s', 'Routine complete 0s',
    ]);
    expect(totalSeconds(buildTimeline([tuck, march]))).toBe(5 + 9 + 5 + 70);
  });
});

describe('player', () => {
  it('steps through every phase on time, counts down the last three seconds of long phases, then completes', () => {
    const started = startPlayer(buildTimeline([brace]), 0);
    expect(started.cues.map(cueText)).toEqual(['Get ready']);
    const { state, log } = play(started.state, 0, 60_000);
    expect(log).toEqual([
      '2 3', '3 2', '4 1', '5 Hold 1 of 3', '12 3', '13 2', '14 1', '15 Relax', '17 3', '18 2', '19 1',
      '20 Hold 2 of 3', '27 3', '28 2', '29 1', '30 Relax', '32 3', '33 2', '34 1',
      '35 Hold 3 of 3', '42 3', '43 2', '44 1', '45 complete',
    ]);
    expect(state.status).toBe('complete');
    expect(view(state, 60_000)).toMatchObject({ status: 'complete', routineProgress: 1, phase: { label: 'Routine complete' } });
  });

  it('skips no phase when a tick comes late, and starts each on its own deadline', () => {
    const started = startPlayer(buildTimeline([brace]), 0).state;
    const late = tick(started, 21_000);
    expect(late.cues.map(cueText)).toEqual(['Hold 1 of 3', 'Relax', 'Hold 2 of 3']);
    expect(late.state.endsAt).toBe(30_000);
  });

  it('pauses and resumes where it was', () => {
    const started = startPlayer(buildTimeline([brace]), 0).state;
    const paused = pause(started, 7_400);
    expect(view(paused, 100_000)).toMatchObject({ status: 'paused', secondsLeft: 8, phase: { label: 'Hold 1 of 3' } });
    expect(tick(paused, 100_000).cues).toEqual([]);
    const resumed = resume(paused, 100_000);
    expect(resumed.endsAt).toBe(107_600);
    expect(view(resumed, 100_000).secondsLeft).toBe(8);
  });

  it('skips to the next exercise, and goes back to the start of this one, or the one before', () => {
    const timeline = buildTimeline([brace, twist, tuck]);
    const inTwist = tick(startPlayer(timeline, 0).state, 50_000).state;
    expect(view(inTwist, 50_000).phase).toMatchObject({ exercise: 1, label: 'Hold 1 of 2' });
    const skipped = skipExercise(inTwist, 50_000);
    expect(skipped.cues.map(cueText)).toEqual(['Get ready']);
    expect(view(skipped.state, 50_000).phase.exercise).toBe(2);
    const backed = back(tick(inTwist, 60_000).state, 60_000).state;
    expect(view(backed, 60_000).phase).toMatchObject({ exercise: 1, kind: 'get-ready' });
    expect(view(back(backed, 60_000).state, 60_000).phase).toMatchObject({ exercise: 0, kind: 'get-ready' });
    const last = skipExercise(skipped.state, 51_000);
    expect(last.state.status).toBe('complete');
  });

  it('goes back like a media player: to the exercise before in the first seconds of one, otherwise to its start', () => {
    const timeline = buildTimeline([brace, twist]);
    // The twist starts at 45 s: 5 s of get-ready, then its first hold at 50 s.
    const at = (now: number) => tick(startPlayer(timeline, 0).state, now).state;
    const where = (now: number) => {
      const state = at(now);
      return { target: backTarget(state, now), phase: view(back(state, now).state, now).phase };
    };
    expect(where(46_000)).toMatchObject({ target: 'previous', phase: { exercise: 0, kind: 'get-ready' } });
    expect(where(52_900)).toMatchObject({ target: 'previous', phase: { exercise: 0, kind: 'get-ready' } });
    expect(where(53_000)).toMatchObject({ target: 'restart', phase: { exercise: 1, kind: 'get-ready' } });
    expect(where(70_000)).toMatchObject({ target: 'restart', phase: { exercise: 1, kind: 'get-ready' } });
    // The first exercise has nothing before it, so Back starts it again, at any moment.
    expect(where(1_000)).toMatchObject({ target: 'restart', phase: { exercise: 0, kind: 'get-ready' } });
    // While paused, the time that counts is the time the exercise had run when paused.
    const paused = pause(at(46_000), 46_000);
    expect(backTarget(paused, 400_000)).toBe('previous');
    expect(view(back(paused, 400_000).state, 400_000)).toMatchObject({ status: 'paused', phase: { exercise: 0, kind: 'get-ready' } });
  });

  it('keeps a pause paused across skip and back', () => {
    const paused = pause(tick(startPlayer(buildTimeline([brace, twist]), 0).state, 6_000).state, 6_000);
    const skipped = skipExercise(paused, 9_000).state;
    expect(view(skipped, 20_000)).toMatchObject({ status: 'paused', secondsLeft: 5, phase: { exercise: 1, kind: 'get-ready' } });
  });

  it('never drifts: after a five-minute routine it ends within 50 ms of schedule, whatever the tick jitter', () => {
    const timeline = buildTimeline([brace, twist, tuck, march, brace, march]);
    const total = totalSeconds(timeline) * 1000;
    expect(total).toBeGreaterThanOrEqual(300_000);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 1500 }), { minLength: 2000, maxLength: 2000 }), (gaps) => {
      let state = startPlayer(timeline, 0).state;
      let now = 0;
      let completedAt: number | null = null;
      for (const gap of gaps) {
        now += gap;
        const result = tick(state, now);
        state = result.state;
        if (result.cues.some((cue) => cue.cue === 'complete')) {
          completedAt = now;
          break;
        }
      }
      expect(state.status).toBe('complete');
      // The schedule itself is exact; a tick can only notice completion up to one gap later.
      expect(state.endsAt).toBe(total);
      expect((completedAt ?? Infinity) - total).toBeLessThanOrEqual(1500);
    }), { numRuns: 50 });
  });
});
