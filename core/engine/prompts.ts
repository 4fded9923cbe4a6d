import { isWorkingTime, nextWorkingHoursChange, type UtcOffset } from '../calendar';
import type { BreakKind } from '../kinds';
import { BUSY_LEAD_MS, BUSY_REPLY_MS, anyBusySignalOn, endHold, holdCeilingAt, holdPrompt, HOLD_READ_MS, silentWhileBusy } from './busy';
import { isSitting } from './presence';
import { awayMs, breakMs, BREAK_OVERRUN_MS, MERGE_MS, MIN_GAP_MS, MINUTE, POLL_MS, preludeMs, REMIND_MS } from './timing';
import type { Announced, EngineEvent, EngineState, HoldOutcome } from './types';

const longDue = (s: EngineState) =>
  s.settings.longBreak.enabled ? s.longFrom + s.settings.longBreak.everyMinutes * MINUTE : Infinity;
const microDue = (s: EngineState) =>
  s.settings.microBreak.enabled ? s.microFrom + s.settings.microBreak.everyMinutes * MINUTE : Infinity;

/**
 * The next break on the schedule, in sitting time. A micro break that would come (or, overdue, come now)
 * less than MERGE_MS before a long one gives way to it.
 */
export function nextBreak(s: EngineState): { kind: BreakKind; dueSit: number } | null {
  const long = longDue(s);
  const micro = microDue(s);
  if (long === Infinity && micro === Infinity) return null;
  return Math.max(micro, s.sit) + MERGE_MS < long ? { kind: 'micro', dueSit: micro } : { kind: 'long', dueSit: long };
}

/** A break's interval restarts when it is taken or skipped; a long one restarts the micro interval too. */
export function restartIntervals(s: EngineState, kind: BreakKind): void {
  if (kind === 'long') s.longFrom = s.sit;
  s.microFrom = s.sit;
}

export function isPaused(s: EngineState): boolean {
  const pause = s.pause;
  if (pause === null || 'indefinite' in pause) return pause !== null;
  return 'untilMono' in pause ? s.now < pause.untilMono : s.wall < pause.untilWall;
}

function promptsSuppressed(s: EngineState, offset: UtcOffset): boolean {
  return (
    !isSitting(s) || s.pause !== null || s.now < s.quietUntil || !isWorkingTime(s.settings.workingHours, s.wall, offset)
  );
}

const fresh = (kind: BreakKind, dueSit: number): Announced =>
  ({ kind, dueSit, preludeSent: false, dues: 0, snoozes: 0, snoozed: false });

/** Fires what is due: prelude, due, reminders. After any quiet spell an overdue break gets a fresh prelude. */
export function evaluatePrompts(s: EngineState, offset: UtcOffset, events: EngineEvent[]): void {
  if (s.pause !== null && !isPaused(s)) {
    s.pause = null;
    events.push({ event: 'resumed' });
  }
  if (s.held && (!s.announced || s.inBreak)) endHold(s, 'answered', events);
  if (!s.announced) {
    s.heldBefore = 0;
    s.dueHeld = null;
  }
  if (promptsSuppressed(s, offset)) {
    // A hold counts only time in which a prompt could have come; after the quiet spell, a new reading decides.
    endHold(s, 'quiet', events);
    s.promptWaitSince = null;
    s.suppressed = true;
    return;
  }
  let a = s.announced;
  if (s.suppressed && a && s.sit >= a.dueSit) a = { ...a, preludeSent: false };
  s.suppressed = false;
  // A long break coming up while a micro one is still open takes its place, warning included.
  if (a?.kind === 'micro' && s.sit >= longDue(s) - preludeMs(s.settings)) a = { ...fresh('long', longDue(s)), snoozes: a.snoozes };
  const next = a ? null : nextBreak(s);
  if (next && s.sit >= next.dueSit - preludeMs(s.settings)) a = fresh(next.kind, next.dueSit);
  if (!a) return;
  const firing = (!a.preludeSent && preludeMs(s.settings) > 0) || s.sit >= a.dueSit;
  if (firing) {
    const decision = holdPrompt(s, a, events);
    a = decision.announced;
    if (decision.hold) {
      s.announced = a;
      return;
    }
    // After a hold the break is offered at once: waiting was the warning.
    if (decision.ended && s.sit >= a.dueSit) a = { ...a, preludeSent: true };
    fire(s, a, decision.ended, events);
  } else s.announced = a;
}

function fire(s: EngineState, announced: Announced, held: HoldOutcome | undefined, events: EngineEvent[]): void {
  let a = announced;
  if (!a.preludeSent) {
    a = { ...a, preludeSent: true };
    if (preludeMs(s.settings) > 0) {
      if (s.sit >= a.dueSit) a.dueSit = s.sit + preludeMs(s.settings);
      events.push({ event: 'prelude', kind: a.kind, inSeconds: (a.dueSit - s.sit) / 1000 });
    }
  }
  if (s.sit >= a.dueSit) {
    const due: EngineEvent = { event: 'due', kind: a.kind };
    if (a.dues > 0) due.repeat = a.dues;
    if (held) due.held = held;
    s.dueHeld = held ?? null;
    events.push(due);
    a = { ...a, dues: a.dues + 1, snoozed: false, dueSit: s.sit + REMIND_MS };
  }
  s.announced = a;
}

