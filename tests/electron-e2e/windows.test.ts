// Windows under a real window manager: one shown again while minimized comes back on top, and Ctrl+W closes one.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToClose, closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const desktop = useDesktop('Windows');
/** The break's `main` at its widest on a screen of laptop height such as this one (styles.css), which it has room for. */
const BREAK_WIDTH = 1120;

const isHidden = (id: string) => desktop.get().run('xprop', '-id', id, '_NET_WM_STATE').includes('_NET_WM_STATE_HIDDEN');

describe.skipIf(desktop.skip)('windows in real Electron', () => {
  it('titles each window with what it shows', async () => {
    const run = await launchLimber(desktop.get(), { config: {} });
    try {
      for (const args of [['--settings'], ['--stats'], ['--break-now', 'neck-and-shoulders']]) expect(run.again(...args).status).toBe(0);
      // The settings page adds its section to the title once it has loaded.
      const titles = await until('three windows on screen, the settings naming its section', () => {
        const shown = desktop.get().windowsTitled(/Limber/).map((w) => w.title).filter((title) => title !== 'limber');
        return shown.length === 3 && shown.some((title) => title.endsWith(' – Settings – Limber')) ? shown.sort() : null;
      });
      expect(titles).toEqual(['Breaks – Settings – Limber', 'Neck and shoulders: break – Limber', 'Statistics – Limber']);
    } finally {
      await closeLimber(run);
    }
  });

  it('restores and raises a minimized window shown again, and closes a window on Ctrl+W', async () => {
    const run = await launchLimber(desktop.get(), { config: {} });
    try {
      expect(run.again('--settings').status).toBe(0);
      await run.page('settings');
      const settings = await run.windowId('settings');
      // Asked again until it takes: the page can be there a moment before the window manager manages its window.
      await until('the window minimized', () => {
        if (isHidden(settings)) return true;
        desktop.get().run('xdotool', 'windowminimize', settings);
        return null;
      });

      expect(run.again('--settings').status).toBe(0);
      await until('the window restored', () => (isHidden(settings) ? null : true));
      await until('the window active', () => (desktop.get().run('xdotool', 'getactivewindow').trim() === String(Number(settings)) ? true : null));

      desktop.get().run('xdotool', 'key', 'ctrl+w');
      await until('the window closed', () => (run.app.windows().length === 0 ? true : null));
      await until('no renderer left', () => (run.renderers() === 0 ? true : null));
    } finally {
      await closeLimber(run);
    }
  });

  it('shows each window on its own, for the screenshots in docs/screenshots', async () => {
    const run = await launchLimber(desktop.get(), { config: {} });
    try {
      const shots: [string[], string, string][] = [
        [['--break-now', 'lower-back-reset'], 'break?routine=lower-back-reset', 'break'],
        [['--settings'], 'settings', 'settings'],
        [['--stats'], 'stats', 'stats'],
      ];
      for (const [args, route, name] of shots) {
        expect(run.again(...args).status).toBe(0);
        const page = await run.page(route);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const id = await run.windowId(route.split('?')[0] ?? route);
        await until('the window on screen', () => (desktop.get().run('xwininfo', '-id', id).includes('IsViewable') ? true : null));
        // For the picture only (nothing is asserted on it): the break's first figure and ring drawn, the fonts settled.
        await new Promise((done) => setTimeout(done, name === 'break' ? 4000 : 1000));
        desktop.get().screenshot(join(SHOTS, `${name}.png`));
        if (name === 'break') {
          await page.keyboard.press('Escape');
          await clickToClose(page, 'Close');
        } else {
          desktop.get().run('xdotool', 'windowactivate', '--sync', id, 'key', 'ctrl+w');
          await until('the window closed', () => (run.app.windows().length === 0 ? true : null));
        }
      }
    } finally {
      await closeLimber(run);
    }
  });

  it.each(['light', 'dark'] as const)(
    'holds the break window still through a long and a micro routine (%s theme): Electron\'s bounds never change',
    async (theme) => {
      const run = await launchLimber(desktop.get(), { config: { theme, checkIns: true } });
      try {
        const moves: string[] = [];
        expect(run.again('--break-now', 'lower-back-reset').status).toBe(0);
        let page = await run.page('break?routine=lower-back-reset');
        await page.getByRole('group', { name: 'Before you start: how stiff is your back right now?' }).waitFor();
        await watchBreakWindow(run);
        const buttons = await buttonBoxes(page);
        const checkButtons = async (moment: string) => {
          if (JSON.stringify(await buttonBoxes(page)) !== JSON.stringify(buttons)) moves.push(`${moment}: the buttons moved`);
        };
        await shoot(run, `break-${theme}-check-in`);
        await page.getByRole('button', { name: '3', exact: true }).click();
        await page.getByText('Noted: 3 of 10, thank you.').waitFor();
        await checkButtons('noted');
        await page.getByRole('status').filter({ hasText: /^Hold 1 of/ }).waitFor();
        await checkButtons('first hold');
        // The seated rotation has the routine's most steps and longest name; its right side, then a pause in it.
        await page.getByRole('button', { name: 'Skip exercise' }).click();
        await page.getByRole('status').filter({ hasText: /^Hold 1 of/ }).waitFor();
        await shoot(run, `break-${theme}-exercise`);
        await page.getByRole('button', { name: 'Pause' }).click();
        await page.getByRole('status').filter({ hasText: /^Paused/ }).waitFor();
        await checkButtons('paused');
        await shoot(run, `break-${theme}-paused`);
        await page.getByRole('button', { name: 'Resume' }).click();
        await page.getByRole('button', { name: 'Skip exercise' }).click();
        await page.getByRole('heading', { name: 'Seated march' }).waitFor();
        await page.getByRole('button', { name: 'Skip exercise' }).click();
        await page.getByRole('group', { name: /after the routine/ }).waitFor();
        await checkButtons('after check-in');
        await page.getByRole('button', { name: '2', exact: true }).click();
        await page.getByRole('timer', { name: 'Seconds until this window closes' }).waitFor();
        await checkButtons('end screen');
        await settle(page);
        moves.push(...await breakWindowMoves(run, 'lower-back reset'));
        await clickToClose(page, 'Close');

        expect(run.again('--break-now', 'posture-reset').status).toBe(0);
        page = await run.page('break?routine=posture-reset');
        await page.getByRole('status').filter({ hasText: 'Get ready' }).waitFor();
        await watchBreakWindow(run);
        await page.getByRole('status').filter({ hasText: 'Hold 1 of 1' }).waitFor();
        // Long enough to end in real time, with the pointer away from the window so that it closes by itself.
        desktop.get().run('xdotool', 'mousemove', '0', '0');
        await page.getByText(/^Done: 1 exercise in/).waitFor({ timeout: 90_000 });
        await settle(page);
        await shoot(run, `break-${theme}-end`);
        moves.push(...await breakWindowMoves(run, 'posture reset'));
        await page.waitForEvent('close', { timeout: 60_000 });
        expect(moves).toEqual([]);
      } finally {
        await closeLimber(run);
      }
    },
  );
});

