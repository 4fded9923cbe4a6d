import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';
import { listFormat } from '../list-format';

const anyOf = listFormat({ type: 'disjunction' });
const listing = listFormat({ type: 'unit', style: 'short' });

/** What a file's own kind of key is called when one is not known. */
export type KeyNoun = 'setting' | 'field' | 'key';

/**
 * Why a value is refused: the settings window shows these when a setting is not saved or a settings file not
 * imported, and the log names them for a damaged file. A problem with a field is the field's path, then what the
 * value must be (`field`). Keys, paths and values as a file holds them are never translated: they are placeholders.
 */
export const validationWords = {
  /** `longBreak.everyMinutes must be a whole number between 5 and 240`. */
  field: (path: string, problem: string) => t('validation.field', { path, problem }),
  unknownKeys: (noun: KeyNoun, names: readonly string[]) =>
    t('validation.unknownKeys', { noun, count: names.length, names: listing(names) }),
  wholeNumber: (min: number, max: number) => t('validation.wholeNumber', { min, max }),
  get trueOrFalse() { return t('validation.trueOrFalse'); },
  /** One of a setting's allowed values, each quoted: `must be "system", "light" or "dark"`. */
  oneOf: (values: readonly string[]) => t('validation.oneOf', { values: anyOf(values.map((value) => `"${value}"`)) }),
  routine: (kind: BreakKind, ids: readonly string[]) =>
    t('validation.routine', { kind, ids: listing(ids), rotate: 'rotate', ownPrefix: 'own-' }),
  exactly: (value: number) => t('validation.exactly', { value }),
  get object() { return t('validation.object'); },
  get clockTime() { return t('validation.clockTime'); },
  get timeRange() { return t('validation.timeRange'); },
  get startsBeforeEnd() { return t('validation.startsBeforeEnd'); },
  get timeRanges() { return t('validation.timeRanges'); },
  atMostRanges: (most: number) => t('validation.atMostRanges', { most }),
  get overlap() { return t('validation.overlap'); },
  get settingsObject() { return t('validation.settingsObject'); },
  get versionNumber() { return t('validation.versionNumber', { key: 'version' }); },
  newerVersion: (version: string, current: number) => t('validation.newerVersion', { version, current }),
  noMigration: (from: number) => t('validation.noMigration', { from }),
  /** Valid settings the disk refused to keep, and an imported file that is not JSON at all. */
  notSaved: (reason: string) => t('validation.notSaved', { reason }),
  notJson: (reason: string) => t('validation.notJson', { reason }),
  /** Why a stored file could not be read at all, in the log when the file is repaired. */
  file: {
    notValidJson: (detail: string) => t('validation.file.notValidJson', { detail }),
    unreadable: (detail: string) => t('validation.file.unreadable', { detail }),
    notUnderstood: (detail: string) => t('validation.file.notUnderstood', { detail }),
  },
  /** An own exercise's or routine's field that is not as it must be. */
  own: {
    get text() { return t('validation.own.text'); },
    get id() { return t('validation.own.id'); },
    get empty() { return t('validation.own.empty'); },
    get list() { return t('validation.own.list'); },
    atMostChars: (most: number) => t('validation.own.atMostChars', { most }),
    atMostLines: (most: number) => t('validation.own.atMostLines', { most }),
    atMostExercises: (most: number) => t('validation.own.atMostExercises', { most }),
    get ownFlag() { return t('validation.own.ownFlag'); },
    get firstSide() { return t('validation.own.firstSide', { twoSided: 'sides 2' }); },
    get noKind() { return t('validation.own.noKind'); },
    get noExercise() { return t('validation.own.noExercise'); },
  },
  /** A stored history's problems, in the log when the file is repaired. */
  history: {
    get count() { return t('validation.history.count'); },
    get tally() { return t('validation.history.tally'); },
    get day() { return t('validation.history.day'); },
    get noDays() { return t('validation.history.noDays'); },
    newerVersion: (version: string, current: number) => t('validation.history.newerVersion', { version, current }),
    unreadableVersion: (version: string, readable: readonly number[]) =>
      t('validation.history.unreadableVersion', { version, versions: anyOf(readable.map(String)) }),
    unknownFields: (names: readonly string[]) => t('validation.history.unknownFields', { names: listing(names) }),
    notADay: (day: string) => t('validation.history.notADay', { day }),
    onDay: (day: string, problem: string) => t('validation.history.onDay', { day, problem }),
    get engineAccount() {
      return t('validation.history.engineAccount', { key: 'engineAccount', sittingKey: 'sittingSeconds', streakKey: 'longestStreakSeconds' });
    },
  },
} as const;

export type ValidationWords = typeof validationWords;
