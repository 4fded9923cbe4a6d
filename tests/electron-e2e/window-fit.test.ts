// The break and prompt windows in the packaged app on real desktops of laptop size, one with text at 125%: each
// window fits its content without a scrollbar, stays inside the work area, and its title says what it shows.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Desktop } from '../../harness/desktop';
import { closeLimber, launchLimber } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { speakerOf } from '../../i18n/speakers';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'window-fit');
/** trayer's panel along the bottom of the screen. */
const PANEL_HEIGHT = 32;

const DESKTOPS = [
  { name: '1366×768', slug: '1366x768', shape: { width: 1366, height: 768 } },
  { name: '1280×720', slug: '1280x720', shape: { width: 1280, height: 720 } },
  { name: '1280×720 with text at 125%', slug: '1280x720-125', shape: { width: 1280, height: 720, dpi: 120 } },
];

/** A micro break every 2 minutes with no warning first, so that a prompt comes soon; back check-ins on. */
const CONFIG = { microBreak: { everyMinutes: 2 }, preludeSeconds: 0, longBreak: { enabled: false }, checkIns: true };

/** How far the page runs past its window: 0 and 0 when there is no scrollbar. */
const scrolling = (page: Page) => page.evaluate(() => {
  const root = document.documentElement;
  return { down: root.scrollHeight - root.clientHeight, across: root.scrollWidth - root.clientWidth };
});

/** Where the window on screen with exactly this title is, title bar and borders included, once it is there. */
async function windowTitled(desktop: Desktop, title: string) {
  const [window] = await until(`a window titled "${title}"`, () => {
    const found = desktop.windowsTitled(new RegExp(`^${title}$`));
    return found.length > 0 ? found : null;
  }, 60_000);
  if (!window) throw new Error(`no window titled "${title}"`);
  return window.outer;
}

/** The page fits its window, the window fits the work area, and the window is named as it should be. */
async function expectFitted(desktop: Desktop, page: Page, title: string, shot: string) {
  await windowTitled(desktop, title);
  await expect.poll(() => scrolling(page), { timeout: 30_000 }).toEqual({ down: 0, across: 0 });
  const rect = await windowTitled(desktop, title);
  expect(rect.y + rect.height, `${title}: bottom edge`).toBeLessThanOrEqual(desktop.screen.height - PANEL_HEIGHT);
  expect(rect.y, `${title}: top edge`).toBeGreaterThanOrEqual(0);
  expect(rect.x + rect.width, `${title}: right edge`).toBeLessThanOrEqual(desktop.screen.width);
  expect(rect.x, `${title}: left edge`).toBeGreaterThanOrEqual(0);
  expect(desktop.windowsTitled(/^Limber$/), 'a window titled only "Limber"').toEqual([]);
  desktop.screenshot(join(SHOTS, `${shot}.png`));
}

describe.each(DESKTOPS)('windows that fit their content, on a $name desktop', ({ name, slug, shape }) => {
  const desktop = useDesktop(`Window fit on ${name}`, shape);

  it.skipIf(desktop.skip)('fits the break as its exercises change, and the "This hurts" panel', async () => {
    const run = await launchLimber(desktop.get(), { config: CONFIG });
    try {
      expect(run.again('--break-now', 'lower-back-reset').status).toBe(0);
      const page = await run.page('break');
      await page.getByRole('group', { name: /how stiff/ }).waitFor();
      await expectFitted(desktop.get(), page, 'Lower-back reset: break – Limber', `${slug}-break-check-in`);
      // The routine starts once the question before it is answered.
      await page.getByRole('button', { name: '5', exact: true }).click();
      // The seated rotation, one side at a time, has the routine's most steps and its longest heading.
      await page.getByRole('button', { name: 'Skip exercise' }).click();
      await page.getByRole('heading', { name: 'Seated rotation (right side)' }).waitFor({ timeout: 60_000 });
      await expectFitted(desktop.get(), page, 'Lower-back reset: break – Limber', `${slug}-break-rotation`);
      await page.getByRole('button', { name: 'This hurts' }).click();
      await page.getByRole('heading', { name: /Stopped/ }).waitFor();
      await expectFitted(desktop.get(), page, 'Lower-back reset: break – Limber', `${slug}-break-hurts`);
    } finally {
      await closeLimber(run);
    }
  });

  // The routines whose words run longest, in the languages they run longest in: German's hamstring stretch, and the
  // French neck routine that once filled a 125 % screen and scrolled while its check-in was asked.
  it.skipIf(desktop.skip).each([['de', 'hips-and-legs'], ['fr', 'neck-and-shoulders']] as const)(
    'fits the break in %s (%s) with its check-in, after the answer, and the "This hurts" panel', async (language, routine) => {
      const say = (await speakerOf(language)).translate;
      const run = await launchLimber(desktop.get(), { config: { ...CONFIG, language } });
      const title = say('titles.breakOfRoutine', { routine: say(`exercises.routines.${routine}`) });
      try {
        expect(run.again('--break-now', routine).status).toBe(0);
        const page = await run.page('break');
        const five = page.getByRole('button', { name: '5', exact: true });
        await five.waitFor();
        await expectFitted(desktop.get(), page, title, `${slug}-break-check-in-${language}`);
        await five.click();
        await page.getByText(say('break.checkIn.noted', { rating: 5 })).waitFor();
        await expectFitted(desktop.get(), page, title, `${slug}-break-answered-${language}`);
        await page.getByRole('button', { name: say('break.thisHurts') }).click();
        await page.getByRole('heading', { name: say('break.safety.title') }).waitFor();
        await expectFitted(desktop.get(), page, title, `${slug}-break-hurts-${language}`);
      } finally {
        await closeLimber(run);
      }
    },
  );

  it.skipIf(desktop.skip)('fits the prompt that comes when a micro break is due', { timeout: 300_000 }, async () => {
    const run = await launchLimber(desktop.get(), { config: CONFIG });
    // Real input now and then, so that Limber sees someone at the desk, sitting, until the break falls due.
    const nudging = setInterval(() => { desktop.get().nudgeMouse(); }, 5_000);
    try {
      const page = await run.page('prompt', 4 * 60_000);
      clearInterval(nudging);
      await page.getByRole('button', { name: 'Start' }).waitFor();
      await expectFitted(desktop.get(), page, 'Time for a micro break – Limber', `${slug}-prompt`);
      expect(await page.getByRole('button', { name: 'Skip' }).isVisible()).toBe(true);
    } finally {
      clearInterval(nudging);
      await closeLimber(run);
    }
  });
});