const buttonBoxes = (page: Page) => page.locator('nav[aria-label="Routine controls"] button').evaluateAll((buttons) =>
  buttons.map((b) => { const r = b.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map(Math.round); }));

/** Two frames: whatever the page measured has reached the window by then, if it was going to. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => { requestAnimationFrame(() => { requestAnimationFrame(done); }); }));

/**
 * From now on, each resize or move of the break window is noted in the main process. It starts once the window is on
 * screen at the width its page asked for: on a busy machine a window can appear before its page has measured it.
 */
async function watchBreakWindow(run: LimberRun) {
  await until('the break window on screen at its width', () => run.app.evaluate(({ BrowserWindow }, width) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes('#/break'));
    return window?.isVisible() === true && window.getContentSize()[0] === width ? true : null;
  }, BREAK_WIDTH));
  await run.app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes('#/break'));
    if (!window) throw new Error('no break window');
    const noted: string[] = [];
    (globalThis as { breakMoves?: string[] }).breakMoves = noted;
    const note = () => { noted.push(JSON.stringify(window.getBounds())); };
    window.on('resize', note);
    window.on('move', note);
  });
}

async function breakWindowMoves(run: LimberRun, routine: string): Promise<string[]> {
  const noted = await run.app.evaluate(() => (globalThis as { breakMoves?: string[] }).breakMoves ?? []);
  return noted.map((bounds) => `${routine}: the window moved or resized to ${bounds}`);
}

/** The break window's content as Electron draws it, for docs/screenshots. */
async function shoot(run: LimberRun, name: string) {
  const png = await run.app.evaluate(async ({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes('#/break'));
    return window ? (await window.webContents.capturePage()).toPNG().toString('base64') : '';
  });
  writeFileSync(join(DOCS, `${name}.png`), Buffer.from(png, 'base64'));
}
