import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localUtcOffset } from '../../electron/system/clock';
import { exerciseById } from '../../core/exercises/library';
import { shiftDay } from '../../core/history/days';
import { dayKey } from '../../core/history/history';
import { EMPTY_DAY, HISTORY_VERSION, type History } from '../../core/history/records';
import { sampleHistory } from '../../scripts/sample-history';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Statistics window');
// Chromium runs in this machine's time zone, so the day it calls today is this one.
const today = () => dayKey(Date.now(), localUtcOffset);

const DAY = 86_400_000;
/** An own exercise, left out with a library one; the history also counts an own exercise since deleted. */
const own = () => ({
  exercises: [{
    id: 'own-wall-press', own: true, name: 'Wall press', posture: 'standing', areas: ['shoulders'], steps: ['Press both hands into the wall.'],
    dosage: { kind: 'reps', reps: 8, secondsPerRep: 3, sets: 1, restSeconds: 0, sides: 1 },
  }],
  routines: [],
  leftOut: [{ exercise: 'neck-flexion', since: Date.now() - 3 * DAY }, { exercise: 'own-wall-press', since: Date.now() }],
});

async function openStats(colorScheme: 'light' | 'dark' = 'light', history: History = sampleHistory({ days: 60, today: today() })): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, viewport: { width: 880, height: 1400 }, acceptDownloads: true });
  await page.addInitScript(({ stored, routines }) => {
    if (!localStorage.getItem('limber.history')) localStorage.setItem('limber.history', stored);
    if (!localStorage.getItem('limber.routines')) localStorage.setItem('limber.routines', routines);
    localStorage.setItem('limber.settings', JSON.stringify({ checkIns: true }));
  }, { stored: JSON.stringify(history), routines: JSON.stringify(own()) });
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

  it('tables each exercise\'s use over the last 7 and 30 days, with what is left out and since when, in both themes', async () => {
    const day = (exercises: Record<string, number>) => ({ ...EMPTY_DAY, exercises });
    const history: History = { version: HISTORY_VERSION, days: {
      [today()]: day({ 'own-wall-press': 2, 'own-gone': 1, 'neck-flexion': 1 }),
      [shiftDay(today(), -6)]: day({ 'seated-march': 1 }),
      [shiftDay(today(), -7)]: day({ 'neck-flexion': 3 }),
      [shiftDay(today(), -30)]: day({ 'neck-flexion': 5, 'seated-rotation': 1 }),
    } };
    // Named by its history day, which turns at 04:00 as the rest of the window's days do.
    const since = (ms: number) => new Date(`${dayKey(ms, localUtcOffset)}T00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openStats(scheme, history);
      const table = page.getByRole('table', { name: 'Times each exercise was done, and what is left out' });
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
      expect(rows).toEqual([
        [exerciseById('neck-flexion')?.name, '1', '4', `Left out since ${since(Date.now() - 3 * DAY)}`],
        ['Wall press', '2', '2', `Left out since ${since(Date.now())}`],
        ['An exercise since deleted', '1', '1', ''],
        [exerciseById('seated-march')?.name, '1', '1', ''],
      ]);
      expect(await table.locator('th[scope="col"]').allTextContents()).toEqual(['Exercise', 'Last 7 days', 'Last 30 days', 'Status']);
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `stats-exercises-${scheme}.png`) });
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
