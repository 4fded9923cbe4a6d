// Main tells the open statistics window when what it shows has changed, and tells no other window, nor a closed one.
import { describe, expect, it, vi } from 'vitest';
import { CHANGED_CHANNEL } from '../../../core/ipc/channels';
import { freshFakeLimberEachTest, startFakeLimber } from '../../helpers/fake-limber';
import { fake, type FakeWindow } from '../../../harness/fake-electron';

const MINUTE = 60_000;

const windowShowing = (route: string): FakeWindow | undefined =>
  fake.openWindows().find((w) => w.webContents.url.includes(`#/${route}`));
const changesSentTo = (window: FakeWindow | undefined) => window?.webContents.sent.filter((m) => m.channel === CHANGED_CHANNEL) ?? [];

freshFakeLimberEachTest('limber-stats-push-');

describe('the statistics window hears of changes', () => {
  it('while it is open, as the sitting is counted, with nothing else; no other window and no closed one is told', async () => {
    await startFakeLimber(['--stats'], []);
    const stats = windowShowing('stats');
    expect(stats).toBeDefined();
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    const heard = changesSentTo(stats);
    // Sitting is counted at each reading of idle time (every 30 s), so the minutes shown move on every minute.
    expect(heard.length).toBeGreaterThanOrEqual(2);
    expect(heard.length).toBeLessThanOrEqual(2 * 60);
    expect(heard.every((message) => message.args.length === 0)).toBe(true);
    stats?.close();
    await fake.settle();
    const heardWhileOpen = heard.length;
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(changesSentTo(stats)).toHaveLength(heardWhileOpen);
    expect(windowShowing('prompt')).toBeDefined();
    for (const window of fake.windows) if (window !== stats) expect(changesSentTo(window)).toEqual([]);
  });
});
