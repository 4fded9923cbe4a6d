// A host over in-memory stores, a fake engine and a clock the test moves: what core/host.ts needs, and a log of what it did.
import type { EngineSnapshot } from '../../core/engine/snapshot';
import type { UserAction } from '../../core/engine/types';
import { EMPTY_OWN, type OwnContent } from '../../core/exercises/own';
import type { ExportedFile } from '../../core/history/export';
import { createHistoryRecorder } from '../../core/history/recorder';
import { EMPTY_HISTORY, type History } from '../../core/history/records';
import { createHost, INITIAL_APP_STATE, type AppState } from '../../core/host';
import type { BreakKind } from '../../core/kinds';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';

export const NOON_2026_11_21 = Date.UTC(2026, 10, 21, 12);

export function hostWith({ pending = null, failSave = false, failOwnSave = false, history = EMPTY_HISTORY, own: initialOwn = EMPTY_OWN, settings: initialSettings = DEFAULT_SETTINGS }: {
  pending?: EngineSnapshot['pending']; failSave?: boolean; failOwnSave?: boolean; history?: History; own?: OwnContent; settings?: Settings;
} = {}) {
  const actions: UserAction[] = [];
  const shown: [string, BreakKind][] = [];
  const files: ExportedFile[] = [];
  const leftOutChanges: [string, 'left-out' | 'brought-back'][] = [];
  let now = NOON_2026_11_21;
  let settings: Settings = initialSettings;
  let applied: Settings | null = null;
  let state: AppState = INITIAL_APP_STATE;
  let own = initialOwn;
  const engine = {
    act: (action: UserAction) => { actions.push(action); },
    snapshot: () => ({ pending }) as EngineSnapshot,
    updateSettings: (next: Settings) => { applied = next; },
  };
  const recorder = createHistoryRecorder({ initial: history, save: () => undefined, utcOffset: () => 0, now: () => now });
  const host = createHost({
    engine: () => Promise.resolve(engine),
    settings: {
      current: () => settings,
      save: (next) => { if (failSave) throw new Error('disk full'); settings = next; },
    },
    state: { current: () => state, save: (next) => { state = next; } },
    own: { current: () => own, save: (next) => { if (failOwnSave) throw new Error('disk full'); own = next; } },
    now: () => now,
    history: {
      ...recorder,
      recordLeftOut: (exerciseId, change) => { leftOutChanges.push([exerciseId, change]); },
    },
    showBreak: (id, kind) => { shown.push([id, kind]); },
    saveFile: (file) => {
      if (file.name.endsWith('.csv')) return Promise.reject(new Error('disk full'));
      files.push(file);
      return Promise.resolve({ ok: true, savedAs: file.name });
    },
  });
  const later = (days: number) => { now += days * 86_400_000; };
  return {
    host, actions, shown, files, leftOutChanges, later,
    applied: () => applied, state: () => state, own: () => own, settings: () => settings, now: () => now,
  };
}
