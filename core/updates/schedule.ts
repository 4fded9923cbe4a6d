import * as z from 'zod/mini';

/**
 * When Limber asks the update feed, and when it tells the user a check failed: a check a day at most, only when the
 * user chose checks, and a failure told at most once a day (the rest go to the log).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long after a check the next one comes. */
export const CHECK_EVERY_MS = DAY_MS;
/** After a start, the first check waits this long, so that it never competes with the start itself. */
export const FIRST_CHECK_AFTER_MS = 60_000;

/** What Limber remembers of its update checks, in its state file. */
export interface UpdateMemory {
  /** When the feed was last asked, answered or not. */
  lastCheck: number | null;
  /** When a failed check or download was last told to the user. */
  failureTold: number | null;
  /** The version that ran last: the first start of a newer one says what is new. */
  lastRunVersion: string | null;
  /** The release notes of a version downloaded to install, kept for its first start. */
  notes: { version: string; text: string } | null;
  /** Whether the user has been asked if Limber may check: at the welcome, or once after an update brought checks. */
  asked: boolean;
  /** The newer version last told in a notification: each is told once. */
  toldVersion: string | null;
}

export const NO_UPDATE_MEMORY: UpdateMemory = { lastCheck: null, failureTold: null, lastRunVersion: null, notes: null, asked: false, toldVersion: null };

const moment = z.nullable(z.number().check(z.int(), z.nonnegative()));
/** Longer is no version Limber publishes: such a one is never offered or kept. */
export const MAX_VERSION_CHARS = 100;
const version = z.string().check(z.maxLength(MAX_VERSION_CHARS));
/** Notes longer than this are cut where they are offered (offer.ts): a release's notes are a few paragraphs. */
export const MAX_NOTES_CHARS = 20_000;
export const updateMemorySchema = z.strictObject({
  lastCheck: moment,
  failureTold: moment,
  lastRunVersion: z.nullable(version),
  notes: z.nullable(z.strictObject({ version, text: z.string().check(z.maxLength(MAX_NOTES_CHARS)) })),
  asked: z.boolean(),
  toldVersion: z.nullable(version),
});

/** A moment in the future is a clock set back since: it says nothing of how long ago that was. */
const since = (then: number | null, now: number) => (then === null || then > now ? null : now - then);

/** How long from `now` until the next check. */
export function nextCheckIn(memory: UpdateMemory, now: number): number {
  const ago = since(memory.lastCheck, now);
  return ago === null ? FIRST_CHECK_AFTER_MS : Math.max(FIRST_CHECK_AFTER_MS, CHECK_EVERY_MS - ago);
}

/** Whether a failure now is told to the user: the first in a day is; the others only go to the log. */
export function tellsFailure(memory: UpdateMemory, now: number): boolean {
  const ago = since(memory.failureTold, now);
  return ago === null || ago >= DAY_MS;
}
