import { busyNow } from './busy';
import { inputEndsMedia, readingSeesInput } from './still';
import { awayMs, SECOND } from './timing';
import type { EngineEvent, EngineState } from './types';

/** Sitting time grows only while the user is at an awake, unlocked machine and not on a break. */
export const isSitting = (s: EngineState) => !s.locked && !s.suspended && !s.away && !s.inBreak;

export function advance(s: EngineState, now: number): void {
  if (now <= s.now) return;
  if (isSitting(s)) s.sit += now - s.now;
  else s.sittingSince = now;
  s.now = now;
}

/** The last moment the user was seen at the desk: the current absence's start, a reading, a click, an unlock. */
export const lastSeen = (s: EngineState): number =>
  s.absentSince ?? (s.away ? s.now : Math.max(s.lastReadAt, s.sittingSince, Math.min(s.presentFloor, s.now)));

/**
 * The sitting up to the moment the user was last seen: what no later reading, nor a restart, can take back. A still
 * spell counts as sitting until it has lasted awayMinutes, and is then taken back as a natural break.
 */
export const sittingWhenLastSeen = (s: EngineState): number =>
  Math.max(0, s.absentSince !== null ? s.sitAtAbsence : s.sit - (isSitting(s) ? s.now - lastSeen(s) : 0));

/** The user has given no input since `lastInput`; remember how much sitting there was at that moment. */
export function beginAbsence(s: EngineState, lastInput: number): void {
  s.absentSince = lastInput;
  s.sitAtAbsence = s.sit - (s.now - Math.max(lastInput, s.sittingSince));
}

/** The absence has lasted awayMinutes: it is a natural break, so the idle part of it was never sitting. */
export function confirmAway(s: EngineState): void {
  s.away = true;
  s.longestStreak = Math.max(s.longestStreak, s.sitAtAbsence - s.streakFrom);
  s.sit = s.sitAtAbsence;
  // A break held while the user was busy was as good as due.
  if (s.announced && (s.announced.dues > 0 || s.announced.wasHeld)) s.resolvedByAway = s.announced.kind;
  s.announced = null;
}

/**
 * The user is back at `returnedAt`: a long enough absence is a natural break and restarts every interval.
 * Only an unlock, resume or click times a return exactly; a return seen in an idle reading is dated to the
 * last input, which may be later than the real return, so it counts as away only if a reading saw it so.
 */
function endAbsence(s: EngineState, returnedAt: number, exact: boolean, events: EngineEvent[]): void {
  const since = s.absentSince;
  s.presentFloor = Math.max(s.presentFloor, returnedAt);
  if (since === null) return;
  s.absentSince = null;
  if (!s.away && !(exact && returnedAt - since >= awayMs(s.settings))) return;
  if (!s.away) confirmAway(s);
  events.push({ event: 'natural-break', awaySeconds: Math.round((returnedAt - since) / SECOND) });
  if (s.resolvedByAway) events.push({ event: 'break-taken', kind: s.resolvedByAway, via: 'natural' });
  s.away = false;
  s.resolvedByAway = null;
  s.streakFrom = s.longFrom = s.microFrom = s.sit;
  if (isSitting(s)) {
    s.sit += s.now - returnedAt;
    s.sittingSince = returnedAt;
  }
}

/** Applies an idle reading: seconds since the last keyboard or mouse input. */
export function readIdle(s: EngineState, idleSeconds: number, events: EngineEvent[]): void {
  s.lastReadAt = s.now;
  if (s.inBreak || s.locked || s.suspended) return;
  readingSeesInput(s, s.now - idleSeconds * SECOND, events);
  inputEndsMedia(s, s.now - idleSeconds * SECOND);
  const lastInput = Math.max(s.now - idleSeconds * SECOND, s.presentFloor);
  // Readings are whole seconds, so two readings of one idle spell can differ by just under a second.
  if (s.absentSince !== null && lastInput - s.absentSince >= SECOND) endAbsence(s, lastInput, false, events);
  if (s.absentSince === null && !s.away && s.now - lastInput >= SECOND) beginAbsence(s, lastInput);
  if (s.absentSince !== null && !s.away && s.now - s.absentSince >= awayMs(s.settings)) {
    if (busyNow(s) === null && s.media === null) confirmAway(s);
    else {
      // No input, but a call, a presentation or a video is going on: still at the desk.
      s.absentSince = null;
      s.presentFloor = s.now;
    }
  }
}

/** A lock or suspend begins (or continues) an absence that started at the last input. */
export function leaveDesk(s: EngineState, idleSeconds: number, events: EngineEvent[]): void {
  if (s.inBreak || s.locked || s.suspended) return;
  readIdle(s, idleSeconds, events);
  if (s.absentSince === null && !s.away) beginAbsence(s, s.now);
}

/** A user action, unlock or resume shows the user is at the desk now. */
export function markPresent(s: EngineState, events: EngineEvent[]): void {
  if (s.locked || s.suspended) return;
  endAbsence(s, s.now, true, events);
}
