// A new user's first start, in the packaged app: the welcome, the config written, the ring in the tray, and no
// renderer left once the welcome is closed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLimber, launchLimber } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';

const desktop = useDesktop('First start');

describe.skipIf(desktop.skip)('first start in real Electron', () => {
  it('opens the welcome, writes the config, embeds the tray icon, and runs no renderer once the welcome closes', async () => {
    const run = await launchLimber(desktop.get());
    try {
      const welcome = await run.page('welcome');
      await welcome.getByRole('heading', { name: 'Welcome to Limber' }).waitFor();
      expect(existsSync(join(run.userData, 'config.json'))).toBe(true);
      const icon = await until('the tray icon', () => desktop.get().trayIcon('Limber'));
      expect(icon).toMatchObject({ width: expect.any(Number) as number });
      const [window] = await until('the welcome window on screen', () => {
        const found = desktop.get().windowsTitled(/Welcome/);
        return found.length > 0 ? found : null;
      });
      expect(window?.title).toBe('Welcome to Limber');
      expect(run.app.process().exitCode).toBeNull();
      desktop.get().run('xdotool', 'windowactivate', '--sync', window?.id ?? '', 'key', 'ctrl+w');
      await until('the welcome window to close', () => (desktop.get().windowsTitled(/Welcome/).length === 0 ? true : null));
      await until('no renderer process', () => (run.renderers() === 0 ? true : null));
    } finally {
      await closeLimber(run);
    }
  });
});
