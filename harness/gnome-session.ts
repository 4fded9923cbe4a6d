// A stand-in for GNOME's session manager on a test's session bus: only its InhibitedActions flags, set by the test.
import { interface as dbusInterface, sessionBus } from '@particle/dbus-next';
import { onTestFinished } from 'vitest';

class StandInSessionManager extends dbusInterface.Interface {
  InhibitedActions = 0;
}
StandInSessionManager.configureMembers({ properties: { InhibitedActions: { signature: 'u', access: 'read' } } });

/** Owns org.gnome.SessionManager on the bus at `address` until the test ends; set its flags on what it returns. */
export async function standInGnomeSession(address: string): Promise<{ InhibitedActions: number }> {
  const bus = sessionBus({ busAddress: address });
  onTestFinished(() => { bus.disconnect(); });
  const manager = new StandInSessionManager('org.gnome.SessionManager');
  bus.export('/org/gnome/SessionManager', manager);
  await bus.requestName('org.gnome.SessionManager', 0);
  return manager;
}
