import { tomorrowMorning, type UtcOffset } from '../calendar';
import type { BreakKind } from '../kinds';
import { markPresent } from './presence';
import { nextBreak, restartIntervals } from './prompts';
import { endReading, startReading } from './still';
import { MINUTE } from './timing';
import type { EngineEvent, EngineState, PauseLength, UserAction } from './types';

/** Ends the break in progress as taken; the user was last known at the desk at `presentAt`. */
export function finishBreak(s: EngineState, events: EngineEvent[], presentAt = s.now): void {
  const kind = s.inBreak?.kind;
  if (!kind) return;
  events.push({ event: 'break-taken', kind, via: 'break' });
  if (kind === 'long') {
    s.longestStreak = Math.max(s.longestStreak, s.sit - s.streakFrom);
    s.streakFrom = s.sit;
  }
  restartIntervals(s, kind);
  s.inBreak = null;
  s.presentFloor = presentAt;
}

function snooze(s: EngineState, events: EngineEvent[]): void {
  const { strict, snooze: rules } = s.settings;
  const announced = s.announced;
  if (strict) events.push({ event: 'snooze-refused', reason: 'strict' });
  else if (!announced) events.push({ event: 'snooze-refused', reason: 'nothing-due' });
  else if (announced.snoozes >= rules.limit) events.push({ event: 'snooze-refused', reason: 'limit' });
  else {
    const snoozes = announced.snoozes + 1;
    s.announced = { ...announced, snoozes, snoozed: true, preludeSent: true, dueSit: s.sit + rules.minutes * MINUTE };
    events.push({ event: 'snoozed', kind: announced.kind, minutes: rules.minutes, snoozesLeft: rules.limit - snoozes });
  }
}

function skip(s: EngineState, events: EngineEvent[]): void {
  const kind = s.announced?.kind;
  if (s.settings.strict) events.push({ event: 'skip-refused', reason: 'strict' });
  else if (!kind) events.push({ event: 'skip-refused', reason: 'nothing-due' });
  else {
    restartIntervals(s, kind);
    s.announced = null;
    events.push({ event: 'skipped', kind });
  }
}

function startBreak(s: EngineState, requested: BreakKind | undefined, events: EngineEvent[]): void {
  if (s.inBreak) {
    events.push({ event: 'ignored', action: 'start-break', reason: 'in-break' });
    return;
  }
  const kind = requested ?? s.announced?.kind ?? nextBreak(s)?.kind ?? 'long';
  s.inBreak = { kind, startedAt: s.now };
  // A long break answers any announced break; a micro break leaves an announced long one standing.
  if (kind === 'long' || s.announced?.kind === 'micro') s.announced = null;
  events.push({ event: 'break-started', kind });
}

function pause(s: EngineState, length: PauseLength, offset: UtcOffset, events: EngineEvent[]): void {
  let until: number | null = null;
  if ('minutes' in length) {
    s.pause = { untilMono: s.now + length.minutes * MINUTE };
    until = s.wall + length.minutes * MINUTE;
  } else if (length.until === 'tomorrow') {
    until = tomorrowMorning(s.settings.workingHours, s.wall, offset);
    s.pause = { untilWall: until };
  } else s.pause = { indefinite: true };
  events.push({ event: 'paused', until });
}

export function applyAction(s: EngineState, action: UserAction, offset: UtcOffset, events: EngineEvent[]): void {
  markPresent(s, events);
  switch (action.action) {
    case 'snooze': snooze(s, events); break;
    case 'skip': skip(s, events); break;
    case 'start-break': startBreak(s, action.kind, events); break;
    case 'finish-break':
      if (s.inBreak) finishBreak(s, events);
      else events.push({ event: 'ignored', action: 'finish-break', reason: 'not-in-break' });
      break;
    case 'pause': pause(s, action, offset, events); break;
    case 'resume':
      if (s.pause) {
        s.pause = null;
        events.push({ event: 'resumed' });
      } else events.push({ event: 'ignored', action: 'resume', reason: 'not-paused' });
      break;
    case 'reading': startReading(s, action, events); break;
    case 'stop-reading':
      if (s.reading) endReading(s, 'off', events);
      else events.push({ event: 'ignored', action: 'stop-reading', reason: 'not-reading' });
  }
}
