import type { LimberBridge, PromptStatus, RoutineReport } from '../../electron/core/contract';
import type { UserAction } from '../../electron/core/engine/types';
import { DEFAULT_SETTINGS } from '../../electron/core/settings/schema';

/** A bridge that records what the renderer asks of it, for component tests. */
export function recordingBridge(status: Partial<PromptStatus> = {}) {
  const calls = { actions: [] as UserAction[], started: [] as string[], reports: [] as RoutineReport[], muted: [] as boolean[] };
  const bridge: LimberBridge = {
    status: () => Promise.resolve({
      strict: false, snoozeMinutes: DEFAULT_SETTINGS.snooze.minutes,
      snapshot: {
        sittingSeconds: 2820, longestSittingSeconds: 2820, totalSittingSeconds: 2820, nextBreak: { kind: 'long', inSeconds: 0 },
        pending: { kind: 'long', phase: 'due' }, snoozesLeft: 2, breakInProgress: null, paused: null,
        away: false, locked: false, suspended: false, workingTime: true,
      },
      ...status,
    }),
    act: (action) => { calls.actions.push(action); return Promise.resolve(); },
    startBreak: (routineId) => { calls.started.push(routineId); return Promise.resolve(); },
    recordRoutine: (report) => { calls.reports.push(report); return Promise.resolve(); },
    offerRoutine: (kind) => Promise.resolve(kind === 'long' ? 'lower-back-reset' : 'posture-reset'),
    muted: () => Promise.resolve(false),
    setMuted: (muted) => { calls.muted.push(muted); return Promise.resolve(); },
    settings: () => Promise.resolve(DEFAULT_SETTINGS),
    saveSettings: () => Promise.reject(new Error('not used by these components')),
  };
  return { bridge, calls };
}
