import type { UtcOffset } from '../calendar';
import type { Settings } from '../settings/schema';
import { applyAction, finishBreak } from './actions';
import { followSignalSwitches, readBusy } from './busy';
import { atDesk, endReading, followReading, noteMedia } from './still';
import { advance, beginAbsence, leaveDesk, markPresent, readIdle } from './presence';
import { evaluatePrompts } from './prompts';
import { BREAK_OVERRUN_MS, breakMs, RETURN_GRACE_MS } from './timing';
import type { EngineEvent, EngineInput, EngineState, Observation, SystemEvent } from './types';

export function initialState(settings: Settings, at: Observation): EngineState {
  return {
    settings, now: at.mono, wall: at.wall, monoOffset: 0,
    sit: 0, sittingSince: at.mono, streakFrom: 0, longFrom: 0, microFrom: 0, longestStreak: 0,
    absentSince: null, sitAtAbsence: 0, away: false, resolvedByAway: null, presentFloor: at.mono,
    locked: false, suspended: null, quietUntil: at.mono, lastReadAt: at.mono,
    announced: null, inBreak: null, pause: null, suppressed: false,
    busy: null, busyReadAt: null, busySince: null, busyAskedAt: null, held: null, heldBefore: 0, dueHeld: null,
    promptWaitSince: null, media: null, reading: null,
  };
}

/**
 * Inputs that need a fresh idle reading: the engine's own wakeups, the moment the user leaves, and a busy reading,
 * which may end a hold just as the user has been gone long enough for a natural break.
 */
export const needsIdle = (input: EngineInput) =>
  input.type === 'wake' || input.type === 'signals' || (input.type === 'system' && (input.event === 'lock' || input.event === 'suspend'));

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
      endReading(s, 'left', events);
      break;
    case 'suspend':
      leaveDesk(s, idle, events);
      s.suspended ??= { mono: at.mono, wall: at.wall };
      endReading(s, 'left', events);
      break;
    case 'unlock':
      if (!s.locked) return;
      s.locked = false;
      backAtDesk(s, events);
      break;
    case 'resume':
      backAtDesk(s, events);
  }
}

/** Leaves suspend. Monotonic clocks stop during sleep on some systems; the wall clock tells how long it was. */
function wakeFromSuspend(s: EngineState, at: Observation): void {
  if (!s.suspended) return;
  s.monoOffset += Math.max(0, at.wall - s.suspended.wall - (at.mono - s.suspended.mono));
  advance(s, at.mono + s.monoOffset);
  s.suspended = null;
}

/** The engine as a pure function: the state after one input, and the decisions it produced. */
export function step(
  state: EngineState, input: EngineInput, at: Observation, offset: UtcOffset,
): { state: EngineState; events: EngineEvent[] } {
  const s = { ...state };
  const events: EngineEvent[] = [];
  // Anything but another suspend shows the machine is awake, even if the resume event was lost.
  const waking = s.suspended && !(input.type === 'system' && input.event === 'suspend');
  if (waking) wakeFromSuspend(s, at);
  advance(s, at.mono + s.monoOffset);
  s.wall = at.wall;
  followReading(s, events);
  switch (input.type) {
    case 'wake':
      if (s.inBreak && s.now >= s.inBreak.startedAt + breakMs(s.settings, s.inBreak.kind) + BREAK_OVERRUN_MS) {
        // Nobody closed the break: the user was last seen starting it; the reading below says what came after.
        finishBreak(s, events, s.inBreak.startedAt);
        // Locked all along: the absence began when the user started the break, and the unlock will end it.
        if (s.locked && s.absentSince === null) beginAbsence(s, s.presentFloor);
      }
      readIdle(s, at.idleSeconds ?? 0, events);
      break;
    case 'system':
      if (input.event !== 'resume' || waking) onSystem(s, input.event, at, events);
      break;
    case 'user': applyAction(s, input.action, offset, events); break;
    case 'settings': {
      const key = s.announced?.kind === 'long' ? 'longBreak' : 'microBreak';
      const [before, after] = [s.settings[key], input.settings[key]];
      // An announced break stands only while its kind stays on at the same interval.
      if (!after.enabled || after.everyMinutes !== before.everyMinutes) s.announced = null;
      s.settings = input.settings;
      followSignalSwitches(s, events);
      break;
    }
    case 'signals':
      readBusy(s, input.reading.busy);
      noteMedia(s, input.reading.media);
      readIdle(s, at.idleSeconds ?? 0, events);
      break;
    case 'media-stopped': noteMedia(s, false);
  }
  // Media matters only while it keeps a still user at the desk, and only while watching counts.
  if (!atDesk(s) || !s.settings.watching.media) s.media = null;
  evaluatePrompts(s, offset, events);
  return { state: s, events };
}
