import type { BreakKind } from '../kinds';
import { listFormat } from '../list-format';

const anyOf = listFormat({ type: 'disjunction' });
const listing = listFormat({ type: 'unit', style: 'short' });

/** What a file's own kind of key is called when one is not known. */
export type KeyNoun = 'setting' | 'field' | 'key';
const UNKNOWN: Record<KeyNoun, { one: string; many: string }> = {
  setting: { one: 'unknown setting', many: 'unknown settings' },
  field: { one: 'unknown field', many: 'unknown fields' },
  key: { one: 'unknown key', many: 'unknown keys' },
};

/**
 * Why a value is refused: the settings window shows these when a setting is not saved or a settings file not
 * imported, and the log names them for a damaged file. A problem with a field is the field's path, then what the
 * value must be (`field`).
 */
export const validationWords = {
  /** `longBreak.everyMinutes must be a whole number between 5 and 240`. */
  field: (path: string, problem: string) => `${path} ${problem}`,
  unknownKeys: (noun: KeyNoun, names: readonly string[]) =>
    `${names.length > 1 ? UNKNOWN[noun].many : UNKNOWN[noun].one}: ${listing(names)}`,
  wholeNumber: (min: number, max: number) => `must be a whole number between ${min} and ${max}`,
  trueOrFalse: 'must be true or false',
  /** One of a setting's allowed values, each quoted: `must be "system", "light" or "dark"`. */
  oneOf: (values: readonly string[]) => `must be ${anyOf(values.map((value) => `"${value}"`))}`,
  routine: (kind: BreakKind, ids: readonly string[]) =>
    `must be "rotate", one of the ${kind}-break routines (${listing(ids)}) or the id of one of your own (own-…)`,
  exactly: (value: number) => `must be ${value}`,
  object: 'must be an object',
  clockTime: 'must be a time like "09:00"',
  timeRange: 'must be a pair of times like ["09:00", "17:00"]',
  startsBeforeEnd: 'must start before it ends',
  timeRanges: 'must be a list of time ranges',
  atMostRanges: (most: number) => `can hold at most ${most} ranges`,
  overlap: 'has ranges that overlap',
  settingsObject: 'settings must be a JSON object',
  versionNumber: 'version must be a whole number of 1 or more',
  newerVersion: (version: string, current: number) => `version ${version} comes from a newer Limber; this one reads up to version ${current}`,
  noMigration: (from: number) => `no migration from settings version ${from}`,
  /** Valid settings the disk refused to keep, and an imported file that is not JSON at all. */
  notSaved: (reason: string) => `the settings could not be saved: ${reason}`,
  notJson: (reason: string) => `the file is not JSON (${reason})`,
  /** Why a stored file could not be read at all, in the log when the file is repaired. */
  file: {
    notValidJson: (detail: string) => `the file is not valid JSON (${detail})`,
    unreadable: (detail: string) => `the file cannot be read (${detail})`,
    notUnderstood: (detail: string) => `Limber could not read it (${detail})`,
  },
  /** An own exercise's or routine's field that is not as it must be. */
  own: {
    text: 'must be text',
    empty: 'must not be empty',
    list: 'must be a list',
    atMostChars: (most: number) => `can be at most ${most} characters long`,
    atMostLines: (most: number) => `can have at most ${most} steps`,
    atMostExercises: (most: number) => `can hold at most ${most} exercises`,
    ownFlag: 'must be true: this is your own',
    firstSide: 'a two-sided exercise (sides 2) names the side it starts on, and a one-sided one names none',
    noKind: 'must be for at least one kind of break',
    noExercise: 'must hold at least one exercise',
  },
  /** A stored history's problems, in the log when the file is repaired. */
  history: {
    count: 'must be a whole number of 0 or more',
    tally: 'must be a sum and a count',
    day: 'must be a day record',
    noDays: 'the history has no list of days',
    newerVersion: (version: string, current: number) => `history version ${version} comes from a newer Limber; this one reads up to version ${current}`,
    unreadableVersion: (version: string, readable: readonly number[]) =>
      `history version ${version} is not one this Limber reads (${anyOf(readable.map(String))})`,
    unknownFields: (names: readonly string[]) => `unknown fields: ${listing(names)}`,
    notADay: (day: string) => `"${day}" is not a day like 2026-11-21`,
    onDay: (day: string, problem: string) => `${day}: ${problem}`,
    engineAccount: 'engineAccount must hold sittingSeconds and longestStreakSeconds, whole numbers of 0 or more',
  },
} as const;

export type ValidationWords = typeof validationWords;
