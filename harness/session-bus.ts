// A private D-Bus session bus, and asking it who owns a name.
import type { Services } from './services';

/** Starts a session bus among `services`, listening at `listen` or where its configuration says; resolves its address. */
export function startSessionBus(services: Services, env: NodeJS.ProcessEnv = process.env, listen?: string): Promise<string> {
  return services.startAddressed('dbus-daemon', ['--session', '--nofork', '--print-address=1', ...(listen ? [`--address=${listen}`] : [])], env, 1);
}

/** Whether a program owns `name` on the session bus of `env`. */
export function ownsBusName(services: Services, env: NodeJS.ProcessEnv, name: string): boolean {
  return services.run('dbus-send', ['--session', '--print-reply=literal', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner', `string:${name}`], env).stdout.includes('true');
}
