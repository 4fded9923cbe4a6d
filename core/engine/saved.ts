import * as z from 'zod/mini';
import '../zod-english';
import { BUSY_REASONS } from '../busy';
import { describeIssues } from '../settings/parse';
import type { UtcOffset } from '../calendar';
import { lastSeen, sittingWhenLastSeen } from './presence';
import { nextWake } from './prompts';
import { MINUTE, SECOND } from './timing';
import type { EngineState } from './types';

export const SAVED_ENGINE_VERSION = 1;

/**
 * What the machine can say about time across a restart of Limber: a monotonic clock that runs from boot (and so
 * across processes), the time since boot including sleep, and which boot this is.
 */
export interface MachineTime {
  monoMs: number;
  uptimeMs: number;
  /** Changes at every boot; null where the system has no such thing (then boot times are compared). */
  bootId: string | null;
}

const ms = z.number();
const duration = ms.check(z.minimum(0));
const announcedSchema = z.strictObject({
  kind: z.enum(['micro', 'long']), dueSit: duration, preludeSent: z.boolean(),
  dues: z.int().check(z.minimum(0)), snoozes: z.int().check(z.minimum(0)), snoozed: z.boolean(),
  holdSpent: z.optional(z.literal(true)), wasHeld: z.optional(z.literal(true)),
});

/** Each part stands alone, so that one damaged part of the file leaves the others in use. */
const PARTS = {
  /** When and on which machine clock the file was written. */
  savedAt: ms,
  machine: z.strictObject({ monoMs: ms, uptimeMs: duration, bootId: z.nullable(z.string().check(z.maxLength(100))) }),
  /** Sitting counters: total sitting time and where the streak and each interval began on it. */
  sitting: z.strictObject({ sit: duration, streakFrom: duration, longFrom: duration, microFrom: duration, longestStreak: duration }),
  /**
   * The heartbeat: how long before savedAt the user was last known at the desk, and the sitting time then; whether
   * that absence is already a natural break, and which due break it answers; whether the screen was locked.
   */
  present: z.strictObject({
    ago: duration, sit: duration, away: z.boolean(), resolves: z.nullable(z.enum(['micro', 'long'])), locked: z.boolean(),
    /** When the absence began before the sitting did (in a break that ran out): how long before savedAt the sitting began. */
    sitFromAgo: z.optional(duration),
  }),
  announced: z.nullable(announcedSchema),
  pause: z.nullable(z.union([
    z.strictObject({ untilWall: ms }), z.strictObject({ indefinite: z.literal(true) }), z.strictObject({ leftMs: duration }),
  ])),
  /** How long before savedAt idle time was last read, and how long after it the engine meant to wake next. */
  readAgo: duration,
  wakeIn: z.nullable(duration),
  /** Prompts held back since an unlock or resume, for this long after savedAt. */
  quietMs: duration,
  /** Prompts were held back when saved: an overdue break then gets its heads-up again. */
  suppressed: z.boolean(),
  inBreak: z.nullable(z.strictObject({ kind: z.enum(['micro', 'long']), startedAgo: duration })),
  /** A break held while the user was busy, and how long before savedAt the hold began; files from before holds lack it. */
  held: z.optional(z.nullable(z.strictObject({
    kind: z.enum(['micro', 'long']), reason: z.enum(BUSY_REASONS), ago: duration, again: z.boolean(),
  }))),
  /** How long the announced break waited in holds that have ended: its ceiling counts them too. */
  heldBeforeMs: z.optional(duration),
  /** The "I'm reading" switch: how long before savedAt it went on, how long it had left, and whether input ends it. */
  reading: z.optional(z.nullable(z.strictObject({ sinceAgo: duration, leftMs: duration, onInput: z.boolean() }))),
};

type Parts = { [K in keyof typeof PARTS]: z.infer<(typeof PARTS)[K]> };
export type SavedEngine = { version: typeof SAVED_ENGINE_VERSION } & Parts;

