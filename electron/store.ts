import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import type { Salvaged } from './core/settings/parse';

export interface Document<T> {
  value(): T;
  save(value: T): void;
  /** What was wrong with the file at start, and where the original was kept; null when it read cleanly. */
  problem: { problems: string[]; keptAs: string } | null;
}

type Raw = Record<string, unknown>;

/**
 * A JSON document in `dir`, kept by electron-store (atomic writes). A file that is not JSON, or that holds
 * invalid values, is copied aside as `<name>.corrupt-<time>.json` before anything replaces it.
 */
export function openDocument<T>(dir: string, name: string, salvage: (raw: unknown) => Salvaged<T>): Document<T> {
  const path = join(dir, `${name}.json`);
  const open = () => new Store<Raw>({
    name, cwd: dir, clearInvalidConfig: false, accessPropertiesByDotNotation: false, watch: false,
  });
  const keepAside = (move: boolean) => {
    const keptAs = join(dir, `${name}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    if (move) renameSync(path, keptAs);
    else copyFileSync(path, keptAs);
    return keptAs;
  };

  let store: Store<Raw>;
  let raw: unknown = {};
  let problem: Document<T>['problem'] = null;
  try {
    store = open();
    raw = store.store;
  } catch (error) {
    problem = { problems: [`the file is not valid JSON (${(error as Error).message})`], keptAs: keepAside(true) };
    store = open();
  }
  const salvaged = salvage(raw);
  if (salvaged.problems.length > 0) {
    problem = { problems: [...(problem?.problems ?? []), ...salvaged.problems], keptAs: problem?.keptAs ?? keepAside(false) };
  }
  let value = salvaged.value;
  const save = (next: T) => {
    value = next;
    store.store = next as Raw;
  };
  if (problem) save(value);
  return { value: () => value, save, problem };
}
