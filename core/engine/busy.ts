import type { BusyReason, WantedSignals } from '../busy';
import { atDesk } from './still';
import { MINUTE, SECOND } from './timing';
import type { Announced, EngineEvent, EngineState, Held, HoldEnd, HoldOutcome } from './types';

/** A busy reading is asked for this long before the prompt or natural break it is for. */
export const BUSY_LEAD_MS = 15 * SECOND;
/** While a break is held, busy is read this often, to see the user free again soon after. */
export const HOLD_READ_MS = 30 * SECOND;
/** A reading stands this long: from one read to the next while held, and up to the moment it was asked ahead of. */
export const BUSY_FRESH_MS = HOLD_READ_MS + BUSY_LEAD_MS;
/**
 * A held break waits until a reading this long after the first free one finds the user still free, so a call that
 * drops and reconnects brings no prompt; with a reading every HOLD_READ_MS, the break comes 30–60 s after the call.
 */
export const HOLD_GRACE_MS = 30 * SECOND;
/** A reading not answered within this is given up, and another may be asked for. */
export const BUSY_REPLY_MS = 30 * SECOND;
/** Two readings that found a signal on this far apart say nothing of the time between: its run starts again. */
export const BUSY_RUN_GAP_MS = 30 * MINUTE;

/** Whether any signal that holds breaks is switched on. */
export const anyBusySignalOn = (s: EngineState) => s.settings.busy.call || s.settings.busy.fullscreen || s.settings.busy.dnd;

/** The signals a reading asks for now. */
export const wantedSignals = (s: EngineState): WantedSignals => {
  const { call, fullscreen, dnd } = s.settings.busy;
  return { call, fullscreen, dnd, media: s.settings.watching.media };
};

/** A reading recent enough to go by, busy or not. */
const hasReading = (s: EngineState) => s.busyReadAt !== null && s.now - s.busyReadAt <= BUSY_FRESH_MS;

/** What the latest reading says, while it is recent enough to go by. */
export const busyNow = (s: EngineState): BusyReason | null => (hasReading(s) ? s.busy : null);

const holdMaxMs = (s: EngineState) => s.settings.busy.holdMaxMinutes * MINUTE;

/** How long the announced break has waited in all: its earlier holds, and the one going on. */
const heldMs = (s: EngineState) => s.heldBefore + (s.held ? s.now - s.held.since : 0);

/** When the hold going on reaches its ceiling, on the engine's timeline: the break's earlier holds count towards it. */
export const holdCeilingAt = (s: EngineState, held: Held) => held.since + holdMaxMs(s) - s.heldBefore;

/** The silence going on now began while the last reading said busy: it may be the call, so it is no absence yet. */
export const silentWhileBusy = (s: EngineState) =>
  s.busy !== null && s.absentSince !== null && s.busyReadAt !== null && s.absentSince <= s.busyReadAt;

/** Applies a busy reading. Busy at the desk is sitting, keyboard or not: a silent hour in a call is not a break. */
export function readBusy(s: EngineState, reason: BusyReason | null): void {
  const silent = silentWhileBusy(s);
  const runGoesOn = s.busy !== null && s.busy === reason && s.busyReadAt !== null && s.now - s.busyReadAt <= BUSY_RUN_GAP_MS;
  s.busyAskedAt = null;
  s.busyReadAt = s.now;
  s.busy = reason !== null && s.settings.busy[reason] ? reason : null;
  s.busySince = s.busy === null ? null : runGoesOn ? s.busySince : s.now;
  if (s.busy !== null) {
    if (atDesk(s)) {
      s.absentSince = null;
      s.presentFloor = s.now;
    }
    if (s.held) s.held = { ...s.held, reason: s.busy, freeSince: null };
    return;
  }
  // Engaged until now, as far as anyone can tell: that absence can start only from here.
  if (silent && atDesk(s)) s.presentFloor = Math.max(s.presentFloor, s.now);
  if (s.held && s.held.freeSince === null) s.held = { ...s.held, freeSince: s.now };
}

/**
 * Ends the hold going on. Its event says how long this hold lasted, for the history to add up; what it returns says
 * how long the break has waited in all, for its prompt to tell.
 */
export function endHold(s: EngineState, why: HoldEnd, events: EngineEvent[]): HoldOutcome | undefined {
  const held = s.held;
  if (!held) return undefined;
  const heldSeconds = Math.round((s.now - held.since) / SECOND);
  events.push({ event: 'hold-ended', kind: held.kind, why, reason: held.reason, heldSeconds, ...(held.again && { again: true as const }) });
  s.heldBefore = heldMs(s);
  s.held = null;
  return { reason: held.reason, heldSeconds: Math.round(s.heldBefore / SECOND) };
}

export type HoldDecision = { hold: boolean; announced: Announced; ended?: HoldOutcome | undefined };

/**
 * Whether a prompt for `a`, about to fire, waits because the user is busy. With no recent reading (a prompt that
 * comes of a click, a settings change or a restart), it waits for one, at most BUSY_REPLY_MS. A held break is offered
 * when a reading finds the user still free the grace after an earlier one did, or when the hold reaches its ceiling;
 * after that, being busy no longer holds it.
 */
export function holdPrompt(s: EngineState, a: Announced, events: EngineEvent[]): HoldDecision {
  const held = s.held;
  if (a.holdSpent || !anyBusySignalOn(s)) {
    s.promptWaitSince = null;
    return { hold: false, announced: a };
  }
  // The ceiling counts every hold of this break, so that a signal that is always on can't hold it afresh after each lock.
  if (heldMs(s) >= holdMaxMs(s)) {
    const ended = endHold(s, 'ceiling', events);
    return { hold: false, announced: { ...a, holdSpent: true }, ended };
  }
  if (!held && !hasReading(s)) {
    s.promptWaitSince ??= s.now;
    if (s.now - s.promptWaitSince < BUSY_REPLY_MS) return { hold: true, announced: a };
  }
  s.promptWaitSince = null;
  const reason = busyNow(s);
  if (reason !== null) {
    if (!held) events.push({ event: 'held', kind: a.kind, reason });
    s.held = held ? { ...held, kind: a.kind } : { kind: a.kind, reason, since: s.now, freeSince: null, again: a.wasHeld === true };
    return { hold: true, announced: { ...a, wasHeld: true } };
  }
  if (!held) return { hold: false, announced: a };
  // Only a reading taken the grace after the first free one can end the hold; a wakeup in between can't.
  const freeFor = held.freeSince === null || s.busyReadAt === null ? 0 : s.busyReadAt - held.freeSince;
  if (freeFor < HOLD_GRACE_MS) return { hold: true, announced: a };
  return { hold: false, announced: a, ended: endHold(s, 'free', events) };
}

/** A signal switched off stops holding at once; what the others say needs a reading of its own. */
export function followSignalSwitches(s: EngineState, events: EngineEvent[]): void {
  if (s.busy !== null && !s.settings.busy[s.busy]) {
    s.busy = null;
    s.busyReadAt = null;
  }
  if (s.held && !s.settings.busy[s.held.reason]) endHold(s, 'free', events);
}
