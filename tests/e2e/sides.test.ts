import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Two-sided exercises');
const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** What the break shows of the exercise on screen: heading, bold steps, and the figure's description and mirroring. */
async function onScreen(page: Page) {
  const text = page.locator('.exercise div:not(.reserve) > ol.steps');
  const figure = page.locator('.exercise svg[role="img"]');
  return {
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    bold: (await text.locator('li.current').allTextContents()).join(' '),
    steps: (await text.locator('li').allTextContents()).join(' '),
    figure: await figure.getAttribute('aria-label'),
    mirrored: await figure.evaluate((svg) => [...svg.querySelectorAll('[transform]')].some((el) => /scale\(-1,\s*1\)/.test(el.getAttribute('transform') ?? ''))),
  };
}

describe.skipIf(chromium.skip)('the second side of a two-sided exercise in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('says, shows and draws the left side of the seated rotation once it switches', async () => {
    const page = await chromium.newPage({ viewport: { width: 760, height: 700 } });
    await page.clock.install();
    await page.goto(`${chromium.base()}#/break?routine=lower-back-reset`);
    await page.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'Skip exercise' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Seated rotation');
    await page.clock.runFor(6_000);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Hold 1 of 2');
    const first = await onScreen(page);
    expect(first.heading).toBe('Seated rotation (right side)');
    expect(first.bold).toMatch(/right knee on top.*to the right/);
    expect(first.steps).not.toMatch(/\bleft\b/);
    expect(first.figure).toMatch(/crossing the right knee over the left.*chest to the right/);
    expect(first.mirrored).toBe(false);

    // Both right holds and the relax between them, then the switch.
    await page.clock.runFor(25_000);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Switch sides');
    expect((await onScreen(page)).heading).toBe('Seated rotation (left side)');
    await page.clock.runFor(6_000);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Hold 1 of 2');
    const second = await onScreen(page);
    expect(second.heading).toBe('Seated rotation (left side)');
    expect(second.bold).toMatch(/left knee on top.*to the left/);
    expect(second.steps).not.toMatch(/\bright\b/);
    expect(second.figure).toMatch(/crossing the left knee over the right.*chest to the left/);
    expect(second.mirrored).toBe(true);
    await page.screenshot({ path: join(DOCS_SHOTS, 'break-second-side.png') });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
