import type { LimberBridge, RoutineReport } from '../../electron/core/contract';
import { nextRoutine } from '../../electron/core/exercises/rotation';

const KEYS = {
  settings: 'limber.settings', muted: 'limber.muted', routines: 'limber.routines', offered: 'limber.offered',
} as const;
const KEPT_REPORTS = 200;

/**
 * The bridge in a plain browser: the real engine runs in the page, and storage is localStorage.
 * The engine (and its validation) loads on first use, so a routine starts without waiting for it.
 */
export function createPreviewBridge(storage: Storage): LimberBridge {
  let running: ReturnType<typeof load> | null = null;
  const load = () => import('./engine').then(({ startPreviewEngine }) => startPreviewEngine(storage.getItem(KEYS.settings)));
  const host = () => (running ??= load());
  return {
    status: () => host().then(({ engine, settings }) =>
      ({ snapshot: engine.snapshot(), strict: settings.strict, snoozeMinutes: settings.snooze.minutes })),
    act: (action) => host().then(({ engine }) => { engine.act(action); }),
    recordRoutine: (report: RoutineReport) => {
      const reports = JSON.parse(storage.getItem(KEYS.routines) ?? '[]') as RoutineReport[];
      storage.setItem(KEYS.routines, JSON.stringify([...reports, report].slice(-KEPT_REPORTS)));
      return Promise.resolve();
    },
    offerRoutine: (kind) => {
      const key = `${KEYS.offered}.${kind}`;
      const routine = nextRoutine(kind, storage.getItem(key));
      storage.setItem(key, routine.id);
      return Promise.resolve(routine.id);
    },
    muted: () => Promise.resolve(storage.getItem(KEYS.muted) === 'true'),
    setMuted: (muted) => {
      storage.setItem(KEYS.muted, String(muted));
      return Promise.resolve();
    },
  };
}
