// Limber picks up where it left off in real Electron: a pause until tomorrow survives a quit, and after a kill -9 the
// sitting streak goes on from the last heartbeat, so the next break does not come an interval late.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PromptStatus } from '../../electron/core/contract';
import { salvageSavedEngine } from '../../electron/core/engine/saved';
import { closeLimber, launchLimber, readJson, until, useDesktop, type LimberRun } from './limber';

const desktop = useDesktop('Restart');
const status = (page: Page) => page.evaluate(() => (window as unknown as { limber: { status(): Promise<PromptStatus> } }).limber.status());
/** What the engine says, read through the statistics window's bridge. */
async function engineStatus(run: LimberRun) {
  if (!run.app.windows().some((page) => page.url().includes('#/stats'))) expect(run.again('--stats').status).toBe(0);
  return (await status(await run.page('stats'))).snapshot;
}
const CONFIG = { microBreak: { everyMinutes: 2 }, longBreak: { enabled: false }, preludeSeconds: 0 };

describe.skipIf(desktop.skip)('a restart in real Electron', () => {
  it('is still paused until tomorrow after a quit and a new start', async () => {
    const first = await launchLimber(desktop.get(), { config: CONFIG });
    expect(first.again('--pause', 'tomorrow').status).toBe(0);
    const pausedUntil = (await until('the pause', async () => (await engineStatus(first)).paused)).until;
    await closeLimber(first);
    const again = await launchLimber(desktop.get(), { home: first.home });
    try {
      expect((await engineStatus(again)).paused).toEqual({ until: pausedUntil });
    } finally {
      await closeLimber(again);
    }
  });

  it('goes on with the sitting streak after kill -9, so the break comes at its usual time', { timeout: 240_000 }, async () => {
    const first = await launchLimber(desktop.get(), { config: CONFIG });
    const nudging = setInterval(() => { desktop.get().nudgeMouse(); }, 5_000);
    try {
      // Sitting for 75 s: the heartbeat in engine.json is at most a minute old.
      await new Promise((done) => setTimeout(done, 75_000));
      first.child.kill('SIGKILL');
      await first.exited;
      const saved = salvageSavedEngine(readJson(`${first.userData}/engine.json`));
      expect(saved.problems).toEqual([]);
      expect(saved.value?.sitting.sit).toBeGreaterThanOrEqual(45_000);
      const again = await launchLimber(desktop.get(), { home: first.home });
      try {
        const snapshot = await engineStatus(again);
        // Started afresh, the streak would be a few seconds and the break two minutes away.
        expect(snapshot.sittingSeconds).toBeGreaterThanOrEqual(45);
        expect(snapshot.nextBreak?.inSeconds).toBeLessThanOrEqual(120 - 45);
        await again.page('prompt', 120_000);
      } finally {
        await closeLimber(again);
      }
    } finally {
      clearInterval(nudging);
      await closeLimber(first);
    }
  });
});
