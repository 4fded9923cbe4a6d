import type { LimberBridge, RoutineReport } from '../../electron/core/contract';
import { createEngine } from '../../electron/core/engine/engine';
import { parseSettings } from '../../electron/core/settings/parse';
import { DEFAULT_SETTINGS } from '../../electron/core/settings/schema';

const KEYS = { settings: 'limber.settings', muted: 'limber.muted', routines: 'limber.routines' } as const;
const KEPT_REPORTS = 200;

/** In a plain browser: the real engine, timed by the page's clocks, with input events as the idle source. */
export function createPreviewBridge(storage: Storage): LimberBridge {
  const stored = parseSettings(JSON.parse(storage.getItem(KEYS.settings) ?? '{}'));
  const settings = stored.ok ? stored.value : DEFAULT_SETTINGS;
  let lastInput = performance.now();
  for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel']) {
    window.addEventListener(type, () => { lastInput = performance.now(); }, { passive: true });
  }
  const engine = createEngine(settings, {
    clock: { now: () => Date.now(), monotonic: () => performance.now() },
    readIdleSeconds: () => Math.floor((performance.now() - lastInput) / 1000),
    utcOffset: (wall) => -new Date(wall).getTimezoneOffset(),
    setTimer: (at, fire) => {
      const handle = setTimeout(fire, Math.max(0, at - performance.now()));
      return () => { clearTimeout(handle); };
    },
    onEvent: () => undefined,
  });
  return {
    status: () => Promise.resolve({ snapshot: engine.snapshot(), strict: settings.strict, snoozeMinutes: settings.snooze.minutes }),
    act: (action) => {
      engine.act(action);
      return Promise.resolve();
    },
    recordRoutine: (report: RoutineReport) => {
      const reports = JSON.parse(storage.getItem(KEYS.routines) ?? '[]') as RoutineReport[];
      storage.setItem(KEYS.routines, JSON.stringify([...reports, report].slice(-KEPT_REPORTS)));
      return Promise.resolve();
    },
    muted: () => Promise.resolve(storage.getItem(KEYS.muted) === 'true'),
    setMuted: (muted) => {
      storage.setItem(KEYS.muted, String(muted));
      return Promise.resolve();
    },
  };
}
