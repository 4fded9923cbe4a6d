import type { DayRecord, EngineAccount, History } from './records';

/** The file format: one short row of numbers a day, so two years stay far below 200 KB. */
export const STORED_VERSION = 4;
/**
 * Version 2 rows lack the last counts (held breaks and how long they waited), which are then 0; versions 2 and 3
 * rows end with the exercise counts, as nothing was left out then.
 */
export const STORED_VERSIONS_READ = [2, 3, STORED_VERSION] as const;
type ReadVersion = (typeof STORED_VERSIONS_READ)[number];

const COUNTS = [
  'sittingSeconds', 'longestStreakSeconds', 'prompts', 'taken', 'natural', 'snoozed', 'skipped',
  'routinesCompleted', 'routinesEnded', 'hurtStops', 'held', 'heldSeconds',
] as const satisfies readonly (keyof DayRecord)[];
const COUNTS_IN = { 2: 10, 3: COUNTS.length, [STORED_VERSION]: COUNTS.length } as const;
/** The lists of exercises a day may end with, after its exercise counts; absent when empty, as most days are. */
const CHANGES = ['leftOut', 'broughtBack'] as const satisfies readonly (keyof DayRecord)[];
const CHANGES_IN = { 2: 0, 3: 0, [STORED_VERSION]: CHANGES.length } as const;

/**
 * A day: the COUNTS in order, then the stiffness tallies [before sum, count, after sum, count] or 0, then the
 * exercise counts, then (version 4, when there are any) the exercises left out and brought back. Exercises are
 * written as their places in `exercises`.
 */
type StoredRow = (number | number[])[];

interface StoredHistory {
  version: typeof STORED_VERSION;
  /** Names the exercises of each row's counts and lists. */
  exercises: string[];
  days: Record<string, StoredRow>;
  engineAccount?: EngineAccount;
}

const trimZeros = (values: number[]) => values.slice(0, values.findLastIndex((v) => v !== 0) + 1);
const trimEmpty = (lists: number[][]) => lists.slice(0, lists.findLastIndex((list) => list.length > 0) + 1);
const namedIn = (day: DayRecord) => [...Object.keys(day.exercises), ...CHANGES.flatMap((field) => day[field] ?? [])];

export function encodeHistory(history: History): StoredHistory {
  const exercises = [...new Set(Object.values(history.days).flatMap(namedIn))].sort();
  const place = new Map(exercises.map((id, i) => [id, i]));
  const days: StoredHistory['days'] = {};
  for (const [day, r] of Object.entries(history.days)) {
    days[day] = [
      ...COUNTS.map((field) => r[field]),
      r.stiffness ? [r.stiffness.before.sum, r.stiffness.before.count, r.stiffness.after.sum, r.stiffness.after.count] : 0,
      trimZeros(exercises.map((id) => r.exercises[id] ?? 0)),
      ...trimEmpty(CHANGES.map((field) => (r[field] ?? []).map((id) => place.get(id) ?? -1))),
    ];
  }
  return { version: STORED_VERSION, exercises, days, ...(history.engineAccount && { engineAccount: history.engineAccount }) };
}

const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => typeof v === 'number');

/**
 * Turns stored rows back into day records for validation. A row of the wrong shape is passed on as it is,
 * so the day's validation names it and drops that day only.
 */
export function decodeDays(
  stored: { exercises?: unknown; days: Record<string, unknown> }, version: ReadVersion = STORED_VERSION,
): Record<string, unknown> {
  const width = COUNTS_IN[version];
  const names: string[] = Array.isArray(stored.exercises) && stored.exercises.every((n) => typeof n === 'string') ? stored.exercises : [];
  // A place that names no exercise becomes '', which the day's validation refuses.
  const named = (places: number[]) => places.map((i) => names[i] ?? '');
  const decoded: Record<string, unknown> = {};
  for (const [day, row] of Object.entries(stored.days)) {
    const cells: unknown[] = Array.isArray(row) ? row : [];
    const counts = cells.slice(0, width);
    const [stiffness, done, ...changes] = cells.slice(width);
    const wellFormed = cells.length >= width + 2 && changes.length <= CHANGES_IN[version] && isNumbers(counts)
      && isNumbers(done) && done.length <= names.length && changes.every(isNumbers)
      && (stiffness === 0 || (isNumbers(stiffness) && stiffness.length === 4));
    if (!wellFormed) {
      decoded[day] = row;
      continue;
    }
    const [bs = 0, bc = 0, as = 0, ac = 0] = isNumbers(stiffness) ? stiffness : [];
    decoded[day] = {
      ...Object.fromEntries(COUNTS.map((field, i): [string, unknown] => [field, counts[i] ?? 0])),
      exercises: Object.fromEntries(done.flatMap((n, i): [string, number][] => (n > 0 ? [[names[i] ?? '', n]] : []))),
      ...(stiffness === 0 ? {} : { stiffness: { before: { sum: bs, count: bc }, after: { sum: as, count: ac } } }),
      ...Object.fromEntries(CHANGES.flatMap((field, i) => {
        const places = changes[i];
        return isNumbers(places) && places.length > 0 ? [[field, named(places)]] : [];
      })),
    };
  }
  return decoded;
}
