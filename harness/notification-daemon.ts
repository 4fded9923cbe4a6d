// dunst as the notification daemon on a session bus, and what it has shown.
import type { Services } from './services';
import { ownsBusName } from './session-bus';
import { until } from './until';

/** Starts dunst on the session bus of `env`, and waits until it owns the name: before, a notification would start a dunst of its own. */
export async function startNotificationDaemon(services: Services, env: NodeJS.ProcessEnv): Promise<void> {
  services.start('dunst', ['-config', '/dev/null'], env);
  await until('dunst on the bus', () => (ownsBusName(services, env, 'org.freedesktop.Notifications') ? true : null), 60_000);
}

/** Every notification dunst has shown, oldest first. It keeps only closed ones in its history, so it closes the shown ones to read them. */
export function notificationsShown(services: Services, env: NodeJS.ProcessEnv) {
  services.run('dunstctl', ['close-all'], env);
  type Field<T> = { data: T } | undefined;
  type Entry = Record<'summary' | 'body' | 'appname', Field<string>> & { timeout: Field<number> };
  const history = JSON.parse(services.run('dunstctl', ['history'], env).stdout) as { data: Entry[][] };
  return (history.data[0] ?? []).map((entry) => ({
    title: entry.summary?.data ?? '', body: entry.body?.data ?? '', app: entry.appname?.data ?? '', timeoutMs: (entry.timeout?.data ?? 0) / 1000,
  })).reverse();
}

/**
 * The titles of every notification asked of the bus of `env` from now on, whoever shows them: read from the calls
 * themselves (dbus-monitor), so a daemon that crashes and is started again by the bus loses none of them. dunst on a
 * headless sway does crash now and then while it draws one.
 */
export function recordNotifyCalls(services: Services, env: NodeJS.ProcessEnv): () => string[] {
  const monitor = services.start('dbus-monitor', ['--session', "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"], env, ['ignore', 'pipe', 'ignore']);
  let text = '';
  monitor.stdout?.on('data', (chunk) => { text += String(chunk); });
  // Notify's arguments: app name, replaced id, icon, summary, body…; dbus-monitor prints each string as `string "…"`.
  // A call whose summary hasn't come through the pipe yet isn't counted: read mid-call, it would read as ''.
  return () => text.split(/^method call /m).filter((call) => call.includes('member=Notify'))
    .flatMap((call) => [...call.matchAll(/^\s*string "(.*)"\n/gm)].slice(2, 3).map((match) => match[1] ?? ''));
}