/** Sitting time at which the next prompt (or a micro break's replacement by a long one) fires. */
function nextPromptSit(s: EngineState): number | null {
  const a = s.announced;
  if (a) return a.kind === 'micro' ? Math.min(a.dueSit, longDue(s) - preludeMs(s.settings)) : a.dueSit;
  const next = nextBreak(s);
  return next ? next.dueSit - preludeMs(s.settings) : null;
}

/** When a pause runs out, if it runs out by itself. */
function pauseEnds(s: EngineState): number[] {
  const pause = s.pause;
  if (pause && 'untilMono' in pause) return [pause.untilMono];
  if (pause && 'untilWall' in pause) return [s.now + pause.untilWall - s.wall];
  return [];
}

/** When quiet ends: a pause running out, the grace after a return, working hours starting. */
function quietEnds(s: EngineState, offset: UtcOffset): number[] {
  const ends = pauseEnds(s);
  if (s.quietUntil > s.now) ends.push(s.quietUntil);
  const hoursChange = nextWorkingHoursChange(s.settings.workingHours, s.wall, offset);
  if (hoursChange !== null) ends.push(s.now + hoursChange - s.wall);
  return ends;
}

/** When the current idle spell would become a natural break, if it is one that could. */
const absenceMoment = (s: EngineState) =>
  (s.absentSince !== null && !s.away && !s.locked ? [s.absentSince + awayMs(s.settings)] : []);

/** The moments a prompt or a natural break may next be decided, on the engine's timeline. */
function decisionMoments(s: EngineState, offset: UtcOffset): number[] {
  const moments = absenceMoment(s);
  if (promptsSuppressed(s, offset)) moments.push(...quietEnds(s, offset));
  // A held prompt waits for a reading (see busyCheckAt) or the hold's ceiling, not for its own time, which has passed;
  // one waiting for a first reading, for it or for the moment it gives up waiting.
  else if (s.held) moments.push(holdCeilingAt(s, s.held));
  else if (s.promptWaitSince !== null) moments.push(s.promptWaitSince + BUSY_REPLY_MS);
  else {
    const promptSit = nextPromptSit(s);
    if (promptSit !== null) moments.push(s.now + promptSit - s.sit);
  }
  return moments;
}

/**
 * When the signals should next be read, on the engine's timeline: shortly before a prompt (while a busy signal is on)
 * or a natural break is decided, at once for a prompt waiting for a first reading, and regularly while a break is held
 * (a hold never outlives a quiet spell: evaluatePrompts ends it) or a call goes on in silence. Media playing is read
 * only before a natural break: a video that goes on is read again when the stillness after the reading would make one.
 * Null while nothing is near, a reading is awaited, or every signal is off.
 */
function busyCheckAt(s: EngineState, moments: number[]): number | null {
  const busyOn = anyBusySignalOn(s);
  if ((!busyOn && !s.settings.watching.media) || s.suspended || s.locked || s.inBreak) return null;
  if (s.busyAskedAt !== null && s.now - s.busyAskedAt < BUSY_REPLY_MS) return null;
  if (busyOn && s.promptWaitSince !== null) return s.now;
  if (busyOn && s.held) return s.busyReadAt === null ? s.now : s.busyReadAt + HOLD_READ_MS;
  // A silent call: read as often as while held, so that the silence after it is dated within a reading.
  if (silentWhileBusy(s) && s.busyReadAt !== null) return s.busyReadAt + HOLD_READ_MS;
  const at = Math.min(...(busyOn ? moments : absenceMoment(s))) - BUSY_LEAD_MS;
  // One reading per moment: a reading taken within its lead covers it.
  if (at === Infinity || (s.busyReadAt !== null && s.busyReadAt >= at)) return null;
  return at;
}

/**
 * The engine's next wakeup on its own timeline (null while suspended), and when busy should next be read (null when
 * not). Nothing runs in between.
 */
export function nextWakes(s: EngineState, offset: UtcOffset): { wake: number | null; busyAt: number | null } {
  if (s.suspended) return { wake: null, busyAt: null };
  // During a break: its overrun, and a pause running out, which the tray should show when it happens.
  if (s.inBreak) {
    const overrun = s.inBreak.startedAt + breakMs(s.settings, s.inBreak.kind) + BREAK_OVERRUN_MS;
    return { wake: Math.max(Math.min(overrun, ...pauseEnds(s)), s.now + MIN_GAP_MS), busyAt: null };
  }
  const moments = decisionMoments(s, offset);
  const busyAt = busyCheckAt(s, moments);
  const wakes = [s.lastReadAt + POLL_MS, ...moments];
  // A timed reading switch ends on time, so the tray shows it and the stillness after it counts from then.
  if (s.reading) wakes.push(s.reading.untilMono);
  if (busyAt !== null) wakes.push(busyAt);
  return { wake: Math.max(Math.min(...wakes), s.now + MIN_GAP_MS), busyAt };
}

export const nextWake = (s: EngineState, offset: UtcOffset) => nextWakes(s, offset).wake;
