import { NO_UPDATE_MEMORY } from '../../core/updates/schedule';
import { describe, expect, it } from 'vitest';
import type { History } from '../../core/history/records';
import { INITIAL_APP_STATE, salvageAppState } from '../../core/host';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { hostWith } from '../helpers/host-fixture';

describe('the host behind the bridge', () => {
  it('starts the due break when the routine suits it, and the routine\'s own kind otherwise', async () => {
    const due = hostWith({ pending: { kind: 'micro', phase: 'due' } });
    await due.host.startBreak('posture-reset');
    await due.host.startBreak('unwind');
    expect(due.actions).toEqual([{ action: 'start-break', kind: 'micro' }, { action: 'start-break', kind: 'long' }]);
    expect(due.shown).toEqual([['posture-reset', 'micro'], ['unwind', 'long']]);
    await expect(due.host.startBreak('nope')).rejects.toThrow('no routine called “nope”');
  });

  it('offers routines in turn and starts the one last offered', async () => {
    const { host, shown } = hostWith({ pending: { kind: 'long', phase: 'due' } });
    const first = await host.offerRoutine('long');
    const second = await host.offerRoutine('long');
    expect(second).not.toBe(first);
    await host.startOffered('long');
    expect(shown).toEqual([[second, 'long']]);
  });

  it('saves valid settings and applies them to the engine; applies nothing of invalid ones', async () => {
    const ok = hostWith();
    expect(await ok.host.saveSettings({ snooze: { limit: 1 } })).toMatchObject({ ok: true });
    expect(ok.applied()?.snooze.limit).toBe(1);
    expect(await ok.host.saveSettings({ snooze: { limit: 99 } })).toEqual({ ok: false, errors: ['snooze.limit must be a whole number between 0 and 10'] });
    expect((await ok.host.settings()).snooze.limit).toBe(1);
  });

  it('reports a save the disk refused, without applying it', async () => {
    const failing = hostWith({ failSave: true });
    expect(await failing.host.saveSettings({ strict: true })).toEqual({ ok: false, errors: ['the settings could not be saved: disk full'] });
    expect(failing.applied()).toBeNull();
  });

  it('always offers the routine chosen for a kind, and takes turns when set to rotate', async () => {
    const { host, state } = hostWith();
    await host.saveSettings({ routines: { long: 'unwind' } });
    expect([await host.offerRoutine('long'), await host.offerRoutine('long')]).toEqual(['unwind', 'unwind']);
    // Kept, so that the prompt's Start in the tray or a notification starts what the prompt named.
    expect(state().offered.long).toBe('unwind');
    expect(await host.saveSettings({ routines: { long: 'posture-reset' } })).toMatchObject({ ok: false });
  });

  it('imports a settings file whole, or names what is wrong and changes nothing', async () => {
    const { host, applied } = hostWith();
    expect(await host.importSettings('{"longBreak": {"everyMinutes": 50}, "theme": "dark"}')).toMatchObject({ ok: true });
    expect(applied()).toMatchObject({ longBreak: { everyMinutes: 50 }, theme: 'dark' });
    const broken = await host.importSettings('{"longBreak": ');
    expect(broken.ok ? [] : broken.errors[0]).toMatch(/^the file is not JSON \(.+\)$/);
    expect(await host.importSettings('{"theme": "pink", "strict": true}')).toEqual({
      ok: false, errors: ['theme must be "system", "light" or "dark"'],
    });
    expect(await host.importSettings('[1]')).toEqual({ ok: false, errors: ['settings must be a JSON object'] });
    expect(await host.settings()).toMatchObject({ theme: 'dark', strict: false, longBreak: { everyMinutes: 50 } });
  });

  it('exports settings and history as files, and turns a failed save into a reason', async () => {
    const { host, files } = hostWith();
    await host.recordRoutine({ routineId: 'unwind', outcome: 'completed', exercisesDone: ['muscle-relaxation'] });
    expect(await host.exportFile('settings')).toEqual({ ok: true, savedAs: 'limber-settings.json' });
    expect(await host.exportFile('history-json')).toEqual({ ok: true, savedAs: 'limber-history-2026-11-21.json' });
    expect(await host.exportFile('history-csv')).toEqual({ ok: false, cancelled: false, error: 'disk full' });
    expect(JSON.parse(files[0]?.contents ?? '')).toEqual(DEFAULT_SETTINGS);
    expect((JSON.parse(files[1]?.contents ?? '') as History).days['2026-11-21']).toMatchObject({ routinesCompleted: 1, exercises: { 'muscle-relaxation': 1 } });
  });

  it('records check-ins into today\'s history', async () => {
    const { host } = hostWith();
    await host.recordCheckIn({ moment: 'before', rating: 6 });
    await host.recordCheckIn({ moment: 'after', rating: 3 });
    await host.recordCheckIn({ moment: 'before', rating: 4 });
    expect(await host.history()).toEqual({
      today: '2026-11-21',
      days: { '2026-11-21': expect.objectContaining({ stiffness: { before: { sum: 10, count: 2 }, after: { sum: 3, count: 1 } } }) as unknown },
    });
  });

  it('gives guidance at most once a week', async () => {
    const { host, later, state } = hostWith();
    await host.recordRoutine({ routineId: 'unwind', outcome: 'hurt', exercisesDone: [] });
    expect(await host.takeGuidance()).toEqual({ reason: 'hurt' });
    expect(state().guidanceGiven).toBe('2026-11-21');
    later(6);
    await host.recordRoutine({ routineId: 'unwind', outcome: 'hurt', exercisesDone: [] });
    expect(await host.takeGuidance()).toBeNull();
    later(1);
    expect(await host.takeGuidance()).toEqual({ reason: 'hurt' });
    later(7);
    expect(await host.takeGuidance()).toBeNull();
  });
});

describe('salvageAppState', () => {
  it('keeps what is valid and names the rest', () => {
    const updates = { lastCheck: -1, failureTold: null, lastRunVersion: '1.0.0', notes: null, asked: true, toldVersion: null };
    expect(salvageAppState({ offered: { long: 'posture-reset', micro: 'posture-reset' }, sessionNotes: ['no-tray', 'hello'], guidanceGiven: 'Monday', x: 1, updates })).toEqual({
      value: { offered: { long: 'posture-reset', micro: 'posture-reset' }, sessionNotes: ['no-tray'], guidanceGiven: null, recent: [], updates: NO_UPDATE_MEMORY },
      problems: [
        'unknown field: x', 'sessionNotes has "hello", which Limber never says', 'guidanceGiven must be a day like 2026-11-21',
        'updates is not what Limber writes there: its checks start afresh',
      ],
    });
    // A state file from before the notes: its flag meant the clock note had been given.
    expect(salvageAppState({ idleNoticeShown: true, guidanceGiven: '2026-11-01', updates: { ...updates, lastCheck: 5 } })).toEqual({
      value: { offered: {}, sessionNotes: ['clock'], guidanceGiven: '2026-11-01', recent: [], updates: { ...updates, lastCheck: 5 } }, problems: [],
    });
    expect(salvageAppState({ idleNoticeShown: 'yes' }).problems).toEqual(['idleNoticeShown must be true or false']);
    expect(salvageAppState({})).toEqual({ value: INITIAL_APP_STATE, problems: [] });
  });
});
