import { MINUTE, SECOND } from './timing';
import type { EngineEvent, EngineState, ReadingEnd, ReadingLength } from './types';

/** At an awake, unlocked machine, not on a break and not yet gone long enough for a natural break. */
export const atDesk = (s: EngineState) => !s.away && !s.locked && !s.suspended && !s.inBreak;

/** An "until input" reading switch forgotten by someone who left without locking the screen ends after this. */
export const READING_MAX_MS = 90 * MINUTE;

/**
 * Applies what a reading or the shell says of media. Playing while the user sits still makes the idle spell so far
 * watching, which is sitting; when media it found playing stops, an absence can start only from then.
 */
export function noteMedia(s: EngineState, playing: boolean): void {
  const on = playing && s.settings.watching.media && atDesk(s);
  if (on) {
    s.absentSince = null;
    s.presentFloor = s.now;
  } else if (s.media !== null && atDesk(s)) s.presentFloor = Math.max(s.presentFloor, s.now);
  s.media = on ? s.now : null;
}

/** Media seen playing says nothing once the user is back at the keyboard; the next reading asks again. */
export function inputEndsMedia(s: EngineState, lastInput: number): void {
  if (s.media !== null && lastInput - s.media >= SECOND) s.media = null;
}

export function startReading(s: EngineState, length: ReadingLength, events: EngineEvent[]): void {
  const minutes = 'minutes' in length ? length.minutes : null;
  s.reading = { since: s.now, untilMono: s.now + (minutes === null ? READING_MAX_MS : minutes * MINUTE), onInput: minutes === null };
  events.push({ event: 'reading', until: minutes === null ? null : s.wall + minutes * MINUTE });
}

/** The switch goes off at `at`; a still user's idle time counts from then. */
export function endReading(s: EngineState, why: ReadingEnd, events: EngineEvent[], at = s.now): void {
  if (!s.reading) return;
  s.reading = null;
  if (atDesk(s)) s.presentFloor = Math.max(s.presentFloor, at);
  events.push({ event: 'reading-ended', why });
}

/** A reading switch whose time has run out goes off as of that moment. */
export function followReading(s: EngineState, events: EngineEvent[]): void {
  const until = s.reading?.untilMono;
  if (until !== undefined && s.now >= until) endReading(s, 'time', events, until);
}

/**
 * Applies the reading switch to an idle reading whose last input was at `lastInput`: input since it went on ends an
 * "until input" switch; otherwise the stillness so far is reading, which is sitting.
 */
export function readingSeesInput(s: EngineState, lastInput: number, events: EngineEvent[]): void {
  const reading = s.reading;
  if (!reading) return;
  // Readings are whole seconds: input is a last input at least a second after the switch went on.
  if (reading.onInput && lastInput - reading.since >= SECOND) endReading(s, 'input', events, lastInput);
  else s.presentFloor = s.now;
}
