import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, hasChromium, SHOTS, useChromium } from './chromium';

const chromium = useChromium('Welcome window');

describe.skipIf(!hasChromium)('welcome window in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('passes an axe scan, plays the taste, and saves the choices it offers', async () => {
    const page = await chromium.newPage({ viewport: { width: 760, height: 1200 } });
    await page.clock.install();
    await page.goto(`${chromium.base()}#/welcome`);
    await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /Gentle/ }).check();
    await page.getByRole('checkbox', { name: /how stiff my back feels/ }).check();
    await page.getByRole('button', { name: /Try a 20-second/ }).click();
    await page.getByRole('timer').waitFor();
    await page.clock.runFor(8_000);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Hold 1 of 1');
    await page.screenshot({ path: join(SHOTS, 'welcome-light.png'), fullPage: true });
    await page.getByRole('button', { name: 'Start using Limber' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/');
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('limber.settings') ?? '{}')) as Record<string, unknown>;
    expect(saved).toMatchObject({ longBreak: { enabled: true, everyMinutes: 60 }, checkIns: true, startAtLogin: true });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
