import type { UtcOffset } from '../calendar';
import type { EngineEvent } from '../engine/types';
import { describeIssues, isNewer, type Salvaged } from '../settings/parse';
import { validationWords } from '../words/validation';
import { decodeDays, STORED_VERSION, STORED_VERSIONS_READ } from './codec';
import {
  dayRecordSchema, EMPTY_DAY, EMPTY_HISTORY, engineAccountSchema, HISTORY_VERSION, type DayRecord, type History,
} from './records';
import type { CheckIn, RoutineReport } from './reports';

/** A little over two years of days; one record a day keeps the file small. */
export const KEPT_DAYS = 800;

const words = validationWords.history;

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;
// As for "pause until tomorrow", a late night belongs to the day it started.
const DAY_TURNS_AT = 4 * 60 * MINUTE;

/** The local calendar day a moment counts towards, as YYYY-MM-DD. */
export const dayKey = (wall: number, offset: UtcOffset): string =>
  new Date(wall + offset(wall) * MINUTE - DAY_TURNS_AT).toISOString().slice(0, 10);

function updateDay(history: History, day: string, change: (record: DayRecord) => Partial<DayRecord>): History {
  const record = history.days[day] ?? EMPTY_DAY;
  return { ...history, days: { ...history.days, [day]: { ...record, ...change(record) } } };
}

const COUNTED: Partial<Record<EngineEvent['event'], keyof DayRecord>> = {
  snoozed: 'snoozed', skipped: 'skipped', 'natural-break': 'natural',
};

/**
 * Counts a decision of the engine: a first `due` is a prompt (a reminder or a snoozed break coming back is not
 * another); a hold counts, with how long it waited, on the day it ends. Whether a break was taken needs more than one
 * event: the recorder decides it (recorder.ts) and counts it with `addTaken`.
 */
export function countEvent(history: History, day: string, event: EngineEvent): History {
  if (event.event === 'due' && event.repeat === undefined) return updateDay(history, day, (r) => ({ prompts: r.prompts + 1 }));
  if (event.event === 'hold-ended') {
    return updateDay(history, day, (r) => ({ held: r.held + (event.again ? 0 : 1), heldSeconds: r.heldSeconds + event.heldSeconds }));
  }
  const field = COUNTED[event.event];
  return field ? updateDay(history, day, (r) => ({ [field]: (r[field] as number) + 1 })) : history;
}

export const addTaken = (history: History, day: string): History => updateDay(history, day, (r) => ({ taken: r.taken + 1 }));

/**
 * Adds sitting to a day and raises its longest streak. Sitting the engine took back comes off this day, and what this
 * day doesn't have off the days before it: a correction can come after the day turned.
 */
export function addSitting(history: History, day: string, seconds: number, streakSeconds: number): History {
  const added = Math.round(seconds);
  if (added === 0 && streakSeconds <= (history.days[day]?.longestStreakSeconds ?? 0)) return history;
  let next = updateDay(history, day, (r) => ({
    sittingSeconds: Math.max(0, r.sittingSeconds + added),
    longestStreakSeconds: Math.max(r.longestStreakSeconds, Math.round(streakSeconds)),
  }));
  let owed = Math.max(0, -added - (history.days[day]?.sittingSeconds ?? 0));
  for (const earlier of Object.keys(history.days).filter((d) => d < day).sort().reverse()) {
    if (owed === 0) break;
    const taken = Math.min(owed, history.days[earlier]?.sittingSeconds ?? 0);
    next = updateDay(next, earlier, (r) => ({ sittingSeconds: r.sittingSeconds - taken }));
    owed -= taken;
  }
  return next;
}

