import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTINES } from '../../core/exercises/library';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Break screen');

interface Options {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  checkIns?: boolean;
  /** The screen's size, which picks the layout: side by side up to 900 CSS pixels high. */
  screen?: { width: number; height: number };
}

/** The break screen once it shows, on a clock the test moves; closing the window is recorded, not done. */
async function openBreak(routine: string, { colorScheme = 'light', reducedMotion = 'no-preference', checkIns = false, screen }: Options = {}): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, reducedMotion, ...(screen ? { screen, viewport: { width: screen.width, height: screen.height - 52 } } : {}) });
  await page.addInitScript((stored) => {
    localStorage.setItem('limber.settings', stored);
    window.close = () => { document.documentElement.dataset.closed = 'yes'; };
  }, JSON.stringify({ checkIns }));
  await page.clock.install();
  await page.goto(`${chromium.base()}#/break?routine=${routine}`);
  await page.getByRole('timer').waitFor();
  return page;
}

describe.skipIf(chromium.skip)('break screen in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
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
      const page = await openBreak('lower-back-reset', { colorScheme: scheme });
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

  it('shows a paused break as paused: "Paused" in the ring and the status, the count stopped, no pulse with reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await openBreak('quick-brace', { reducedMotion });
      await page.clock.runFor(7_000);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Paused: Hold 1 of 10');
      const timer = await page.getByRole('timer').textContent();
      await page.clock.runFor(30_000);
      expect(await page.getByRole('timer').textContent()).toBe(timer);
      expect(await page.locator('.ring').innerText()).toMatch(/Paused/i);
      const pulse = await page.locator('.ring-fill').evaluate((el) => getComputedStyle(el).animationName);
      expect(pulse).toBe(reducedMotion === 'reduce' ? 'none' : 'paused-pulse');
      await page.close();
    }
  });

  it('ends with what was done and the next break, closes itself after 8 s, and waits while the pointer is on it', async () => {
    const page = await openBreak('posture-reset');
    const closed = () => page.evaluate(() => document.documentElement.dataset.closed ?? 'no');
    await page.clock.runFor(26_000);
    await page.getByText('Done: 1 exercise in 25 s.').waitFor();
    await expect.poll(() => page.getByText(/^Next: a (long|micro) break in .+ of sitting\.$/).count()).toBe(1);
    expect(await page.locator('.steps li.current').evaluateAll((steps) => steps.filter((s) => !s.closest('.reserve')).length)).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'break-end-light.png') });
    expect(await axeViolations(page)).toEqual([]);
    // The pointer on the window holds it open for as long as it stays.
    const main = await page.locator('main').boundingBox();
    if (!main) throw new Error('no main');
    await page.mouse.move(main.x + main.width / 2, main.y + 10);
    await page.clock.runFor(20_000);
    expect(await closed()).toBe('no');
    expect(await page.locator('.timer').innerText()).toMatch(/kept open/);
    await page.mouse.move(main.x + main.width / 2, main.y + main.height + 20);
    await page.clock.runFor(9_000);
    await expect.poll(closed).toBe('yes');
    await page.close();
  });

  it('keeps the end screen open while keyboard focus is in it, and goes on closing once nothing holds it', async () => {
    const page = await openBreak('posture-reset');
    const closed = () => page.evaluate(() => document.documentElement.dataset.closed ?? 'no');
    await page.clock.runFor(26_000);
    await page.getByRole('button', { name: 'Close' }).waitFor();
    await page.keyboard.press('Tab');
    await page.clock.runFor(20_000);
    expect(await closed()).toBe('no');
    expect(await page.locator('.timer').innerText()).toMatch(/kept open/);
    // The count goes on from where it waited (about 7 s left).
    await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); });
    await page.clock.runFor(5_000);
    expect(await closed()).toBe('no');
    await page.clock.runFor(4_000);
    await expect.poll(closed).toBe('yes');
    await page.close();
  });

  describe.each([
    { layout: 'tall screen', screen: { width: 1920, height: 1080 } },
    { layout: 'laptop screen (side by side)', screen: { width: 1366, height: 768 } },
  ])('on a $layout', ({ screen }) => {
    it.each(ROUTINES)('holds $id still: the window content and every button stay put (1 px) through every phase', async (routine) => {
      for (const checkIns of [false, true]) {
        const page = await openBreak(routine.id, { checkIns, screen });
        const moves = await movesThroughRoutine(page, routine.forKinds.includes('long') && checkIns);
        expect(moves, `check-ins ${checkIns ? 'on' : 'off'}`).toEqual([]);
        expect(chromium.consoleErrors(page)).toEqual([]);
        await page.close();
      }
    });
  });
});

/** Where the window's content and each routine button are: sizes and places in CSS pixels. */
const measure = (page: Page) => page.evaluate(() => {
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return [r.left, r.top, r.width, r.height].map((n) => Math.round(n * 10) / 10);
  };
  const main = document.querySelector('main');
  return {
    main: main ? box(main) : [],
    // The window fits the document: its full scroll size is what the window would take.
    page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    buttons: [...document.querySelectorAll('nav[aria-label="Routine controls"] button')].map(box),
    moment: `${document.querySelector('h1')?.textContent ?? ''}, ${document.querySelector('[role="status"]')?.textContent ?? ''}`,
  };
});

/**
 * Runs the routine on screen phase by phase on the page's clock, with a pause and (if `asks`) the check-ins before and
 * after it, through to the end screen, and lists every moment at which anything moved by more than 1 px from the first.
 */
async function movesThroughRoutine(page: Page, asks: boolean): Promise<string[]> {
  await page.getByRole('timer').waitFor();
  const first = await measure(page);
  const moves: string[] = [];
  const check = async (what: string) => {
    const now = await measure(page);
    const far = (a: number[], b: number[]) => a.length !== b.length || a.some((n, i) => Math.abs(n - (b[i] ?? NaN)) > 1);
    if (far(now.main, first.main) || far(now.page, first.page)) moves.push(`${what} (${now.moment}): window ${now.page.join('×')}, was ${first.page.join('×')}`);
    now.buttons.forEach((button, i) => {
      if (far(button, first.buttons[i] ?? [])) moves.push(`${what} (${now.moment}): button ${i + 1} at ${button.join(',')}, was ${first.buttons[i]?.join(',')}`);
    });
  };
  if (asks) {
    await page.getByRole('group', { name: /Before you start/ }).waitFor();
    await page.getByRole('button', { name: '4', exact: true }).click();
    await page.getByText('Noted: 4 of 10, thank you.').waitFor();
    await check('check-in noted');
  }
  await page.clock.runFor(1_000);
  await page.keyboard.press('Space');
  await page.getByRole('status').filter({ hasText: 'Paused' }).waitFor();
  await check('paused');
  await page.keyboard.press('Space');
  for (let phases = 1; phases <= 500; phases++) {
    const shown = await page.evaluate(() => ({
      status: document.querySelector('[role="status"]')?.textContent ?? '',
      secondsLeft: Number(document.querySelector('[role="timer"]')?.textContent),
    }));
    await check(`phase ${phases}`);
    if (shown.status === 'Routine complete') {
      if (asks) {
        await page.getByRole('button', { name: '2', exact: true }).click();
        await page.getByText('Noted: 2 of 10, thank you.').waitFor();
        await check('after check-in noted');
      }
      await page.getByRole('timer', { name: 'Seconds until this window closes' }).waitFor();
      await check('end screen');
      return moves;
    }
    await page.clock.fastForward(Math.max(1, shown.secondsLeft) * 1000 + 50);
  }
  throw new Error('the routine did not end');
}
