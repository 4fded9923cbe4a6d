import { describe, expect, it } from 'vitest';
import { nextWake } from '../../../core/engine/prompts';
import { initialState, step } from '../../../core/engine/step';
import type { EngineEvent, EngineInput, EngineState } from '../../../core/engine/types';
import { parseSettings } from '../../../core/settings/parse';

const settings = (() => {
  const parsed = parseSettings({ microBreak: { enabled: false }, preludeSeconds: 0 });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return parsed.value;
})();
const WALL = Date.parse('2026-03-02T09:00:00Z');
const utc = () => 0;
const S = 1000;

/** Feeds inputs at (mono, wall, idle) moments and collects every decision. */
function drive(inputs: [EngineInput, number, (number | undefined)?, number?][]): { state: EngineState; events: EngineEvent[] } {
  let state = initialState(settings, { mono: 0, wall: WALL });
  const events: EngineEvent[] = [];
  for (const [input, mono, idleSeconds, wall = WALL + mono] of inputs) {
    const result = step(state, input, { mono, wall, ...(idleSeconds === undefined ? {} : { idleSeconds }) }, utc);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

const wake: EngineInput = { type: 'wake' };
const user = (action: 'start-break' | 'finish-break'): EngineInput => ({ type: 'user', action: { action } });

describe('step', () => {
  it('never lets an idle reading reach back past the end of a break', () => {
    // The routine ends by itself; the idle counter still counts from the last keystroke before the break.
    const { state, events } = drive([
      [wake, 600 * S, 0], [user('start-break'), 600 * S], [user('finish-break'), 900 * S],
      [wake, 930 * S, 330], [wake, 1100 * S, 500],
    ]);
    expect(events.map((e) => e.event)).toEqual(['break-started', 'break-taken']);
    expect(state.away).toBe(false);
    expect(state.absentSince).toBe(900 * S);
  });

  it('takes the length of a sleep from the wall clock when the monotonic clock stood still', () => {
    const { events, state } = drive([
      [wake, 600 * S, 0], [{ type: 'system', event: 'suspend' }, 601 * S, 0],
      [{ type: 'system', event: 'resume' }, 601.5 * S, undefined, WALL + 601 * S + 3600 * S],
    ]);
    expect(events).toEqual([{ event: 'natural-break', awaySeconds: 3600 }]);
    expect(state.sit - state.streakFrom).toBe(0);
  });

  it('counts a break closed by the watchdog as over at its planned end, not as proof the user is back', () => {
    const { state } = drive([[user('start-break'), 10 * S], [wake, 10 * S + 15 * 60 * S, 15 * 60]]);
    expect(state.inBreak).toBeNull();
    expect(state.away).toBe(true);
  });

  it('counts a lock that outlasts a break left open as a spell away, ending at the unlock', () => {
    const lock: EngineInput = { type: 'system', event: 'lock' };
    const unlock: EngineInput = { type: 'system', event: 'unlock' };
    const { events } = drive([[user('start-break'), 10 * S], [lock, 20 * S, 0], [wake, 10 * S + 15 * 60 * S, 0], [unlock, 3600 * S]]);
    expect(events).toEqual([
      { event: 'break-started', kind: 'long' }, { event: 'break-taken', kind: 'long', via: 'break' },
      { event: 'natural-break', awaySeconds: 3590 },
    ]);
  });

  it('sleeps with no timer while suspended, and only watches the clock during a break', () => {
    const suspended = drive([[{ type: 'system', event: 'suspend' }, 10 * S, 0]]).state;
    expect(nextWake(suspended, utc)).toBeNull();
    const onBreak = drive([[user('start-break'), 10 * S]]).state;
    expect(nextWake(onBreak, utc)).toBe(10 * S + 5 * 60 * S + 10 * 60 * S);
  });

  it('drops an announced break when its interval changes or its kind is switched off', () => {
    const announced = drive([[wake, 2700 * S, 0]]).state;
    expect(announced.announced?.kind).toBe('long');
    const at = { mono: 2701 * S, wall: WALL + 2701 * S };
    const changed = (patch: object) => {
      const next = parseSettings({ ...patch, microBreak: { enabled: false }, preludeSeconds: 0 });
      if (!next.ok) throw new Error(next.errors.join());
      return step(announced, { type: 'settings', settings: next.value }, at, utc).state.announced;
    };
    expect(changed({ longBreak: { everyMinutes: 60 } })).toBeNull();
    expect(changed({ longBreak: { enabled: false } })).toBeNull();
    expect(changed({ awayMinutes: 10 })?.kind).toBe('long');
  });

  it('keeps the previous state untouched', () => {
    const before = initialState(settings, { mono: 0, wall: WALL });
    const copy = structuredClone(before);
    step(before, { type: 'system', event: 'lock' }, { mono: 5 * S, wall: WALL + 5 * S, idleSeconds: 2 }, utc);
    expect(before).toEqual(copy);
  });
});
