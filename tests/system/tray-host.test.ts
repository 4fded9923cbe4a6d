// Whether a tray would show Limber's icon on Wayland, asked of a real private session bus.
import { sessionBus } from '@particle/dbus-next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAY_WATCHER, trayHostOnBus } from '../../electron/desktop/tray-host';
import { missingTools, Services } from '../../harness/services';

const missing = missingTools(['dbus-daemon']);
if (missing.length > 0) console.warn('Tray host tests SKIPPED: no dbus-daemon on the PATH (apt-get install dbus).');

describe.skipIf(missing.length > 0)('a StatusNotifierItem host on the session bus', () => {
  const services = new Services();
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => { env = { DBUS_SESSION_BUS_ADDRESS: await services.dbus() }; });
  afterAll(() => services.stop());

  it('is missing on a bare session (GNOME without the AppIndicator extension), and found once a host takes the name', async () => {
    expect(await trayHostOnBus(env)).toBe(false);
    const host = sessionBus({ busAddress: env.DBUS_SESSION_BUS_ADDRESS ?? '' });
    try {
      await host.requestName(TRAY_WATCHER, 0);
      expect(await trayHostOnBus(env)).toBe(true);
    } finally {
      host.disconnect();
    }
  });

  it('is not asked for without a session bus, and says so', async () => {
    await expect(trayHostOnBus({})).rejects.toThrow(/no D-Bus session bus/);
  });
});
