// Real notifications end to end: our adapter and the real node-notifier, shown by dunst on a private X display and D-Bus.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import nodeNotifier from 'node-notifier';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier, desktopNotifier, type NodeNotifierLike, type Notifier } from '../../electron/desktop/notifications';
import { fake, Notification } from '../../harness/fake-electron';
import { startDisplay } from '../../harness/display';
import { notificationsShown, startNotificationDaemon } from '../../harness/notification-daemon';
import { missingPrograms, skippedFor } from '../../harness/programs';
import { Services } from '../../harness/services';
import { startSessionBus } from '../../harness/session-bus';

const skip = skippedFor('Notification system tests', missingPrograms(['Xvfb', 'dbus-daemon', 'dbus-send', 'dunst', 'dunstctl', 'busctl', 'notify-send']),
  'apt-get install xvfb dbus dunst libnotify-bin');

const TEXT = { title: 'Time for a 30-second break', body: 'Sit tall, brace your middle gently, and breathe out slowly.' };
const NO_NOTIFY_SEND = mkdtempSync(join(tmpdir(), 'limber-empty-path-'));
const services = new Services();
let env: NodeJS.ProcessEnv = {};

/** A node-notifier loaded afresh, as in a new process: it remembers whether it found notify-send. */
function freshNodeNotifier(): NodeNotifierLike {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('node-notifier')) + sep;
  for (const path of Object.keys(require.cache)) if (path.startsWith(dir)) Reflect.deleteProperty(require.cache, path);
  return require('node-notifier') as NodeNotifierLike;
}

function withoutNotifySend(show: () => void) {
  vi.stubEnv('PATH', NO_NOTIFY_SEND);
  try {
    show();
  } finally {
    vi.stubEnv('PATH', env.PATH);
  }
}

beforeAll(async () => {
  if (skip) return;
  env = { ...process.env, DISPLAY: (await startDisplay(services)).name, DBUS_SESSION_BUS_ADDRESS: await startSessionBus(services) };
  await startNotificationDaemon(services, env);
  // notify-send, spawned by node-notifier, inherits these.
  vi.stubEnv('DISPLAY', env.DISPLAY);
  vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', env.DBUS_SESSION_BUS_ADDRESS);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  rmSync(NO_NOTIFY_SEND, { recursive: true });
  await services.stop();
});

let warnings: string[];
const log = { warn: (message: string) => { warnings.push(message); } };
const linuxNotifier = (real: NodeNotifierLike): Notifier =>
  createNotifier({ nodeNotifier: real, electron: Notification, platform: 'linux', log, onClick: () => undefined });

beforeEach(() => {
  fake.reset();
  warnings = [];
});

describe.skipIf(skip)('desktop notifications through notify-send and dunst', () => {
  it('shows our title and body, as Limber, for 15 s', async () => {
    desktopNotifier({ log, onClick: () => undefined }).notify(TEXT);
    await expect.poll(() => notificationsShown(services, env), { timeout: 30_000 }).toContainEqual({ ...TEXT, app: 'Limber', timeoutMs: 15_000 });
    expect(warnings).toEqual([]);
    expect(fake.notifications).toEqual([]);
  });

  it('falls back to Electron notifications in a process started without notify-send, and says so once', () => {
    const desktop = linuxNotifier(freshNodeNotifier());
    withoutNotifySend(() => {
      desktop.notify(TEXT);
      desktop.notify({ title: 'Second', body: 'Straight to the fallback.' });
    });
    expect(fake.notifications.map((n) => n.title)).toEqual([TEXT.title, 'Second']);
    expect(warnings).toEqual(['notify-send is missing (not found: notify-send), using Electron notifications instead']);
  });

  it('falls back when notify-send goes missing after node-notifier found it', async () => {
    const desktop = linuxNotifier(nodeNotifier);
    desktop.notify({ title: 'Found', body: 'node-notifier now remembers notify-send.' });
    withoutNotifySend(() => { desktop.notify(TEXT); });
    await expect.poll(() => fake.notifications.map((n) => n.title), { timeout: 30_000 }).toEqual([TEXT.title]);
    expect(warnings).toEqual([expect.stringMatching(/^notify-send is missing \(Command failed: .*\), using Electron notifications instead$/s)]);
  });
});
