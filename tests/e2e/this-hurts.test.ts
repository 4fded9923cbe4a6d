import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('This hurts');
const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

describe.skipIf(chromium.skip)('This hurts in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it.each(['light', 'dark'] as const)('during neck flexion, gives the neck\'s advice, by keyboard (%s theme)', async (colorScheme) => {
    const page = await chromium.newPage({ viewport: { width: 760, height: 700 }, colorScheme });
    await page.addInitScript(() => { window.close = () => undefined; });
    await page.clock.install();
    await page.goto(`${chromium.base()}#/break?routine=neck-and-shoulders`);
    await page.getByRole('timer').waitFor();
    await page.clock.runFor(8_000);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Hold 1 of 3');
    await page.getByRole('button', { name: 'This hurts' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: /Stopped/ });
    await panel.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('safety-title');
    expect(await page.getByRole('list', { name: 'For your neck' }).getByRole('listitem').count()).toBeGreaterThan(2);
    expect(await panel.textContent()).not.toMatch(/\b(legs?|thighs?)\b/i);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(colorScheme === 'light' ? DOCS_SHOTS : SHOTS, `hurts-neck${colorScheme === 'light' ? '' : '-dark'}.png`) });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
