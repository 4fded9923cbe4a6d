import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Welcome window');

describe.skipIf(chromium.skip)('welcome window in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('passes an axe scan, plays the taste, and saves the choices it offers', async () => {
    const page = await chromium.newPage({ viewport: { width: 760, height: 1200 } });
    await page.clock.install();
    await page.goto(`${chromium.base()}#/welcome`);
    await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: /Gentle/ }).check();
    await page.getByRole('checkbox', { name: /how stiff I feel/ }).check();
    await page.getByRole('button', { name: /Try Posture reset/ }).click();
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

  // The welcome window is 720 × 800 (electron/windows/windows.ts); its page gets a little less under the title bar.
  it.each(['light', 'dark'] as const)('opens the try-out in view and puts focus on it (%s theme, reduced motion)', async (colorScheme) => {
    const page = await chromium.newPage({ viewport: { width: 720, height: 760 }, colorScheme, reducedMotion: 'reduce' });
    await page.goto(`${chromium.base()}#/welcome`);
    await page.getByRole('heading', { name: 'Welcome to Limber' }).waitFor();
    const tryIt = page.getByRole('button', { name: /Try Posture reset/ });
    await tryIt.focus();
    await page.keyboard.press('Enter');
    const taste = page.getByRole('group', { name: /Posture reset with one brace/ });
    await taste.waitFor();
    const inView = () => taste.evaluate((el) => {
      const box = el.getBoundingClientRect();
      // With room for its focus ring (3 px, 2 px away).
      return box.top >= 5 && box.bottom + 5 <= window.innerHeight;
    });
    await expect.poll(inView).toBe(true);
    // Focus follows the button that made way for the try-out, so a keyboard or screen-reader user lands on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('taste-name');
    await page.screenshot({ path: join(SHOTS, `welcome-try-out-${colorScheme}.png`) });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
