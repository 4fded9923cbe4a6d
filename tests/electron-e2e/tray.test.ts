// The tray in a real XEmbed tray host: the ring's colours as drawn on screen, the menu through real clicks and
// keys, and a left click.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LimberBridge, PromptStatus } from '../../electron/core/contract';
import { clickToClose, closeLimber, launchLimber, SHOTS, until, useDesktop, type LimberRun } from './limber';
import { chooseFromTrayMenu, closeTrayMenu, leftClickTrayIcon, menuWhile, openTrayMenu, trayIcon, windowClass } from './tray-menu';

const desktop = useDesktop('Tray');
const CLASS = windowClass('packaged');

/** Opens the tray menu, takes a screenshot of the desktop with it, and closes it again. */
async function screenshotMenu(file: string) {
  const menu = await openTrayMenu(desktop.get(), CLASS);
  // The menu's window is mapped; a moment more for GTK to paint it, for the picture only (nothing is asserted on it).
  await new Promise((done) => setTimeout(done, 300));
  desktop.get().screenshot(join(SHOTS, file));
  await closeTrayMenu(desktop.get(), CLASS, menu);
}

const status = (page: Page) => page.evaluate(() => (window as unknown as { limber: { status(): Promise<PromptStatus> } }).limber.status());

describe.skipIf(desktop.skip)('the tray in real Electron', () => {
  let run: LimberRun;
  beforeAll(async () => { run = await launchLimber(desktop.get(), { config: {} }); });
  afterAll(async () => { await closeLimber(run); });

  it('draws the ring\'s half-transparent track as dark as it is meant to be over the panel', async () => {
    const icon = await trayIcon(desktop.get(), CLASS);
    // The ring starts as its grey track: 128 grey at 110/255 opacity over the panel's colour.
    await until('the ring drawn', () => {
      const pixels = desktop.get().pixels(icon);
      return pixels.some(([r]) => r < (pixels[0]?.[0] ?? 0) - 20) ? true : null;
    });
    const pixels = desktop.get().pixels(icon);
    const [panel] = pixels[0] ?? [0];
    const darkest = Math.min(...pixels.map(([r, g, b]) => (r + g + b) / 3));
    const alpha = 110 / 255;
    const expected = 128 * alpha + panel * (1 - alpha);
    // The straight-alpha bitmap that createFromBitmap took as premultiplied measured 141 here against 180 expected.
    expect(darkest).toBeGreaterThan(expected - 12);
    expect(darkest).toBeLessThan(expected + 12);
  });

  it('opens a routine, the settings and the statistics from the menu', async () => {
    const menu = menuWhile('sitting');
    await chooseFromTrayMenu(desktop.get(), CLASS, menu, ['Take a break now', 'Quick brace (3 min)']);
    const page = await run.page('break?routine=quick-brace');
    await page.getByRole('timer').waitFor();
    await page.keyboard.press('Escape');
    await clickToClose(page, 'Close');

    await chooseFromTrayMenu(desktop.get(), CLASS, menu, ['Settings…']);
    await run.page('settings');
    await chooseFromTrayMenu(desktop.get(), CLASS, menu, ['Statistics…']);
    await run.page('stats');
  });

  it('pauses for 30 minutes, which the menu\'s status line then says', async () => {
    const chosen = Date.now();
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('sitting'), ['Pause', 'For 30 minutes']);
    const stats = await run.page('stats');
    const { snapshot } = await until('the pause', async () => {
      const now = await status(stats);
      return now.snapshot.paused ? now : null;
    });
    // 30 minutes from the moment Limber took the choice, which lies between the keys and the pause seen however long
    // that took; a second either side for Limber's wall time moved on by its monotonic clock.
    expect(snapshot.paused?.until).toBeGreaterThanOrEqual(chosen + 30 * 60_000 - 1000);
    expect(snapshot.paused?.until).toBeLessThanOrEqual(Date.now() + 30 * 60_000 + 1000);
    await screenshotMenu('tray-menu-paused.png');
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('paused'), ['Resume']);
    await until('the pause to end', async () => ((await status(stats)).snapshot.paused ? null : true));
  });

  it('switches "I\'m reading" on and off, ticked in the menu while on', async () => {
    // Timed, so that the clicks and keys that work the menu (input) can't end it before the test does.
    const stats = await run.page('stats');
    const settings = await stats.evaluate(() => (window as unknown as { limber: LimberBridge }).limber.saveSettings({ watching: { readingEnds: '30-minutes' } }));
    if (!settings.ok) throw new Error(settings.errors.join('; '));
    const chosen = Date.now();
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('sitting', settings.settings), ['I’m reading (for 30 minutes)']);
    const { snapshot } = await until('reading on', async () => {
      const now = await status(stats);
      return now.snapshot.reading ? now : null;
    });
    expect(snapshot.reading?.until).toBeGreaterThanOrEqual(chosen + 30 * 60_000 - 1000);
    expect(snapshot.reading?.until).toBeLessThanOrEqual(Date.now() + 30 * 60_000 + 1000);
    await screenshotMenu('tray-menu-reading.png');
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('reading', settings.settings), ['I’m reading (until I move)']);
    await until('reading off', async () => ((await status(stats)).snapshot.reading ? null : true));
    expect(run.log()).toMatch(/Reading switch off \(off\)/);
  });

  it('opens the statistics on a left click', async () => {
    for (const page of run.app.windows()) await page.close();
    await until('no window', () => (run.app.windows().length === 0 ? true : null));
    await leftClickTrayIcon(desktop.get(), CLASS);
    await run.page('stats');
  });
});
