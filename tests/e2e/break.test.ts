import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, hasChromium, SHOTS, useChromium } from './chromium';

const chromium = useChromium('Break screen');

/** The break screen once its routine has started, on a clock the test moves. */
async function openBreak(routine: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await chromium.newPage({ colorScheme });
  await page.clock.install();
  await page.goto(`${chromium.base()}#/break?routine=${routine}`);
  await page.getByRole('timer').waitFor();
  return page;
}

describe.skipIf(!hasChromium)('break screen in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('runs the whole lower-back reset to the end, fast-forwarded, with the accessibility contract', async () => {
    const page = await openBreak('lower-back-reset');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Get ready');
    expect(await page.getByRole('timer').textContent()).toBe('5');
    await page.clock.runFor(6_000);
    await expect.poll(() => status.textContent()).toBe('Hold 1 of 5');
    for (const name of ['Pause', 'Skip exercise', 'End break', 'This hurts']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
    await page.keyboard.press('Space');
    await page.clock.runFor(240_000);
    await expect.poll(() => status.textContent()).toBe('Routine complete');
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe violations, light or dark, and saves screenshots mid-hold', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openBreak('lower-back-reset', scheme);
      await page.clock.runFor(9_000);
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Hold 1 of 5');
      await page.screenshot({ path: join(SHOTS, `break-${scheme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('drops the ring animation when the system asks for reduced motion', async () => {
    const transition = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await chromium.newPage({ reducedMotion });
      await page.goto(`${chromium.base()}#/break?routine=quick-brace`);
      const duration = await page.locator('.ring-fill').evaluate((el) => getComputedStyle(el).transitionDuration);
      await page.close();
      return duration;
    };
    expect(await transition('no-preference')).toBe('0.2s');
    expect(await transition('reduce')).toBe('0s');
  });

  it('shows the safety guidance after "This hurts" and the prompt without strict-only buttons', async () => {
    const page = await openBreak('neck-and-shoulders');
    await page.getByRole('button', { name: 'This hurts' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Stopped/ }).count()).toBe(1);
    expect(await page.getByText(/not medical advice/).count()).toBe(1);
    await page.goto(`${chromium.base()}#/prompt?kind=long`);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Start' }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'prompt-light.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
