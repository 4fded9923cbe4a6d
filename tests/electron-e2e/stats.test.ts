// The statistics window in real Electron: its figures move on while it stays open, pushed by main as sitting is counted.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localUtcOffset } from '../../electron/system/clock';
import { dayKey } from '../../core/history/history';
import { sampleHistory } from '../../scripts/sample-history';
import { ASKED_STATE, closeLimber, launchLimber } from '../../harness/real-electron';
import { SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { sitAtDesk } from './sitting';

const desktop = useDesktop('Statistics');

/** A returning user with four weeks behind them and nothing yet today, so today's first minutes show. */
function homeWithHistory(): string {
  const home = mkdtempSync(join(tmpdir(), 'limber-e2e-stats-'));
  const userData = join(home, '.config', 'Limber');
  mkdirSync(userData, { recursive: true });
  const today = dayKey(Date.now(), localUtcOffset);
  const { [today]: _today, ...days } = sampleHistory({ days: 28, today, checkIns: false }).days;
  writeFileSync(join(userData, 'config.json'), '{}');
  writeFileSync(join(userData, 'state.json'), ASKED_STATE);
  writeFileSync(join(userData, 'history.json'), JSON.stringify({ version: 1, days }));
  return home;
}

const glance = (page: Page) => page.evaluate(() => Object.fromEntries(
  Array.from(document.querySelectorAll('.glance dt'), (name) => [name.textContent, name.nextElementSibling?.textContent]),
));

describe.skipIf(desktop.skip)('the statistics window in real Electron', () => {
  it('shows today\'s figures moving on while it stays open', async () => {
    const run = await launchLimber(desktop.get(), { home: homeWithHistory(), args: ['--stats'] });
    const sitting = sitAtDesk(desktop.get());
    try {
      const page = await run.page('stats');
      await page.getByRole('heading', { name: 'Today at a glance' }).waitFor();
      const first = await glance(page);
      // A mark on the page, which a reload would wipe.
      await page.evaluate(() => { (window as { stillOpen?: boolean }).stillOpen = true; });
      // Sitting is counted at each reading of idle time, every 30 s; the page is never loaded again meanwhile.
      const later = await until('the figures to move on', async () => {
        const now = await glance(page);
        return now['Sitting today'] !== first['Sitting today'] ? now : null;
      }, 120_000);
      expect(page.url()).toContain('#/stats');
      expect(await page.evaluate(() => (window as { stillOpen?: boolean }).stillOpen)).toBe(true);
      const seconds = (text: string | undefined) => {
        const [, h = '0', m = '0', s = '0'] = /^(?:(\d+) h )?(?:(\d+) min)?(?:(\d+) s)?$/.exec(text ?? '') ?? [];
        return Number(h) * 3600 + Number(m) * 60 + Number(s);
      };
      expect(seconds(later['Sitting today'])).toBeGreaterThan(seconds(first['Sitting today']));
      expect(seconds(later['Current streak'])).toBeLessThanOrEqual(seconds(later['Longest streak']));
      expect(seconds(later['Current streak'])).toBeLessThanOrEqual(seconds(later['Sitting today']));
      expect(later['Breaks taken']).toBe('0');
      // For the picture only: the fonts settled after the last update.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      desktop.get().screenshot(join(SHOTS, 'stats-live.png'));
    } finally {
      sitting.stop();
      await closeLimber(run);
    }
  });
});
