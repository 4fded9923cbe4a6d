import type { ExportResult, LimberBridge } from '../../core/contract';
import type { Engine } from '../../core/engine/engine';
import type { EngineSnapshot } from '../../core/engine/snapshot';
import { salvageOwn } from '../../core/exercises/own-check';
import { watchStats } from '../../core/history/changes';
import type { ExportedFile } from '../../core/history/export';
import { salvageHistory } from '../../core/history/history';
import { createHistoryRecorder } from '../../core/history/recorder';
import { createHost, salvageAppState } from '../../core/host';
import { languageFor, systemLanguage } from '../../core/i18n/languages';
import { salvageSettings } from '../../core/settings/parse';
import type { Settings } from '../../core/settings/schema';
import type { UpdateView } from '../../core/updates/offer';
import { callSettingsWords } from '../../core/words/settings/calls';

export const PREVIEW_KEYS = {
  settings: 'limber.settings', state: 'limber.state', history: 'limber.history', routines: 'limber.routines',
  /** An update view for the update window to show (tests and screenshots put one there); without it, none is on offer. */
  update: 'limber-preview-update',
} as const;

/** The version the preview says it is: a renderer can't read package.json, and the preview updates nothing. */
export const PREVIEW_VERSION = '0.1.0';
const NO_UPDATE: UpdateView = { current: PREVIEW_VERSION, canInstall: true, offer: null, whatsNew: null };

/** The stored update view, taken as it is when it has a view's outline (it is test data, not the user's). */
function storedUpdate(storage: Storage): UpdateView {
  const stored = readJson(storage, PREVIEW_KEYS.update);
  const outline = typeof stored === 'object' && stored !== null && 'current' in stored && typeof stored.current === 'string' && 'canInstall' in stored;
  return outline ? { ...NO_UPDATE, ...(stored as Partial<UpdateView>) } : NO_UPDATE;
}

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? '{}');
  } catch {
    return {};
  }
}

/** The preview's "save as": the browser downloads the file. */
function download(file: ExportedFile): Promise<ExportResult> {
  const url = URL.createObjectURL(new Blob([file.contents], { type: file.mime }));
  const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
  link.click();
  setTimeout(() => { URL.revokeObjectURL(url); }, 0);
  return Promise.resolve({ ok: true, savedAs: file.name });
}

const utcOffset = (wall: number) => -new Date(wall).getTimezoneOffset();
/** Before the engine has loaded, nothing has been counted of today's sitting. */
const NO_SITTING = { settled: { totalSeconds: 0, streakSeconds: 0, longestSeconds: 0 } };

/**
 * The bridge in a plain browser: the real host, engine and history recorder run in the page, and storage is
 * localStorage. The engine loads on first use, so a routine starts without waiting for it.
 */
const previewSignals = () => {
  const notInABrowser = { readable: false, why: callSettingsWords.notInABrowser } as const;
  return { call: notInABrowser, fullscreen: notInABrowser, dnd: notInABrowser, media: notInABrowser };
};

export function createPreviewBridge(storage: Storage): LimberBridge {
  let settings: Settings = salvageSettings(readJson(storage, PREVIEW_KEYS.settings)).value;
  const recorder = createHistoryRecorder({
    initial: salvageHistory(readJson(storage, PREVIEW_KEYS.history)).value,
    save: (history) => { storage.setItem(PREVIEW_KEYS.history, JSON.stringify(history)); },
    utcOffset,
    now: () => Date.now(),
  });
  // The preview's engine starts afresh each time the page loads.
  recorder.begin(false);
  const listeners = new Set<() => void>();
  const languageListeners = new Set<() => void>();
  const changed = () => { for (const listener of listeners) listener(); };
  // A download "starts" in the page only: the stored view is read once and changed here, never written back.
  let update: UpdateView | null = null;
  let running: ReturnType<typeof load> | null = null;
  let engineNow: Engine | null = null;
  const lookAtStats = watchStats(
    () => ({ history: recorder.current(), today: recorder.today(), snapshot: engineNow?.snapshot() ?? NO_SITTING }),
    changed,
  );
  const stepped = { onEvent: recorder.onEvent, onStep: (snapshot: EngineSnapshot) => { recorder.onStep(snapshot); lookAtStats(); } };
  const load = () => import('./engine').then(({ startPreviewEngine }) => (engineNow = startPreviewEngine(settings, stepped, utcOffset)));
  const host = createHost({
    engine: () => (running ??= load()),
    settings: {
      current: () => settings,
      save: (next) => {
        const before = settings.language;
        settings = next;
        storage.setItem(PREVIEW_KEYS.settings, JSON.stringify(next));
        if (next.language !== before) for (const listener of languageListeners) listener();
      },
    },
    state: {
      current: () => salvageAppState(readJson(storage, PREVIEW_KEYS.state)).value,
      save: (next) => { storage.setItem(PREVIEW_KEYS.state, JSON.stringify(next)); },
    },
    own: {
      current: () => salvageOwn(readJson(storage, PREVIEW_KEYS.routines)).value,
      save: (own) => { storage.setItem(PREVIEW_KEYS.routines, JSON.stringify(own)); },
    },
    now: () => Date.now(),
    history: recorder,
    showBreak: (routineId, kind) => { window.location.hash = `#/break?routine=${routineId}&kind=${kind}`; },
    saveFile: download,
  });
  // A browser tab's size is the user's to choose, and the page is on screen from the start.
  return {
    ...host, fitWindow: () => Promise.resolve(null), whenShown: () => Promise.resolve(), busySignals: () => Promise.resolve(previewSignals()),
    shortcuts: () => Promise.resolve({ available: true, partly: false, taken: [] }),
    holdShortcuts: () => Promise.resolve(),
    update: () => Promise.resolve(update ??= storedUpdate(storage)),
    // The preview can't download, install or open a page: a download shows as begun (40%), and the rest do nothing.
    updateStep: (step) => {
      const view = update ??= storedUpdate(storage);
      if (step === 'download' && view.offer?.state === 'available') {
        update = { ...view, offer: { ...view.offer, state: 'downloading', percent: 40, problem: null } };
        changed();
      }
      return Promise.resolve();
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    // The browser's languages stand for the system's.
    language: () => Promise.resolve({ spoken: languageFor(settings.language, navigator.languages), system: systemLanguage(navigator.languages) }),
    onLanguage: (listener) => {
      languageListeners.add(listener);
      return () => { languageListeners.delete(listener); };
    },
  };
}
