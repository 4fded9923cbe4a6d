import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localUtcOffset } from '../../electron/system/clock';
import { dayKey } from '../../core/history/history';
import { sampleHistory } from '../../scripts/sample-history';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Statistics window');
// Chromium runs in this machine's time zone, so the day it calls today is this one.
const today = () => dayKey(Date.now(), localUtcOffset);

async function openStats(colorScheme: 'light' | 'dark' = 'light', days = 60): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, viewport: { width: 880, height: 1400 }, acceptDownloads: true });
  const history = JSON.stringify(sampleHistory({ days, today: today() }));
  await page.addInitScript((stored) => {
    if (!localStorage.getItem('limber.history')) localStorage.setItem('limber.history', stored);
    localStorage.setItem('limber.settings', JSON.stringify({ checkIns: true }));
  }, history);
  await page.goto(`${chromium.base()}#/stats`);
  await page.getByRole('heading', { name: 'Day by day' }).waitFor();
  return page;
}

describe.skipIf(chromium.skip)('statistics window in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('charts 60 days of history with text alternatives, and passes an axe scan in both themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openStats(scheme);
      const charts = page.getByRole('img');
      expect(await charts.count()).toBeGreaterThanOrEqual(5);
      for (const chart of await charts.all()) {
        expect((await chart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '')).length).toBeGreaterThan(20);
      }
      await page.getByRole('button', { name: 'Last 30 days' }).click();
      await page.screenshot({ path: join(SHOTS, `stats-${scheme}.png`), fullPage: true });
      for (const summary of await page.locator('details summary').all()) await summary.click();
      expect(await page.locator('details table').first().locator('tbody tr').count()).toBe(30);
      expect(await axeViolations(page)).toEqual([]);
      expect(chromium.consoleErrors(page)).toEqual([]);
      await page.close();
    }
  });

  it('exports the history as CSV, one row a recorded day', async () => {
    const page = await openStats();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`limber-history-${today()}.csv`);
    const lines = readFileSync(await file.path(), 'utf8').trim().split('\r\n');
    const recorded = Object.keys(sampleHistory({ days: 60, today: today() }).days).length;
    expect(lines[0]).toMatch(/^date,sitting_minutes,/);
    expect(lines).toHaveLength(recorded + 1);
    await expect.poll(() => page.getByText(/Saved as limber-history-/).count()).toBe(1);
    await page.close();
  });
});
