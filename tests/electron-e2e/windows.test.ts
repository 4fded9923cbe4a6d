// Windows under a real window manager: one shown again while minimized comes back on top, and Ctrl+W closes one.
import { describe, expect, it } from 'vitest';
import { closeLimber, launchLimber, until, useDesktop } from './limber';

const desktop = useDesktop('Windows');

const isHidden = (id: string) => desktop.get().run('xprop', '-id', id, '_NET_WM_STATE').includes('_NET_WM_STATE_HIDDEN');

describe.skipIf(desktop.skip)('windows in real Electron', () => {
  it('restores and raises a minimized window shown again, and closes a window on Ctrl+W', async () => {
    const run = await launchLimber(desktop.get(), { config: {} });
    try {
      expect(run.again('--settings').status).toBe(0);
      await run.page('settings');
      const settings = await until('the settings window', () => desktop.get().windowsTitled(/^Settings – Limber$/)[0]);
      desktop.get().run('xdotool', 'windowminimize', '--sync', settings.id);
      await until('the window minimized', () => (isHidden(settings.id) ? true : null));

      expect(run.again('--settings').status).toBe(0);
      await until('the window restored', () => (isHidden(settings.id) ? null : true));
      await until('the window active', () => (desktop.get().activeWindowTitle() === 'Settings – Limber' ? true : null));

      desktop.get().run('xdotool', 'key', 'ctrl+w');
      await until('the window closed', () => (run.app.windows().length === 0 ? true : null));
      await until('no renderer left', () => (run.renderers() === 0 ? true : null));
    } finally {
      await closeLimber(run);
    }
  });
});
