// Real notifications end to end: our adapter and the real node-notifier, shown by dunst on a private X display and D-Bus.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import nodeNotifier from 'node-notifier';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier, desktopNotifier, type NodeNotifierLike, type Notifier } from '../../electron/desktop/notifications';
import { fake, Notification } from '../../harness/fake-electron';
import { firstLine } from '../helpers/streams';

const TOOLS = ['Xvfb', 'dbus-daemon', 'dbus-send', 'dunst', 'dunstctl', 'busctl', 'notify-send'];
const onPath = (tool: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, tool)));
const missing = TOOLS.filter((tool) => !onPath(tool));
if (missing.length > 0) {
  console.warn(`Notification system tests SKIPPED: no ${missing.join(', ')} (apt-get install xvfb dbus dunst libnotify-bin).`);
}

const TEXT = { title: 'Time for a 30-second break', body: 'Sit tall, brace your middle gently, and breathe out slowly.' };
const NO_NOTIFY_SEND = mkdtempSync(join(tmpdir(), 'limber-empty-path-'));
const children: ChildProcess[] = [];
let env: NodeJS.ProcessEnv = {};

function start(command: string, args: string[], stdio: ('ignore' | 'pipe')[], childEnv = process.env): ChildProcess {
  const child = spawn(command, args, { env: childEnv, stdio });
  children.push(child);
  return child;
}

const run = (command: string, args: string[]) => spawnSync(command, args, { env, encoding: 'utf8' });

/** What dunst has shown. It keeps only closed notifications in its history, so close the shown ones first. */
function dunstHistory() {
  run('dunstctl', ['close-all']);
  type Field<T> = { data: T } | undefined;
  type Entry = Record<'summary' | 'body' | 'appname', Field<string>> & { timeout: Field<number> };
  const history = JSON.parse(run('dunstctl', ['history']).stdout) as { data: Entry[][] };
  return (history.data[0] ?? []).map((entry) => ({
    title: entry.summary?.data, body: entry.body?.data, app: entry.appname?.data, timeoutMs: (entry.timeout?.data ?? 0) / 1000,
  }));
}

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
  if (missing.length > 0) return;
  const xvfb = start('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp'], ['ignore', 'ignore', 'ignore', 'pipe']);
  const display = `:${await firstLine(xvfb.stdio[3] as Readable)}`;
  const dbus = start('dbus-daemon', ['--session', '--nofork', '--print-address=1'], ['ignore', 'pipe', 'ignore']);
  env = { ...process.env, DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: await firstLine(dbus.stdout as Readable) };
  start('dunst', ['-config', '/dev/null'], ['ignore', 'ignore', 'ignore'], env);
  // Until dunst owns the name, a notification would make D-Bus start a dunst of its own.
  await vi.waitFor(() => {
    const owner = run('dbus-send', ['--print-reply=literal', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications']);
    if (!owner.stdout.includes('true')) throw new Error('dunst is not on the bus yet');
  }, { timeout: 30_000, interval: 50 });
  // notify-send, spawned by node-notifier, inherits these.
  vi.stubEnv('DISPLAY', env.DISPLAY);
  vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', env.DBUS_SESSION_BUS_ADDRESS);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  rmSync(NO_NOTIFY_SEND, { recursive: true });
  await Promise.all(children.reverse().map((child) => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(null);
    else child.once('exit', resolve).kill();
  })));
});

let warnings: string[];
const log = { warn: (message: string) => { warnings.push(message); } };
const linuxNotifier = (real: NodeNotifierLike): Notifier =>
  createNotifier({ nodeNotifier: real, electron: Notification, platform: 'linux', log, onClick: () => undefined });

beforeEach(() => {
  fake.reset();
  warnings = [];
});

describe.skipIf(missing.length > 0)('desktop notifications through notify-send and dunst', () => {
  it('shows our title and body, as Limber, for 15 s', async () => {
    desktopNotifier({ log, onClick: () => undefined }).notify(TEXT);
    await expect.poll(dunstHistory, { timeout: 30_000 }).toContainEqual({ ...TEXT, app: 'Limber', timeoutMs: 15_000 });
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
