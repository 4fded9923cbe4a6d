import type { BusyReason } from '../busy';
import { isWorkingTime, type UtcOffset } from '../calendar';
import type { BreakKind } from '../kinds';
import { advance, sittingWhenLastSeen } from './presence';
import { isPaused, nextBreak } from './prompts';
import { BUSY_RUN_GAP_MS, holdCeilingAt } from './busy';
import type { EngineState, HoldOutcome } from './types';

/** A due that came right after a hold: what held it, how long in all, and whether it waited up to the ceiling. */
export interface AfterHold extends HoldOutcome { ceiling: boolean }

export interface EngineSnapshot {
  sittingSeconds: number;
  longestSittingSeconds: number;
  totalSittingSeconds: number;
  /** The sitting up to the moment the user was last seen, which nothing later can take back (presence.ts). */
  settled: { totalSeconds: number; streakSeconds: number; longestSeconds: number };
  nextBreak: { kind: BreakKind; inSeconds: number } | null;
  pending: { kind: BreakKind; phase: 'prelude' | 'due' | 'snoozed'; afterHold?: AfterHold } | null;
  /** While the pending break is snoozed: the wall time it comes back if the user sits on without a break. */
  snoozedUntil?: number;
  snoozesLeft: number;
  breakInProgress: { kind: BreakKind; startedAt: number } | null;
  /**
   * A break waiting because the user is busy, why, for how long so far, whether a reading has found them free, and the
   * wall time its ceiling ends the wait at the latest (absent once a hold of this break has reached it).
   */
  held: { kind: BreakKind; reason: BusyReason; seconds: number; free: boolean; until?: number } | null;
  /** The signal the readings have found on, one after another, and for how long; absent when none has. */
  busyRun?: { reason: BusyReason; seconds: number };
  paused: { until: number | null } | null;
  /** The "I'm reading" switch is on, until this wall time or (null) the next input. */
  reading: { until: number | null } | null;
  away: boolean;
  locked: boolean;
  suspended: boolean;
  workingTime: boolean;
}

const seconds = (ms: number) => Math.round(ms / 1000);

/** The break the user has been asked to take (due or snoozed), as opposed to one only announced by a prelude. */
export const dueBreak = (s: EngineSnapshot) => (s.pending && s.pending.phase !== 'prelude' ? s.pending : null);

/** What the UI shows, as of `now` on the engine's timeline and `wall` on the wall clock. */
export function snapshot(state: EngineState, now: number, wall: number, offset: UtcOffset): EngineSnapshot {
  const s = { ...state };
  advance(s, now);
  s.wall = wall;
  const streak = s.away ? 0 : s.sit - s.streakFrom;
  const settled = sittingWhenLastSeen(s);
  const settledStreak = s.away ? 0 : Math.max(0, seconds(settled - s.streakFrom));
  const a = s.announced;
  const next = a ? { kind: a.kind, dueSit: a.dueSit } : nextBreak(s);
  const { strict, snooze } = s.settings;
  const pause = isPaused(s) ? s.pause : null;
  // A run is told as of its latest reading, while a next one could still carry it on.
  const run = s.busy !== null && s.busySince !== null && s.busyReadAt !== null && s.now - s.busyReadAt <= BUSY_RUN_GAP_MS
    ? { reason: s.busy, seconds: seconds(s.busyReadAt - s.busySince) }
    : null;
  return {
    sittingSeconds: seconds(streak),
    longestSittingSeconds: seconds(Math.max(s.longestStreak, streak)),
    totalSittingSeconds: seconds(s.sit),
    settled: {
      totalSeconds: seconds(settled),
      streakSeconds: settledStreak,
      longestSeconds: Math.max(seconds(s.longestStreak), settledStreak),
    },
    // An overdue break (prompts silenced meanwhile) is due now, not in negative time.
    nextBreak: next && { kind: next.kind, inSeconds: Math.max(0, seconds(next.dueSit - s.sit)) },
    pending: a && {
      kind: a.kind, phase: a.snoozed ? 'snoozed' : a.dues > 0 ? 'due' : 'prelude',
      ...(s.dueHeld && !a.snoozed && { afterHold: { ...s.dueHeld, ceiling: a.holdSpent === true } }),
    },
    ...(a?.snoozed && { snoozedUntil: wall + Math.max(0, a.dueSit - s.sit) }),
    snoozesLeft: strict ? 0 : snooze.limit - (a?.snoozes ?? 0),
    breakInProgress: s.inBreak && { kind: s.inBreak.kind, startedAt: wall - (s.now - s.inBreak.startedAt) },
    held: s.held && {
      kind: s.held.kind, reason: s.held.reason, seconds: seconds(s.heldBefore + s.now - s.held.since), free: s.held.freeSince !== null,
      ...(!a?.holdSpent && { until: wall + Math.max(0, holdCeilingAt(s, s.held) - s.now) }),
    },
    ...(run && { busyRun: run }),
    paused: pause && {
      until: 'untilWall' in pause ? pause.untilWall : 'untilMono' in pause ? wall + pause.untilMono - s.now : null,
    },
    reading: s.reading && { until: s.reading.onInput ? null : wall + s.reading.untilMono - s.now },
    away: s.away,
    locked: s.locked,
    suspended: s.suspended !== null,
    workingTime: isWorkingTime(s.settings.workingHours, wall, offset),
  };
}
