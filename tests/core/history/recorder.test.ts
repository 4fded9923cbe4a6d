import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../../core/engine/snapshot';
import { createHistoryRecorder } from '../../../core/history/recorder';
import { EMPTY_HISTORY, type History } from '../../../core/history/records';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 20, 9, 0);
const TODAY = '2026-11-20';

function recorder(initial: History = EMPTY_HISTORY, continued = false) {
  let now = START;
  const saves: History[] = [];
  let refusing: Error | null = null;
  const r = createHistoryRecorder({
    initial,
    save: (h) => {
      if (refusing) throw refusing;
      saves.push(h);
    },
    utcOffset: () => 0,
    now: () => now,
  });
  r.begin(continued);
  const step = (minutes: number, total: number, streak = total) => {
    now += minutes * MINUTE;
    r.onStep({ settled: { totalSeconds: total, streakSeconds: streak, longestSeconds: streak } } as EngineSnapshot);
  };
  return { r, saves, step, refuse: (error: Error | null) => { refusing = error; } };
}

describe('the history recorder', () => {
  it('saves counted events at once, and sitting time with them, on flush, or every 10 minutes', () => {
    const { r, saves, step } = recorder();
    step(0, 0);
    step(1, 60);
    expect(saves).toHaveLength(0);
    r.onEvent({ event: 'due', kind: 'micro', wall: START + MINUTE });
    expect(saves.at(-1)?.days[TODAY]).toMatchObject({ prompts: 1, sittingSeconds: 60 });
    step(4, 300);
    r.flush();
    expect(saves).toHaveLength(2);
    r.flush();
    expect(saves).toHaveLength(2);
    for (let minute = 1; minute <= 10; minute++) step(1, 300 + minute * 60);
    expect(saves).toHaveLength(3);
    expect(saves.at(-1)?.days[TODAY]?.sittingSeconds).toBe(900);
  });

  it('counts an engine that starts afresh from none, and one that goes on from the account the history holds', () => {
    const fresh = recorder();
    fresh.step(1, 60);
    expect(fresh.r.current().days[TODAY]?.sittingSeconds).toBe(60);
    fresh.r.flush();
    // The engine took up its saved state, which counts the minutes between the last save and the stop.
    const after = recorder(fresh.saves.at(-1), true);
    after.step(1, 300);
    expect(after.r.current().days[TODAY]?.sittingSeconds).toBe(300);
  });

  it('does not count the sitting of an engine whose account it does not know (a history from before it kept one)', () => {
    const { r, step } = recorder(EMPTY_HISTORY, true);
    step(0, 5000);
    step(1, 5060);
    expect(r.current().days[TODAY]?.sittingSeconds).toBe(60);
  });

  it('takes back what the engine took back, from the days before when today has too little', () => {
    const { r, step } = recorder({ ...EMPTY_HISTORY, days: {} });
    step(0, 0);
    step(1, 600);
    step(60 * 20, 600);
    step(1, 500);
    expect(r.current().days[TODAY]?.sittingSeconds).toBe(500);
  });

  it('keeps what a refused save held as unsaved, tries again, and the flush at quit writes it', () => {
    const { r, saves, step, refuse } = recorder();
    refuse(new Error('ENOSPC: no space left on device'));
    step(1, 60);
    r.onEvent({ event: 'skipped', kind: 'micro', wall: START + MINUTE });
    expect(saves).toHaveLength(0);
    expect(r.flush()).toBe(false);
    refuse(null);
    expect(r.flush()).toBe(true);
    expect(saves.at(-1)?.days[TODAY]).toMatchObject({ skipped: 1, sittingSeconds: 60 });
  });

  it('after a refused save, tries again a minute later rather than at every step', () => {
    const { saves, step, refuse } = recorder();
    refuse(new Error('EACCES: permission denied'));
    step(11, 660);
    refuse(null);
    step(0.5, 690);
    expect(saves).toHaveLength(0);
    step(0.5, 720);
    expect(saves).toHaveLength(1);
  });

  it('saves exercises left out and brought back at once, in order, on the day they happened (a late night on the day before)', () => {
    let now = START;
    const saves: History[] = [];
    const r = createHistoryRecorder({ initial: EMPTY_HISTORY, save: (h) => { saves.push(h); }, utcOffset: () => 0, now: () => now });
    r.recordLeftOut('chin-tuck', 'left-out');
    r.recordLeftOut('own-wall-press', 'left-out');
    expect(saves.at(-1)?.days[TODAY]).toMatchObject({ leftOut: ['chin-tuck', 'own-wall-press'] });
    now = Date.UTC(2026, 10, 21, 3, 30);
    r.recordLeftOut('chin-tuck', 'brought-back');
    now = Date.UTC(2026, 10, 21, 4, 0);
    r.recordLeftOut('own-wall-press', 'brought-back');
    expect(saves).toHaveLength(4);
    expect(r.current().days[TODAY]).toMatchObject({ leftOut: ['chin-tuck', 'own-wall-press'], broughtBack: ['chin-tuck'] });
    expect(r.current().days['2026-11-21']).toMatchObject({ broughtBack: ['own-wall-press'] });
    expect(r.current().days['2026-11-21']?.leftOut).toBeUndefined();
  });

  it('ignores events it does not count', () => {
    const { r, saves } = recorder();
    r.onEvent({ event: 'prelude', kind: 'long', inSeconds: 30, wall: START });
    expect(saves).toHaveLength(0);
  });

  it('counts a break as taken once it has lasted 30 seconds or its routine ran to the end, never a skip or a shorter one', () => {
    let now = START;
    const r = createHistoryRecorder({ initial: EMPTY_HISTORY, save: () => undefined, utcOffset: () => 0, now: () => now });
    r.begin(false);
    const breakFor = (seconds: number, report?: 'completed' | 'ended') => {
      r.onEvent({ event: 'break-started', kind: 'long', wall: now });
      r.onStep({ settled: { totalSeconds: 0, streakSeconds: 0, longestSeconds: 0 }, breakInProgress: { kind: 'long', startedAt: now } } as EngineSnapshot);
      now += seconds * 1000;
      if (report) r.recordRoutine({ routineId: 'quick-brace', outcome: report, exercisesDone: [] });
      r.onEvent({ event: 'break-taken', kind: 'long', via: 'break', wall: now });
      r.onStep({ settled: { totalSeconds: 0, streakSeconds: 0, longestSeconds: 0 }, breakInProgress: null } as EngineSnapshot);
    };
    breakFor(20, 'ended');
    breakFor(29);
    r.onEvent({ event: 'skipped', kind: 'long', wall: now });
    expect(r.current().days[TODAY]).toMatchObject({ taken: 0, skipped: 1 });
    breakFor(30);
    breakFor(25, 'completed');
    breakFor(240, 'ended');
    r.onEvent({ event: 'break-taken', kind: 'micro', via: 'natural', wall: now });
    expect(r.current().days[TODAY]?.taken).toBe(4);
  });
});
