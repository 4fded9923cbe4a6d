import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLimber } from '../../electron/app';
import { fake, powerMonitor, type FakeTray } from '../mocks/electron';

const MINUTE = 60_000;
const tray = (): FakeTray => {
  const [only] = fake.trays;
  if (!only) throw new Error('no tray');
  return only;
};

beforeEach(() => {
  fake.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
afterEach(() => { vi.useRealTimers(); });

describe('startLimber', () => {
  it('puts a tray up and notifies when a break is coming and when it is due', async () => {
    const engine = await startLimber();
    expect(tray().toolTip).toMatch(/^Limber: Sitting for 0 s/);
    await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
    expect(fake.notifications.map((n) => n.title)).toEqual(['A 30-second break in 30 s', 'Time for a 30-second break']);
    expect(tray().toolTip).toBe('Limber: A micro break is due');
    expect(tray().menu?.labels()).toContain('Snooze 5 min (3 left)');
    engine?.stop();
  });

  it('passes menu choices to the engine', async () => {
    const engine = await startLimber();
    await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
    tray().menu?.click('Snooze 5 min (3 left)');
    expect(engine?.snapshot().pending).toEqual({ kind: 'micro', phase: 'snoozed' });
    tray().menu?.click('Pause', 'For 1 hour');
    expect(tray().toolTip).toMatch(/^Limber: Paused until /);
    tray().menu?.click('Quit Limber');
    expect(fake.quitCalls).toBe(1);
    engine?.stop();
  });

  it('feeds lock and unlock to the engine: a long lock is a natural break', async () => {
    const engine = await startLimber();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    powerMonitor.emit('lock-screen');
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    powerMonitor.emit('unlock-screen');
    expect(engine?.snapshot().sittingSeconds).toBe(0);
    expect(tray().toolTip).toMatch(/^Limber: Sitting for 0 s/);
    engine?.stop();
  });

  it('wakes the process about twice a minute, and redraws the tray only when it changes', async () => {
    const engine = await startLimber();
    const updates = { ...tray().updates };
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(engine?.wakeups()).toBeGreaterThanOrEqual(110);
    expect(engine?.wakeups()).toBeLessThanOrEqual(130);
    // The tooltip changes with the sitting minutes; the menu only with the state.
    expect(tray().updates.menu - updates.menu).toBeLessThan(tray().updates.toolTip - updates.toolTip);
    engine?.stop();
  });

  it('quits at once in a second instance', async () => {
    fake.singleInstance = false;
    expect(await startLimber()).toBeNull();
    expect(fake.quitCalls).toBe(1);
    expect(fake.trays).toHaveLength(0);
  });
});
