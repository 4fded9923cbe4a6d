import type { BusyReason, SignalReading } from '../busy';
import type { BreakKind } from '../kinds';
import type { Settings } from '../settings/schema';

export type SystemEvent = 'suspend' | 'resume' | 'lock' | 'unlock';
export type PauseLength = { minutes: number } | { until: 'tomorrow' | 'resume' };
/** How long the "I'm reading" switch keeps a still user counted as sitting: until the next input, or some minutes. */
export type ReadingLength = { until: 'input' } | { minutes: number };

export type UserAction =
  | { action: 'snooze' }
  | { action: 'skip' }
  | { action: 'start-break'; kind?: BreakKind }
  | { action: 'finish-break' }
  | ({ action: 'pause' } & PauseLength)
  | { action: 'resume' }
  | ({ action: 'reading' } & ReadingLength)
  | { action: 'stop-reading' };

export type EngineInput =
  | { type: 'wake' }
  | { type: 'system'; event: SystemEvent }
  | { type: 'user'; action: UserAction }
  | { type: 'settings'; settings: Settings }
  /** A reading of the signals: why the user can't take a break now, and whether media is playing. */
  | { type: 'signals'; reading: SignalReading }
  /** The shell saw the media that a reading found playing stop. */
  | { type: 'media-stopped' };

/** What the outside world looks like when an input arrives. Idle is read only for inputs that need it. */
export interface Observation {
  mono: number;
  wall: number;
  idleSeconds?: number;
}

export type RefusalReason = 'strict' | 'limit' | 'nothing-due' | 'not-in-break' | 'in-break' | 'not-paused' | 'not-reading';

export type EngineEvent =
  | { event: 'prelude'; kind: BreakKind; inSeconds: number }
  | { event: 'due'; kind: BreakKind; repeat?: number; held?: HoldOutcome }
  | { event: 'held'; kind: BreakKind; reason: BusyReason }
  | ({ event: 'hold-ended'; kind: BreakKind; why: HoldEnd; again?: true } & HoldOutcome)
  | { event: 'natural-break'; awaySeconds: number }
  | { event: 'break-started'; kind: BreakKind }
  | { event: 'break-taken'; kind: BreakKind; via: 'break' | 'natural' }
  | { event: 'snoozed'; kind: BreakKind; minutes: number; snoozesLeft: number }
  | { event: 'snooze-refused'; reason: RefusalReason }
  | { event: 'skipped'; kind: BreakKind }
  | { event: 'skip-refused'; reason: RefusalReason }
  | { event: 'paused'; until: number | null }
  | { event: 'resumed' }
  /** The "I'm reading" switch went on, until this wall-clock time or (null) the next input. */
  | { event: 'reading'; until: number | null }
  | { event: 'reading-ended'; why: ReadingEnd }
  | { event: 'ignored'; action: UserAction['action']; reason: RefusalReason };

/**
 * How a hold ends: the user is free again (or its signal was switched off), it reached its ceiling, the break was
 * taken, skipped or dropped, or prompts went quiet for another reason (a pause, a lock, sleep, working hours).
 */
/** The reading switch ends at the first input, when its minutes run out, when switched off, or when the user leaves (a lock or sleep). */
export type ReadingEnd = 'input' | 'time' | 'off' | 'left';

export type HoldEnd = 'free' | 'ceiling' | 'answered' | 'quiet';
export interface HoldOutcome { reason: BusyReason; heldSeconds: number }

/** A break whose prompts wait while the user is busy. */
export interface Held {
  kind: BreakKind;
  reason: BusyReason;
  since: number;
  /** When a reading first found the user free again, or null while still busy. */
  freeSince: number | null;
  /** The same break was held before (and offered, or silenced, in between): one held break, not two. */
  again: boolean;
}

/** A break that has been announced (prelude or due) and is not yet taken, snoozed away or skipped. */
export interface Announced {
  kind: BreakKind;
  /** Sitting time at which the next `due` (first or reminder) fires. */
  dueSit: number;
  preludeSent: boolean;
  dues: number;
  snoozes: number;
  snoozed: boolean;
  /** This break was held up to the ceiling: being busy no longer holds it. */
  holdSpent?: true;
  /** This break has been held at some time. */
  wasHeld?: true;
}

export type Pause = { untilMono: number } | { untilWall: number } | { indefinite: true };

/**
 * The whole engine state: plain data, so it can be stored and compared.
 * Times are on the engine's timeline: the monotonic clock plus any time it missed while suspended.
 * "Sit" values are sitting time: that timeline less locked, suspended, away and in-break time.
 */
export interface EngineState {
  settings: Settings;
  now: number;
  wall: number;
  monoOffset: number;
  sit: number;
  /** Sitting time has grown without a stop since this moment. */
  sittingSince: number;
  streakFrom: number;
  longFrom: number;
  microFrom: number;
  longestStreak: number;
  /** Last input before the current absence (idle spell, lock or suspend), or null while the user is active. */
  absentSince: number | null;
  sitAtAbsence: number;
  away: boolean;
  resolvedByAway: BreakKind | null;
  /** Input readings can't predate this: the last resume, unlock, finished break or user action. */
  presentFloor: number;
  locked: boolean;
  suspended: { mono: number; wall: number } | null;
  quietUntil: number;
  lastReadAt: number;
  announced: Announced | null;
  inBreak: { kind: BreakKind; startedAt: number } | null;
  pause: Pause | null;
  suppressed: boolean;
  /** The last busy reading and when it was taken; readings go stale (see busy.ts). */
  busy: BusyReason | null;
  busyReadAt: number | null;
  /** While `busy` is set: the first of the readings in a row that found it on, none too far apart (see BUSY_RUN_GAP_MS). */
  busySince: number | null;
  /** A busy reading has been asked for at this moment and not yet answered. */
  busyAskedAt: number | null;
  held: Held | null;
  /** How long the announced break waited in holds that have ended: its ceiling counts them, and a break no longer announced has none. */
  heldBefore: number;
  /** What held the announced break, when its latest due came right after the hold; null otherwise. */
  dueHeld: HoldOutcome | null;
  /** A prompt due since this moment waits for a first busy reading (at most BUSY_REPLY_MS). */
  promptWaitSince: number | null;
  /**
   * When a reading found media playing while the user sat still, as long as nothing has said it stopped and the
   * user has given no input since; null otherwise.
   */
  media: number | null;
  /** The "I'm reading" switch: on since `since` until `untilMono`, or until the next input first when `onInput`. */
  reading: { since: number; untilMono: number; onInput: boolean } | null;
}