export function addRoutine(history: History, day: string, report: RoutineReport): History {
  return updateDay(history, day, (r) => {
    const exercises = { ...r.exercises };
    for (const id of report.exercisesDone) exercises[id] = (exercises[id] ?? 0) + 1;
    return {
      exercises,
      routinesCompleted: r.routinesCompleted + (report.outcome === 'completed' ? 1 : 0),
      routinesEnded: r.routinesEnded + (report.outcome === 'ended' ? 1 : 0),
      hurtStops: r.hurtStops + (report.outcome === 'hurt' ? 1 : 0),
    };
  });
}

/** What happened to a left-out exercise: This hurts left it out, or the user brought it back. */
export type LeftOutChange = 'left-out' | 'brought-back';

const CHANGE_FIELD = { 'left-out': 'leftOut', 'brought-back': 'broughtBack' } as const;

export function addLeftOut(history: History, day: string, exerciseId: string, change: LeftOutChange): History {
  const field = CHANGE_FIELD[change];
  return updateDay(history, day, (r) => ({ [field]: [...(r[field] ?? []), exerciseId] }));
}

const NO_RATINGS = { sum: 0, count: 0 };

export function addCheckIn(history: History, day: string, { moment, rating }: CheckIn): History {
  return updateDay(history, day, (r) => {
    const stiffness = r.stiffness ?? { before: NO_RATINGS, after: NO_RATINGS };
    const { sum, count } = stiffness[moment];
    return { stiffness: { ...stiffness, [moment]: { sum: sum + rating, count: count + 1 } } };
  });
}

/** Keeps the newest `KEPT_DAYS` days. Day keys sort as dates. */
export function prune(history: History, keep = KEPT_DAYS): History {
  const days = Object.keys(history.days).sort();
  if (days.length <= keep) return history;
  return { ...history, days: Object.fromEntries(days.slice(-keep).map((day) => [day, history.days[day] as DayRecord])) };
}

/** Reads a stored history day by day: a damaged day is dropped and named, and every other day is kept. */
export function salvageHistory(raw: unknown): Salvaged<History> {
  const days = typeof raw === 'object' && raw !== null && 'days' in raw ? raw.days : undefined;
  if (typeof raw === 'object' && raw !== null && Object.keys(raw).length === 0) {
    return { value: EMPTY_HISTORY, problems: [] };
  }
  if (typeof days !== 'object' || days === null || Array.isArray(days)) {
    return { value: EMPTY_HISTORY, problems: [words.noDays] };
  }
  const { version, days: _days, exercises, engineAccount, ...extra } = raw as Record<string, unknown>;
  if (isNewer(raw, STORED_VERSION)) {
    // Read as the newest rows this Limber knows; the days that don't fit are left out.
    const understood = salvageHistory({ ...(raw as Record<string, unknown>), version: STORED_VERSION });
    return { value: understood.value, newer: true, problems: [words.newerVersion(String(version), STORED_VERSION)] };
  }
  const stored = STORED_VERSIONS_READ.find((v) => v === version);
  if (version !== HISTORY_VERSION && stored === undefined) {
    return { value: EMPTY_HISTORY, problems: [words.unreadableVersion(String(version), [HISTORY_VERSION, ...STORED_VERSIONS_READ])] };
  }
  const kept: Record<string, DayRecord> = {};
  const problems: string[] = Object.keys(extra).length > 0 ? [words.unknownFields(Object.keys(extra))] : [];
  const records = stored === undefined ? days : decodeDays({ exercises, days: days as Record<string, unknown> }, stored);
  for (const [day, record] of Object.entries(records)) {
    const parsed = dayRecordSchema.safeParse(record);
    if (!DAY_KEY.test(day)) problems.push(words.notADay(day));
    else if (parsed.success) kept[day] = parsed.data;
    else problems.push(...describeIssues(parsed.error.issues, 'field').map((issue) => words.onDay(day, issue)));
  }
  const account = engineAccountSchema.safeParse(engineAccount);
  if (engineAccount !== undefined && !account.success) problems.push(words.engineAccount);
  return { value: { version: HISTORY_VERSION, days: kept, ...(account.success && { engineAccount: account.data }) }, problems };
}
