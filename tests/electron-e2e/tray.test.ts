// The tray in a real XEmbed tray host: the ring's colours as drawn on screen, the menu through real clicks and
// keys, a due break snoozed and a pause as the tray tells them, and a left click.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LimberBridge, PromptStatus } from '../../core/contract';
import type { Rect } from '../../harness/display';
import { clickToClose, closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { closeTrayMenu, leftClickTrayIcon, openTrayMenu, trayIcon } from '../../harness/tray-clicks';
import { chooseFromTrayMenu, menuWhile, windowClass } from './tray-menu';

const desktop = useDesktop('Tray');
const CLASS = windowClass('packaged');

const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** The part of the screen around the tray icon and its open menu, with a margin. */
function aroundMenu(menu: string, icon: Rect): string {
  const geometry = desktop.get().run('xwininfo', '-id', menu);
  const number = (name: string) => Number(new RegExp(`${name}:\\s+(-?\\d+)`).exec(geometry)?.[1] ?? 0);
  const [x, y] = [number('Absolute upper-left X'), number('Absolute upper-left Y')];
  const left = Math.max(0, Math.min(x, icon.x) - 24);
  const top = Math.max(0, Math.min(y, icon.y) - 24);
  const right = Math.min(desktop.get().screen.width, Math.max(x + number('Width'), icon.x + icon.width) + 24);
  const bottom = Math.min(desktop.get().screen.height, Math.max(y + number('Height'), icon.y + icon.height) + 24);
  return `${right - left}x${bottom - top}+${left}+${top}`;
}

/** Opens the tray menu, takes a screenshot of the desktop with it (or of the part around it, into the docs), and closes it again. */
async function screenshotMenu(file: string, where = SHOTS) {
  const menu = await openTrayMenu(desktop.get(), CLASS);
  // The menu's window is mapped; a moment more for GTK to paint it, for the picture only (nothing is asserted on it).
  await new Promise((done) => setTimeout(done, 300));
  if (where === SHOTS) desktop.get().screenshot(join(where, file));
  else desktop.get().run('import', '-window', 'root', '-crop', aroundMenu(menu, await trayIcon(desktop.get(), CLASS)), '+repage', join(where, file));
  await closeTrayMenu(desktop.get(), CLASS, menu);
}

/** The tray's status line, as Limber logged it when it last changed. */
const trayStatus = (run: LimberRun) => [...run.log().matchAll(/Tray: (.*)\n/g)].at(-1)?.[1];
/** How many notifications dunst has on screen. */
const displayed = () => Number(desktop.get().run('dunstctl', 'count', 'displayed').trim());
const clock = (wall: number) => new Date(wall).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

const status = (page: Page) => page.evaluate(() => (window as unknown as { limber: { status(): Promise<PromptStatus> } }).limber.status());

describe.skipIf(desktop.skip)('the tray in real Electron', () => {
  let run: LimberRun;
  beforeAll(async () => {
    run = await launchLimber(desktop.get(), { config: {} });
    await run.trayReady();
  });
  afterAll(async () => { await closeLimber(run); });

  it('draws the ring\'s hollow track in its grey, which stands 3:1 from the panel', async () => {
    const icon = await trayIcon(desktop.get(), CLASS);
    // The ring starts as its hollow track: a grey outline (128, 128, 128) with the panel showing through.
    const nearGrey = ([r = 0, g = 0, b = 0]: readonly number[]) => Math.max(Math.abs(r - 128), Math.abs(g - 128), Math.abs(b - 128)) <= 12;
    await until('the ring drawn', () => (desktop.get().pixels(icon).some(nearGrey) ? true : null));
    const pixels = desktop.get().pixels(icon);
    expect(pixels.filter(nearGrey).length).toBeGreaterThan(icon.width);
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
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('sitting'), ['Pause Limber', 'For 30 minutes']);
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

  it('tells a due break, then a snoozed one with when it is back, withdraws its notification, and says a pause still counts sitting', async () => {
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('sitting'), ['Statistics…']);
    const stats = await run.page('stats');
    // Sitting since the start is soon past 2 minutes: the micro break falls due with a short heads-up.
    const saved = await stats.evaluate(() => (window as unknown as { limber: LimberBridge }).limber.saveSettings({
      microBreak: { everyMinutes: 2 }, preludeSeconds: 5, watching: { readingEnds: 'input' },
    }));
    if (!saved.ok) throw new Error(saved.errors.join('; '));
    await until('the due break', () => (/Break due: micro/.test(run.log()) ? true : null), 4 * 60_000);
    await until('the tray saying so', () => (trayStatus(run) === 'A micro break is due' ? true : null));
    // The due notification stays until withdrawn; the heads-up before it is already gone.
    await until('the due notification on screen', () => (displayed() === 1 ? true : null));
    await screenshotMenu('tray-due.png', DOCS_SHOTS);

    const snoozed = Date.now();
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('due', saved.settings), ['Snooze 5 min (3 left)']);
    const said = await until('the tray saying when it is back', () => trayStatus(run)?.match(/^Micro break snoozed, back at (.+)$/)?.[1]);
    // Five minutes of sitting from the snooze, which lies between the keys and the line logged.
    expect([clock(snoozed + 5 * 60_000), clock(Date.now() + 5 * 60_000)]).toContain(said);
    await until('the notification withdrawn', () => (displayed() === 0 ? true : null));
    expect(run.notifications().map((n) => n.title).slice(-2)).toEqual(['Micro break in 5 seconds', 'Time for a 30-second micro break']);
    await screenshotMenu('tray-snoozed.png', DOCS_SHOTS);

    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('snoozed', saved.settings), ['Pause Limber', 'For 30 minutes']);
    const paused = await until('the tray saying the pause', () => trayStatus(run)?.match(/^Paused until (.+): sitting still counts$/)?.[1]);
    expect(paused).toBe(clock((await status(stats)).snapshot.paused?.until ?? 0));
    await screenshotMenu('tray-paused.png', DOCS_SHOTS);
    // The snoozed break is still there to start or skip while paused.
    await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('snoozed', saved.settings, { paused: { until: null } }), ['Resume']);
    await until('the pause to end', async () => ((await status(stats)).snapshot.paused ? null : true));
  });
});