/** The engine's state as it is kept between runs: durations instead of this process's clock readings. */
export function saveEngine(s: EngineState, machine: MachineTime, offset: UtcOffset): SavedEngine {
  const wake = nextWake(s, offset);
  const presentAt = lastSeen(s);
  const presentSit = sittingWhenLastSeen(s);
  const pause = s.pause && ('untilMono' in s.pause ? { leftMs: Math.max(0, s.pause.untilMono - s.now) } : s.pause);
  return {
    version: SAVED_ENGINE_VERSION,
    savedAt: s.wall,
    machine,
    sitting: { sit: s.sit, streakFrom: s.streakFrom, longFrom: s.longFrom, microFrom: s.microFrom, longestStreak: s.longestStreak },
    present: {
      ago: s.now - presentAt, sit: presentSit, away: s.away, resolves: s.resolvedByAway, locked: s.locked,
      ...(s.absentSince !== null && s.sittingSince > s.absentSince && { sitFromAgo: s.now - s.sittingSince }),
    },
    announced: s.announced,
    pause,
    readAgo: s.now - s.lastReadAt,
    wakeIn: wake === null ? null : Math.max(0, wake - s.now),
    quietMs: Math.max(0, s.quietUntil - s.now),
    suppressed: s.suppressed,
    inBreak: s.inBreak && { kind: s.inBreak.kind, startedAgo: s.now - s.inBreak.startedAt },
    held: s.held && { kind: s.held.kind, reason: s.held.reason, ago: s.now - s.held.since, again: s.held.again },
    heldBeforeMs: s.heldBefore,
    reading: s.reading && { sinceAgo: s.now - s.reading.since, leftMs: Math.max(0, s.reading.untilMono - s.now), onInput: s.reading.onInput },
  };
}

/** The parts that change only when something happens; the rest drifts with time and is saved once a minute. */
const discrete = (saved: SavedEngine) =>
  JSON.stringify([saved.announced, saved.pause, saved.present.away, saved.present.locked, saved.inBreak, saved.held?.kind ?? null, saved.reading ?? null, saved.sitting.streakFrom, saved.sitting.longFrom, saved.sitting.microFrom]);

/** At most this long between two saves while nothing happens: what a crash can lose. */
export const HEARTBEAT_MS = MINUTE;

/** Whether `next` should be written now, given what was last written: at once on a change, else once a minute. */
export function shouldSave(last: SavedEngine | null, next: SavedEngine): boolean {
  if (!last) return true;
  // The engine's clock and the machine's are read a moment apart: a wakeup a minute after the last save can measure 59.999 s.
  return discrete(last) !== discrete(next) || next.machine.monoMs - last.machine.monoMs >= HEARTBEAT_MS - SECOND;
}

/**
 * Reads a saved engine file. A part that is missing or damaged is left out and named; a file from a newer Limber
 * is read for the parts this one understands. Null when nothing usable is left.
 */
export function salvageSavedEngine(raw: unknown): { value: SavedEngine | null; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: null, problems: ['the file does not hold an object'] };
  const stored = raw as Record<string, unknown>;
  if (Object.keys(stored).length === 0) return { value: null, problems: [] };
  const problems: string[] = [];
  const version = stored.version;
  if (version !== SAVED_ENGINE_VERSION) {
    problems.push(typeof version === 'number' && version > SAVED_ENGINE_VERSION
      ? `version ${version} comes from a newer Limber; this one reads version ${SAVED_ENGINE_VERSION}`
      : `version must be ${SAVED_ENGINE_VERSION}`);
  }
  const unknown = Object.keys(stored).filter((key) => key !== 'version' && !(key in PARTS));
  if (unknown.length > 0) problems.push(`unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  const parts: Partial<Record<keyof Parts, unknown>> = {};
  for (const [key, schema] of Object.entries(PARTS) as [keyof Parts, z.ZodMiniType][]) {
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) parts[key] = parsed.data;
    else problems.push(...describeIssues(parsed.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }))));
  }
  // Without its times and sitting counters a file says nothing about now; without the rest it can still be used.
  if (!('savedAt' in parts && 'machine' in parts && 'sitting' in parts && 'present' in parts)) return { value: null, problems };
  const value = {
    version: SAVED_ENGINE_VERSION, announced: null, pause: null, readAgo: 0, wakeIn: null, quietMs: 0, suppressed: true, inBreak: null, ...parts,
  } as SavedEngine;
  return { value, problems };
}
