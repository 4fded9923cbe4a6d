import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import Store from 'electron-store';
import type { Salvaged } from '../../core/settings/parse';
import { notificationsWords } from '../../core/words/notifications';
import { validationWords } from '../../core/words/validation';

export interface Document<T> {
  value(): T;
  /** Writes first: if the disk refuses, it throws and the value in memory stays as it was. */
  save: (value: T) => void;
  /**
   * What was wrong with the file at start, and the name of the copy kept; null when it read cleanly. A file from a
   * newer Limber is `newer`: it is never written, and what is saved lasts in memory until Limber quits.
   */
  problem: { problems: string[]; keptAs: string | null; newer?: true } | null;
  /** False on the very first start, before the file was ever written. */
  existed: boolean;
  /** Moves the file aside, as damaged, for a fresh one to replace it: the copy's name, or null if it could not be moved. */
  setAside(): string | null;
}

type Raw = Record<string, unknown>;

export interface DocumentFormat<T> {
  /** How the value is written; `salvage` reads it back. */
  encode(value: T): unknown;
  /** One line of JSON rather than indented: for data nobody edits by hand. */
  compact: boolean;
}

/**
 * A JSON document in `dir`, kept by electron-store (atomic writes). A file that is not JSON, or that holds
 * invalid values, is kept as `<name>.corrupt-<time>.json` before anything replaces it; if it cannot be kept,
 * it is not replaced either, and Limber runs on the repaired value in memory.
 */
export function openDocument<T>(
  dir: string, name: string, salvage: (raw: unknown) => Salvaged<T>, format?: DocumentFormat<T>,
): Document<T> {
  const path = join(dir, `${name}.json`);
  const existed = existsSync(path);
  const open = () => new Store<Raw>({
    name, cwd: dir, clearInvalidConfig: false, accessPropertiesByDotNotation: false, watch: false,
    ...(format?.compact ? { serialize: (value: Raw) => JSON.stringify(value) } : {}),
  });
  const keepAside = (move: boolean): string | null => {
    const keptAs = join(dir, `${name}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    try {
      if (move) renameSync(path, keptAs);
      else copyFileSync(path, keptAs);
      return basename(keptAs);
    } catch {
      return null;
    }
  };

  let store: Store<Raw> | null = null;
  let raw: unknown = {};
  let problem: Document<T>['problem'] = null;
  try {
    store = open();
    raw = store.store;
  } catch (error) {
    const reason = error instanceof SyntaxError ? validationWords.file.notValidJson(error.message) : validationWords.file.unreadable(String(error));
    const keptAs = error instanceof SyntaxError ? keepAside(true) : null;
    problem = { problems: [reason], keptAs };
    store = keptAs ? open() : null;
  }
  const salvaged = salvageOrDefault(salvage, raw);
  if (salvaged.newer) problem = { problems: salvaged.problems, keptAs: null, newer: true };
  else if (salvaged.problems.length > 0) {
    problem = { problems: [...(problem?.problems ?? []), ...salvaged.problems], keptAs: problem?.keptAs ?? keepAside(false) };
  }
  let value = salvaged.value;
  // A file that could not be kept aside is never overwritten: that would lose what is in it.
  const writable = () => store !== null && (problem === null || problem.keptAs !== null);
  const save = (next: T) => {
    if (problem?.newer) {
      value = next;
      return;
    }
    if (!writable()) throw new Error(notificationsWords.files.notReplaced(`${name}.json`));
    (store as Store<Raw>).store = (format ? format.encode(next) : next) as Raw;
    value = next;
  };
  if (problem && writable()) save(value);
  const setAside = () => {
    const keptAs = existsSync(path) ? keepAside(true) : null;
    if (keptAs) problem = null;
    return keptAs;
  };
  return { value: () => value, save, problem, existed, setAside };
}

/** A salvage that fails outright (a defect, not the file's) gives the defaults and says so, rather than stopping Limber. */
function salvageOrDefault<T>(salvage: (raw: unknown) => Salvaged<T>, raw: unknown): Salvaged<T> {
  try {
    return salvage(raw);
  } catch (error) {
    return { ...salvage({}), problems: [validationWords.file.notUnderstood(String(error))] };
  }
}
