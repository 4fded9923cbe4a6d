import type { LimberBridge, RoutineReport } from '../../electron/core/contract';
import { createHost, salvageAppState } from '../../electron/core/host';
import { parseSettings } from '../../electron/core/settings/parse';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/core/settings/schema';

const KEYS = { settings: 'limber.settings', state: 'limber.state', routines: 'limber.routines' } as const;
const KEPT_REPORTS = 200;

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}


/**
 * The bridge in a plain browser: the real host and engine run in the page, and storage is localStorage.
 * The engine loads on first use, so a routine starts without waiting for it.
 */
export function createPreviewBridge(storage: Storage): LimberBridge {
  const stored = parseSettings(readJson(storage, KEYS.settings) ?? {});
  let settings: Settings = stored.ok ? stored.value : DEFAULT_SETTINGS;
  let running: ReturnType<typeof load> | null = null;
  const load = () => import('./engine').then(({ startPreviewEngine }) => startPreviewEngine(settings));
  return createHost({
    engine: () => (running ??= load()),
    settings: {
      current: () => settings,
      save: (next) => { settings = next; storage.setItem(KEYS.settings, JSON.stringify(next)); },
    },
    state: {
      current: () => salvageAppState(readJson(storage, KEYS.state)).value,
      save: (next) => { storage.setItem(KEYS.state, JSON.stringify(next)); },
    },
    recordRoutine: (report: RoutineReport) => {
      const reports = readJson(storage, KEYS.routines);
      const kept: unknown[] = Array.isArray(reports) ? reports : [];
      storage.setItem(KEYS.routines, JSON.stringify([...kept, report].slice(-KEPT_REPORTS)));
    },
    showBreak: (routineId) => { window.location.hash = `#/break?routine=${routineId}`; },
  });
}
