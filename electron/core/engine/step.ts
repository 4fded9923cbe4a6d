import type { UtcOffset } from '../calendar';
import type { Settings } from '../settings/schema';
import { applyAction, finishBreak } from './actions';
import { advance, beginAbsence, leaveDesk, markPresent, readIdle } from './presence';
import { evaluatePrompts } from './prompts';
import { BREAK_OVERRUN_MS, breakMs, RETURN_GRACE_MS } from './timing';
import type { EngineEvent, EngineInput, EngineState, Observation, SystemEvent } from './types';

export function initialState(settings: Settings, at: Observation): EngineState {
  return {
    settings, now: at.mono, wall: at.wall, monoOffset: 0,
    sit: 0, streakFrom: 0, longFrom: 0, microFrom: 0, longestStreak: 0,
    absentSince: null, sitAtAbsence: 0, away: false, resolvedByAway: null, presentFloor: at.mono,
    locked: false, suspended: null, quietUntil: at.mono, lastReadAt: at.mono,
    announced: null, inBreak: null, pause: null, suppressed: false,
  };
}

/** Inputs that need a fresh idle reading: the engine's own wakeups, and the moment the user leaves. */
export const needsIdle = (input: EngineInput) =>
  input.type === 'wake' || (input.type === 'system' && (input.event === 'lock' || input.event === 'suspend'));

function backAtDesk(s: EngineState, events: EngineEvent[]): void {
  markPresent(s, events);
  s.quietUntil = s.now + RETURN_GRACE_MS;
}

function onSystem(s: EngineState, event: SystemEvent, at: Observation, events: EngineEvent[]): void {
  const idle = at.idleSeconds ?? 0;
  switch (event) {
    case 'lock':
      leaveDesk(s, idle, events);
      s.locked = true;
      break;
    case 'suspend':
      leaveDesk(s, idle, events);
      s.suspended ??= { mono: at.mono, wall: at.wall };
      break;
    case 'unlock':
      if (!s.locked) return;
      s.locked = false;
      backAtDesk(s, events);
      break;
    case 'resume':
      if (!s.suspended) return;
      s.suspended = null;
      backAtDesk(s, events);
  }
}

/** The engine as a pure function: the state after one input, and the decisions it produced. */
export function step(
  state: EngineState, input: EngineInput, at: Observation, offset: UtcOffset,
): { state: EngineState; events: EngineEvent[] } {
  const s = { ...state };
  const events: EngineEvent[] = [];
  if (input.type === 'system' && input.event === 'resume' && s.suspended) {
    // Monotonic clocks stop during sleep on some systems; the wall clock tells how long it really was.
    const missed = at.wall - s.suspended.wall - (at.mono - s.suspended.mono);
    s.monoOffset += Math.max(0, missed);
  }
  advance(s, at.mono + s.monoOffset);
  s.wall = at.wall;
  switch (input.type) {
    case 'wake':
      if (s.inBreak && s.now >= s.inBreak.startedAt + breakMs(s.settings, s.inBreak.kind) + BREAK_OVERRUN_MS) {
        // Nobody closed the break: the user was last seen starting it, and no sitting has counted since.
        const { startedAt } = s.inBreak;
        finishBreak(s, events, startedAt);
        beginAbsence(s, startedAt, s.sit);
      }
      readIdle(s, at.idleSeconds ?? 0, events);
      break;
    case 'system': onSystem(s, input.event, at, events); break;
    case 'user': applyAction(s, input.action, offset, events); break;
    case 'settings':
      s.settings = input.settings;
      if (s.announced && !s.settings[s.announced.kind === 'long' ? 'longBreak' : 'microBreak'].enabled) s.announced = null;
  }
  evaluatePrompts(s, offset, events);
  return { state: s, events };
}
