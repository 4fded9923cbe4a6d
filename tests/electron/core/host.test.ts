import { describe, expect, it } from 'vitest';
import type { RoutineReport } from '../../../electron/core/contract';
import type { EngineSnapshot } from '../../../electron/core/engine/snapshot';
import type { UserAction } from '../../../electron/core/engine/types';
import { createHost, INITIAL_APP_STATE, salvageAppState, type AppState } from '../../../electron/core/host';
import { DEFAULT_SETTINGS, type Settings } from '../../../electron/core/settings/schema';

function hostWith(pending: EngineSnapshot['pending'] = null, failSave = false) {
  const actions: UserAction[] = [];
  const shown: string[] = [];
  const reports: RoutineReport[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let applied: Settings | null = null;
  let state: AppState = INITIAL_APP_STATE;
  const engine = {
    act: (action: UserAction) => { actions.push(action); },
    snapshot: () => ({ pending }) as EngineSnapshot,
    updateSettings: (next: Settings) => { applied = next; },
  };
  const host = createHost({
    engine: () => Promise.resolve(engine),
    settings: {
      current: () => settings,
      save: (next) => { if (failSave) throw new Error('disk full'); settings = next; },
    },
    state: { current: () => state, save: (next) => { state = next; } },
    recordRoutine: (report) => { reports.push(report); },
    showBreak: (id) => { shown.push(id); },
  });
  return { host, actions, shown, reports, applied: () => applied, state: () => state };
}

describe('the host behind the bridge', () => {
  it('starts the due break when the routine suits it, and the routine\'s own kind otherwise', async () => {
    const due = hostWith({ kind: 'micro', phase: 'due' });
    await due.host.startBreak('posture-reset');
    await due.host.startBreak('unwind');
    expect(due.actions).toEqual([{ action: 'start-break', kind: 'micro' }, { action: 'start-break', kind: 'long' }]);
    expect(due.shown).toEqual(['posture-reset', 'unwind']);
    await expect(due.host.startBreak('nope')).rejects.toThrow('no routine called "nope"');
  });

  it('offers routines in turn and starts the one last offered', async () => {
    const { host, shown } = hostWith({ kind: 'long', phase: 'due' });
    const first = await host.offerRoutine('long');
    const second = await host.offerRoutine('long');
    expect(second).not.toBe(first);
    await host.startOffered('long');
    expect(shown).toEqual([second]);
  });

  it('saves valid settings and applies them to the engine; applies nothing of invalid ones', async () => {
    const ok = hostWith();
    expect(await ok.host.saveSettings({ snooze: { limit: 1 } })).toMatchObject({ ok: true });
    expect(ok.applied()?.snooze.limit).toBe(1);
    expect(await ok.host.saveSettings({ snooze: { limit: 99 } })).toEqual({ ok: false, errors: ['snooze.limit must be a whole number between 0 and 10'] });
    expect((await ok.host.settings()).snooze.limit).toBe(1);
  });

  it('reports a save the disk refused, without applying it', async () => {
    const failing = hostWith(null, true);
    expect(await failing.host.saveSettings({ strict: true })).toEqual({ ok: false, errors: ['the settings could not be saved: disk full'] });
    expect(failing.applied()).toBeNull();
  });

  it('remembers the mute switch and passes routine reports on', async () => {
    const { host, reports, state } = hostWith();
    await host.setMuted(true);
    expect(state().muted).toBe(true);
    await host.recordRoutine({ routineId: 'unwind', outcome: 'ended', exercisesDone: [] });
    expect(reports).toHaveLength(1);
  });
});

describe('salvageAppState', () => {
  it('keeps what is valid and names the rest', () => {
    expect(salvageAppState({ muted: 'yes', offered: { long: 'posture-reset', micro: 'posture-reset' }, idleNoticeShown: true, x: 1 })).toEqual({
      value: { muted: false, offered: { micro: 'posture-reset' }, idleNoticeShown: true },
      problems: ['unknown field: x', 'offered.long is not a long-break routine', 'muted must be true or false'],
    });
    expect(salvageAppState({})).toEqual({ value: INITIAL_APP_STATE, problems: [] });
  });
});
