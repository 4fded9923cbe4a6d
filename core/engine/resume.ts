import type { UtcOffset } from '../calendar';
import type { Settings } from '../settings/schema';
import { confirmAway, isSitting, readIdle } from './presence';
import { evaluatePrompts } from './prompts';
import { followReading } from './still';
import type { MachineTime, SavedEngine } from './saved';
import { initialState } from './step';
import { awayMs, HOUR, MINUTE, SECOND } from './timing';
import type { EngineEvent, EngineState, Observation } from './types';

/** A saved state older than this says too little about today to be trusted. */
export const SAVED_STATE_MAX_AGE_MS = 24 * HOUR;
/** Two boot times read from different clocks (wall less uptime) within this of each other are the same boot. */
const SAME_BOOT_SLACK_MS = 2 * MINUTE;

interface Downtime {
  /** Time since the save, as the machine measured it where it could. */
  elapsed: number;
  /** The part of it the machine was asleep or off: never sitting. */
  asleep: number;
}

/**
 * How long Limber was down. Within one boot the machine's clocks measure it, whatever the wall clock did meanwhile;
 * across a reboot only the wall clock spans it, and the machine was off for all but the time since boot.
 */
export function downtime(saved: SavedEngine, wall: number, machine: MachineTime): Downtime {
  const before = saved.machine;
  const sameBoot = before.bootId !== null && machine.bootId !== null
    ? before.bootId === machine.bootId
    : Math.abs((saved.savedAt - before.uptimeMs) - (wall - machine.uptimeMs)) < SAME_BOOT_SLACK_MS && machine.monoMs >= before.monoMs;
  if (sameBoot) {
    const awake = Math.max(0, machine.monoMs - before.monoMs);
    const asleep = Math.max(0, machine.uptimeMs - before.uptimeMs - awake);
    return { elapsed: awake + asleep, asleep };
  }
  const elapsed = Math.max(wall - saved.savedAt, machine.uptimeMs);
  return { elapsed, asleep: elapsed - machine.uptimeMs };
}

export interface Resumed {
  state: EngineState;
  events: EngineEvent[];
  /** Why the saved state was not used, when it was not. */
  ignored: string | null;
}

/**
 * The engine as it would be had it never stopped, from what it saved. The time it did not see runs from the last
 * moment it knew the user was at the desk to the last input since: at least awayMinutes of it is a natural break,
 * as an absence is while running; a shorter one is sitting, less any time the machine was asleep or off.
 */
export function resumeState(
  saved: SavedEngine | null, settings: Settings, at: Observation & { idleSeconds: number }, machine: MachineTime, offset: UtcOffset,
): Resumed {
  const s = initialState(settings, at);
  const events: EngineEvent[] = [];
  if (!saved) return { state: s, events, ignored: null };
  const gap = downtime(saved, at.wall, machine);
  if (gap.elapsed > SAVED_STATE_MAX_AGE_MS) return { state: s, events, ignored: 'it is more than a day old' };

  // The moment Limber stopped, on this run's clock.
  const stoppedAt = s.now - gap.elapsed;
  Object.assign(s, saved.sitting, { sit: saved.present.sit, announced: saved.announced, suppressed: saved.suppressed });
  s.quietUntil = Math.max(s.now, stoppedAt + saved.quietMs);
  const pause = saved.pause;
  s.pause = pause && ('leftMs' in pause ? { untilMono: stoppedAt + pause.leftMs } : pause);
  // A break in progress goes on; it ends as it would have, when the user finishes it or it has long overrun.
  if (saved.inBreak) s.inBreak = { kind: saved.inBreak.kind, startedAt: stoppedAt - saved.inBreak.startedAgo };
  // A held break stays held until a reading, taken at once, says whether the user is still busy.
  s.heldBefore = saved.announced ? saved.heldBeforeMs ?? 0 : 0;
  if (saved.held) s.held = { kind: saved.held.kind, reason: saved.held.reason, since: stoppedAt - saved.held.ago, freeSince: null, again: saved.held.again };
  // The reading switch goes on; one whose time ran out meanwhile ends as of then (below). Media is read again.
  const reading = saved.reading;
  if (reading) s.reading = { since: stoppedAt - reading.sinceAgo, untilMono: stoppedAt + reading.leftMs, onInput: reading.onInput };

  const lastSeen = stoppedAt - saved.present.ago;
  const lastInput = Math.max(s.now - at.idleSeconds * 1000, lastSeen);
  Object.assign(s, { sittingSince: lastSeen, presentFloor: lastSeen });
  // Readings are whole seconds: a return is an input at least a second after the user was last seen.
  const returned = lastInput - lastSeen >= SECOND;
  if (saved.present.locked && lastInput - stoppedAt < SECOND) {
    // No input since Limber stopped, so still locked as far as anything says: the absence goes on, and the unlock will end it.
    Object.assign(s, { locked: true, absentSince: lastSeen, sitAtAbsence: s.sit, away: saved.present.away, resolvedByAway: saved.present.resolves });
  } else if (saved.present.away || (returned && !stillReading(reading, stoppedAt, lastInput, settings) && lastInput - lastSeen >= awayMs(settings))) {
    Object.assign(s, { absentSince: lastSeen, sitAtAbsence: s.sit });
    if (saved.present.away) Object.assign(s, { away: true, resolvedByAway: saved.present.resolves });
    else confirmAway(s);
  } else {
    // Sitting, as while running: an absence counts as sitting until it has lasted awayMinutes.
    const sitAtLastSeen = s.sit;
    // Sitting runs from the last sight of the user, or from the end of the break they were last seen in.
    const sitFrom = Math.max(lastSeen, stoppedAt - (saved.present.sitFromAgo ?? Infinity));
    if (isSitting(s)) s.sit += s.now - sitFrom - Math.min(gap.asleep, lastInput - lastSeen);
    // During a break nobody is expected at the desk: its end says when the user was last seen.
    if (!returned && !s.inBreak) Object.assign(s, { absentSince: lastSeen, sitAtAbsence: sitAtLastSeen });
  }
  followReading(s, events);
  // The reading now dates the last input: a return ends the natural break, a quiet spell since begins an absence.
  readIdle(s, at.idleSeconds, events);
  // Readings keep their beat: this one stands for the wakeup that fell while Limber was down, if one did.
  const missedWake = saved.wakeIn === null ? null : stoppedAt + saved.wakeIn;
  s.lastReadAt = missedWake !== null && missedWake <= s.now ? missedWake : stoppedAt - saved.readAgo;
  evaluatePrompts(s, offset, events);
  return { state: s, events, ignored: null };
}

/**
 * Whether the reading switch covered the stillness before the input that ended the unseen time: it did unless its time
 * (for an "until input" switch, its ceiling) ran out awayMinutes or more before that input.
 */
function stillReading(reading: SavedEngine['reading'], stoppedAt: number, lastInput: number, settings: Settings): boolean {
  return reading != null && stoppedAt + reading.leftMs > lastInput - awayMs(settings);
}
