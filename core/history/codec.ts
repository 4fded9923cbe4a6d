import type { DayRecord, EngineAccount, History } from './records';

/** The file format: one short row of numbers a day, so two years stay far below 200 KB. */
export const STORED_VERSION = 3;
/** Version 2 rows lack the last counts (held breaks and how long they waited), which are then 0. */
export const STORED_VERSIONS_READ = [2, STORED_VERSION] as const;

const COUNTS = [
  'sittingSeconds', 'longestStreakSeconds', 'prompts', 'taken', 'natural', 'snoozed', 'skipped',
  'routinesCompleted', 'routinesEnded', 'hurtStops', 'held', 'heldSeconds',
] as const satisfies readonly (keyof DayRecord)[];
const COUNTS_IN = { 2: 10, [STORED_VERSION]: COUNTS.length } as const;

interface StoredHistory {
  version: typeof STORED_VERSION;
  /** Names the columns of each row's exercise counts. */
  exercises: string[];
  /** Each day: the COUNTS in order, then the stiffness tallies [before sum, count, after sum, count] or 0, then exercise counts. */
  days: Record<string, [...number[], number[] | 0, number[]]>;
  engineAccount?: EngineAccount;
}

const trimZeros = (values: number[]) => values.slice(0, values.findLastIndex((v) => v !== 0) + 1);

export function encodeHistory(history: History): StoredHistory {
  const exercises = [...new Set(Object.values(history.days).flatMap((day) => Object.keys(day.exercises)))].sort();
  const days: StoredHistory['days'] = {};
  for (const [day, r] of Object.entries(history.days)) {
    const done = r.exercises as Record<string, number | undefined>;
    days[day] = [
      ...COUNTS.map((field) => r[field]),
      r.stiffness ? [r.stiffness.before.sum, r.stiffness.before.count, r.stiffness.after.sum, r.stiffness.after.count] : 0,
      trimZeros(exercises.map((id) => done[id] ?? 0)),
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
  stored: { exercises?: unknown; days: Record<string, unknown> }, version: (typeof STORED_VERSIONS_READ)[number] = STORED_VERSION,
): Record<string, unknown> {
  const width = COUNTS_IN[version];
  const names: string[] = Array.isArray(stored.exercises) && stored.exercises.every((n) => typeof n === 'string') ? stored.exercises : [];
  const decoded: Record<string, unknown> = {};
  for (const [day, row] of Object.entries(stored.days)) {
    const cells: unknown[] = Array.isArray(row) ? row : [];
    const counts = cells.slice(0, width);
    const [stiffness, done] = cells.slice(width);
    const wellFormed = cells.length === width + 2 && isNumbers(counts) && isNumbers(done)
      && done.length <= names.length && (stiffness === 0 || (isNumbers(stiffness) && stiffness.length === 4));
    if (!wellFormed) {
      decoded[day] = row;
      continue;
    }
    const [bs = 0, bc = 0, as = 0, ac = 0] = isNumbers(stiffness) ? stiffness : [];
    decoded[day] = {
      ...Object.fromEntries(COUNTS.map((field, i): [string, unknown] => [field, counts[i] ?? 0])),
      exercises: Object.fromEntries(done.flatMap((n, i): [string, number][] => (n > 0 ? [[names[i] ?? '', n]] : []))),
      ...(stiffness === 0 ? {} : { stiffness: { before: { sum: bs, count: bc }, after: { sum: as, count: ac } } }),
    };
  }
  return decoded;
}
