// Whether a tray would show Limber's icon on Wayland, asked of a real private session bus.
import { sessionBus } from '@particle/dbus-next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAY_WATCHER, trayHostOnBus } from '../../electron/desktop/tray-host';
import { missingPrograms, skippedFor } from '../../harness/programs';
import { Services } from '../../harness/services';
import { startSessionBus } from '../../harness/session-bus';

const skip = skippedFor('Tray host tests', missingPrograms(['dbus-daemon']), 'apt-get install dbus');

describe.skipIf(skip)('a StatusNotifierItem host on the session bus', () => {
  const services = new Services();
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => { env = { DBUS_SESSION_BUS_ADDRESS: await startSessionBus(services) }; });
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
