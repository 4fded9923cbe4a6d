// A natural break in real time: the engine counts a still spell as sitting until it has lasted awayMinutes, then
// takes it back. history.json must hold the engine's settled account, not the minute it took back.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { salvageSavedEngine } from '../../core/engine/saved';
import { salvageHistory } from '../../core/history/history';
import { closeLimber, launchLimber } from '../../harness/real-electron';
import { readJson, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { engineStatus, sitAtDesk } from './sitting';

const desktop = useDesktop('A natural break');
const MINUTE = 60_000;
/** A minute without input is a natural break; no break falls due meanwhile. */
const CONFIG = { awayMinutes: 1, microBreak: { enabled: false }, longBreak: { enabled: false } };

describe.skipIf(desktop.skip)('a natural break in real Electron', () => {
  it('leaves in history.json the sitting the engine counted, without the still minute it took back', { timeout: 6 * MINUTE }, async () => {
    const startedAt = Date.now();
    const run = await launchLimber(desktop.get(), { config: CONFIG });
    let user = sitAtDesk(desktop.get());
    try {
      await until('some sitting', async () => ((await engineStatus(run)).totalSittingSeconds >= 20 ? true : null), 2 * MINUTE);
      const leftAt = user.stop();
      // A minute after the last input (seen at a reading, at least every 30 s) the still spell becomes a natural break,
      // and the engine takes it back from its sitting.
      await until('the natural break', async () => ((await engineStatus(run)).away ? true : null), 3 * MINUTE);
      const backAt = Date.now();
      user = sitAtDesk(desktop.get());
      const [, away] = await until('the return', () => /Natural break: away (\d+) s/.exec(run.log()), MINUTE);
      expect(Number(away)).toBeGreaterThanOrEqual(60);
      const returned = await engineStatus(run);
      // The next reading (30 s on) settles the sitting since the return; the quit comes right after it, long before
      // the one after, so the engine's last word and what it saved at the quit are the same account.
      const said = await until('more sitting settled', async () => {
        const now = await engineStatus(run);
        return now.settled.totalSeconds > returned.settled.totalSeconds ? now : null;
      }, MINUTE);
      user.stop();
      const quitAt = Date.now();
      expect(run.again('--quit').status).toBe(0);
      expect(await run.exited).toBe(0);

      const history = salvageHistory(readJson(join(run.userData, 'history.json')));
      expect(history.problems).toEqual([]);
      const days = Object.values(history.value.days);
      const sitting = days.reduce((sum, day) => sum + day.sittingSeconds, 0);
      const longest = Math.max(...days.map((day) => day.longestStreakSeconds));
      // The engine's settled account as it saved it at the quit: the sitting up to the last input it saw.
      const engine = salvageSavedEngine(readJson(join(run.userData, 'engine.json'))).value;
      if (!engine) throw new Error('no engine state was saved');
      const settled = engine.present.sit;
      const settledLongest = Math.max(engine.sitting.longestStreak, settled - engine.sitting.streakFrom);
      expect({ sitting, longest }).toEqual({ sitting: Math.round(settled / 1000), longest: Math.round(settledLongest / 1000) });
      expect({ sitting, longest }).toEqual({ sitting: said.settled.totalSeconds, longest: said.settled.longestSeconds });
      expect(history.value.engineAccount).toEqual({ sittingSeconds: sitting, longestStreakSeconds: longest });
      // No more than the time someone was at the desk: before the fix the history held the still minute too.
      const atDesk = (leftAt - startedAt + quitAt - backAt) / 1000;
      expect(sitting).toBeLessThanOrEqual(atDesk + 1);
      expect(sitting).toBeGreaterThanOrEqual(30);
    } finally {
      user.stop();
      await closeLimber(run);
    }
  });
});
