import { signalsWords } from '../../core/words/signals';
import { getProperty, withSessionBus } from './dbus';
import { messageOf, runTool } from './run';
import type { BusySignal } from './signal';

type Answer = { via: string; on: boolean };

const NOTIFICATIONS = { service: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications' };
const ON_THE_BUS = [
  { get via() { return signalsWords.via.linux.dnd.notificationServer; }, iface: 'org.freedesktop.Notifications', property: 'Inhibited' },
  { get via() { return signalsWords.via.linux.dnd.dunst; }, iface: 'org.dunstproject.cmd0', property: 'paused' },
];
/**
 * Desktop settings, asked only on their own desktop: GNOME's schema is installed on most systems whatever the
 * desktop, and asking xfconf starts its daemon.
 */
const DESKTOP_SETTINGS = [
  {
    get via() { return signalsWords.via.linux.dnd.gnome; }, desktop: /GNOME/i,
    read: async (env: NodeJS.ProcessEnv) => !expectBoolean(await runTool('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], env)),
  },
  {
    get via() { return signalsWords.via.linux.dnd.xfce; }, desktop: /XFCE/i,
    read: async (env: NodeJS.ProcessEnv) => {
      try {
        return expectBoolean(await runTool('xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb'], env));
      } catch (error) {
        if (/does not exist/.test(messageOf(error))) return false; // Never switched on.
        throw error;
      }
    },
  },
];

/** Do Not Disturb, from the first place that answers, in the order above. */
export function dndSignal(env: NodeJS.ProcessEnv): BusySignal {
  return {
    name: 'dnd',
    read: async () => (await firstAnswer(env)).on,
    status: async () => {
      try {
        return { readable: true, via: (await firstAnswer(env)).via };
      } catch (error) {
        return { readable: false, why: messageOf(error) };
      }
    },
    close: () => undefined,
  };
}

async function firstAnswer(env: NodeJS.ProcessEnv): Promise<Answer> {
  const fromBus = await withSessionBus(env, async (bus) => {
    for (const { via, iface, property } of ON_THE_BUS) {
      const on = await getProperty(bus, { ...NOTIFICATIONS, iface }, property).catch(() => undefined);
      if (typeof on === 'boolean') return { via, on };
    }
    return undefined;
  }).catch(() => undefined);
  if (fromBus) return fromBus;
  for (const { via, desktop, read } of DESKTOP_SETTINGS) {
    if (!desktop.test(env.XDG_CURRENT_DESKTOP ?? '')) continue;
    const on = await read(env).catch(() => undefined);
    if (on !== undefined) return { via, on };
  }
  throw new Error(signalsWords.why.linux.noDndSwitch);
}

function expectBoolean(output: string): boolean {
  const value = output.trim();
  if (value !== 'true' && value !== 'false') throw new Error(`expected true or false, got "${value}"`);
  return value === 'true';
}
