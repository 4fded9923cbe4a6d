// Windows under a real window manager: one shown again while minimized comes back on top, and Ctrl+W closes one.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { clickToClose, closeLimber, launchLimber, SHOTS, until, useDesktop } from './limber';

const desktop = useDesktop('Windows');

const isHidden = (id: string) => desktop.get().run('xprop', '-id', id, '_NET_WM_STATE').includes('_NET_WM_STATE_HIDDEN');

describe.skipIf(desktop.skip)('windows in real Electron', () => {
  it('titles each window with what it shows', async () => {
    const run = await launchLimber(desktop.get(), { config: {} });
    try {
      for (const args of [['--settings'], ['--stats'], ['--break-now', 'neck-and-shoulders']]) expect(run.again(...args).status).toBe(0);
      const titles = await until('three windows on screen', () => {
        const shown = desktop.get().windowsTitled(/Limber/).map((w) => w.title).filter((title) => title !== 'limber');
        return shown.length === 3 ? shown.sort() : null;
      });
      expect(titles).toEqual(['Neck and shoulders: break – Limber', 'Settings – Limber', 'Statistics – Limber']);
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
      desktop.get().run('xdotool', 'windowminimize', '--sync', settings);
      await until('the window minimized', () => (isHidden(settings) ? true : null));

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
});
