import type * as z from 'zod/mini';
import { validationWords as words, type KeyNoun } from '../words/validation';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from './schema';

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Objects merge key by key; arrays and scalars in `patch` replace what `base` has. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlain(base) || !isPlain(patch)) return patch;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = deepMerge(base[key], value);
  return merged;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** One line per problem, each naming the field: `longBreak.everyMinutes must be a whole number between 5 and 240`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], unknownNoun: KeyNoun = 'setting'): string[] {
  return issues.map((issue) => {
    const path = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') return words.unknownKeys(unknownNoun, issue.keys.map((key) => (path ? `${path}.${key}` : key)));
    return path ? words.field(path, issue.message) : issue.message;
  });
}

export type Migration = (older: Plain) => Plain;
/** MIGRATIONS[n] turns a version-n settings object into version n+1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Brings stored or imported settings up to the current version; a missing version means current. */
export function migrate(raw: Plain, migrations = MIGRATIONS, current = SETTINGS_VERSION): Result<Plain> {
  const version = raw.version ?? current;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [words.versionNumber] };
  }
  if (version > current) {
    return { ok: false, errors: [words.newerVersion(String(version), current)] };
  }
  let value: Plain = { ...raw, version };
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (!step) return { ok: false, errors: [words.noMigration(from)] };
    value = { ...step(value), version: from + 1 };
  }
  return { ok: true, value };
}

/** Validates partial (or complete) settings, deep-merged over `base`. Nothing is applied on error. */
export function parseSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Result<Settings> {
  if (!isPlain(raw)) return { ok: false, errors: [words.settingsObject] };
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = settingsSchema.safeParse(deepMerge(base, migrated.value));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: describeIssues(parsed.error.issues) };
}

export interface Salvaged<T> {
  value: T;
  problems: string[];
  /** The file comes from a newer Limber: `value` is what this one understands of it, and the file must not be replaced. */
  newer?: true;
}

/** Whether stored data names a version above `current`: written by a newer Limber. */
export const isNewer = (raw: unknown, current: number) =>
  isPlain(raw) && typeof raw.version === 'number' && raw.version > current;

const getAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (isPlain(node) ? node[key as string] : undefined), root);

function setAt(root: Plain, path: readonly PropertyKey[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path.at(-1);
  if (!isPlain(parent) || typeof key !== 'string') return;
  if (value === undefined) Reflect.deleteProperty(parent, key);
  else parent[key] = structuredClone(value);
}

/**
 * Reads stored settings, keeping every valid field: each invalid one falls back to its default and is
 * named in `problems`, so a hand edit gone wrong costs that field only.
 */
export function salvageSettings(raw: unknown): Salvaged<Settings> {
  if (isNewer(raw, SETTINGS_VERSION)) {
    const understood = salvageSettings({ ...(raw as Plain), version: SETTINGS_VERSION });
    return { ...understood, newer: true, problems: [words.newerVersion(String((raw as Plain).version), SETTINGS_VERSION)] };
  }
  const whole = parseSettings(raw);
  if (whole.ok) return { value: whole.value, problems: [] };
  const migrated = isPlain(raw) ? migrate(raw) : null;
  if (!migrated?.ok) return { value: DEFAULT_SETTINGS, problems: whole.errors };
  const candidate = deepMerge(structuredClone(DEFAULT_SETTINGS), migrated.value) as Plain;
  candidate.version = SETTINGS_VERSION;
  for (let pass = 0; pass < 50; pass++) {
    const parsed = settingsSchema.safeParse(candidate);
    if (parsed.success) return { value: parsed.data, problems: whole.errors };
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) setAt(candidate, [...issue.path, key], undefined);
      else {
        // Reset the nearest named field holding the problem: a bad range resets that weekday's list.
        const named = issue.path.slice(0, issue.path.findLastIndex((key) => typeof key === 'string') + 1);
        setAt(candidate, named, getAt(DEFAULT_SETTINGS, named));
      }
    }
  }
  return { value: DEFAULT_SETTINGS, problems: whole.errors };
}
