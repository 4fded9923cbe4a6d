// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DAY } from '../../../core/history/records';
import { createPreviewBridge } from '../../../renderer/preview/bridge';

beforeEach(() => { window.localStorage.clear(); });

describe('the preview bridge', () => {
  it('offers each kind\'s routines in turn, remembered in localStorage across page loads', async () => {
    const first = createPreviewBridge(window.localStorage);
    const offered = [await first.offerRoutine('long'), await first.offerRoutine('long')];
    const reloaded = createPreviewBridge(window.localStorage);
    offered.push(await reloaded.offerRoutine('long'));
    expect(new Set(offered).size).toBe(3);
    expect(await reloaded.offerRoutine('micro')).toBe('posture-reset');
  });

  it('keeps routines and check-ins in the history across page loads', async () => {
    const bridge = createPreviewBridge(window.localStorage);
    await bridge.recordRoutine({ routineId: 'quick-brace', outcome: 'hurt', exercisesDone: ['abdominal-bracing'] });
    await bridge.recordCheckIn({ moment: 'after', rating: 2 });
    const reloaded = createPreviewBridge(window.localStorage);
    const { days, today } = await reloaded.history();
    expect(days[today]).toMatchObject({ hurtStops: 1, exercises: { 'abdominal-bracing': 1 }, stiffness: { after: { sum: 2, count: 1 } } });
  });

  it('keeps the valid days of a damaged stored history', async () => {
    window.localStorage.setItem('limber.history', JSON.stringify({
      version: 1, days: { '2026-11-20': { ...EMPTY_DAY, taken: 4 }, '2026-11-19': { taken: 'lots' } },
    }));
    expect((await createPreviewBridge(window.localStorage).history()).days).toEqual({ '2026-11-20': { ...EMPTY_DAY, taken: 4 } });
  });

  it('downloads an export as a file', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this); });
    const result = await createPreviewBridge(window.localStorage).exportFile('history-csv');
    click.mockRestore();
    expect(result).toEqual({ ok: true, savedAs: expect.stringMatching(/^limber-history-\d{4}-\d{2}-\d{2}\.csv$/) as string });
    expect(clicked[0]?.download).toBe(result.ok ? result.savedAs : '');
    expect(clicked[0]?.href).toMatch(/^blob:/);
  });

  it('runs the real engine: a break started through it is in progress', async () => {
    const bridge = createPreviewBridge(window.localStorage);
    await bridge.act({ action: 'start-break', kind: 'micro' });
    expect((await bridge.status()).snapshot.breakInProgress?.kind).toBe('micro');
  });

  it('starts a break from the prompt by putting the routine on screen', async () => {
    const bridge = createPreviewBridge(window.localStorage);
    await bridge.startBreak('neck-and-shoulders');
    expect(window.location.hash).toBe('#/break?routine=neck-and-shoulders&kind=long');
    expect((await bridge.status()).snapshot.breakInProgress?.kind).toBe('long');
  });

  it('saves valid settings for the next load, and applies none of an invalid change', async () => {
    const bridge = createPreviewBridge(window.localStorage);
    expect(await bridge.saveSettings({ longBreak: { everyMinutes: 50 } })).toMatchObject({ ok: true });
    const bad = await bridge.saveSettings({ longBreak: { everyMinutes: 0 }, strict: true });
    expect(bad).toEqual({ ok: false, errors: ['longBreak.everyMinutes must be a whole number between 5 and 240'] });
    const reloaded = await createPreviewBridge(window.localStorage).settings();
    expect(reloaded.longBreak.everyMinutes).toBe(50);
    expect(reloaded.strict).toBe(false);
  });

  it('survives unreadable localStorage entries', async () => {
    window.localStorage.setItem('limber.state', '{broken');
    window.localStorage.setItem('limber.settings', '"not an object"');
    const bridge = createPreviewBridge(window.localStorage);
    expect((await bridge.offerRoutine('micro'))).toBe('posture-reset');
    expect((await bridge.settings()).longBreak.everyMinutes).toBe(45);
  });
});
