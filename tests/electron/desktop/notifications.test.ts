import { EventEmitter } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NotificationText } from '../../../electron/desktop/notification-text';
import {
  createNotifier, loadOnFirstUse, type NodeNotifierLike, type NotificationServer, type NotifierDeps, type Notifier,
} from '../../../electron/desktop/notifications';
import { fake, Notification } from '../../../harness/fake-electron';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type Options = Parameters<NodeNotifierLike['notify']>[0];

/** Shaped like node-notifier: answers through a callback, and emits 'click' itself. */
class FakeNodeNotifier extends EventEmitter implements NodeNotifierLike {
  shown: Options[] = [];
  /** What notify() answers at once, the way node-notifier answers when `which notify-send` fails. */
  answer: unknown = null;
  /** Callbacks held back, as for a notify-send run: when set, notify() answers only through these. */
  inFlight: ((error: unknown) => void)[] | null = null;
  notify(options: Options, callback: (error: unknown) => void) {
    this.shown.push(options);
    if (this.inFlight) this.inFlight.push(callback);
    else callback(this.answer);
    return this;
  }
}

const TEXT = { title: 'Time for a 30-second micro break', body: 'Sit tall.' };
const LATER = { title: 'Micro break in 30 seconds', body: 'Find a good place to pause.' };
// What node-notifier 10 calls back with: from `which`, from its cached answer, and from the shell's exit status.
const WHICH_FAILED = Object.assign(new Error('not found: notify-send'), { code: 'ENOENT' });
const CACHED_MISSING = new Error('notify-send must be installed on the system.');
const SHELL_NOT_FOUND = Object.assign(new Error('Command failed: notify-send "a" "b"\n/bin/sh: 1: notify-send: not found\n'), { code: 127 });

class BrokenNotification {
  static isSupported = () => true;
  constructor() { throw new Error('no libnotify'); }
  show() { return undefined; }
  close() { return undefined; }
  on() { return this; }
}

/** The notification server on the bus, as far as Limber uses it: ids it handed out, and the ones closed. */
class FakeServer implements NotificationServer {
  shown: { text: NotificationText; timeoutMs: number; id: number }[] = [];
  closed: number[] = [];
  /** Ids held back until `answer()`, as a bus call that has not returned yet. */
  waiting: (() => void)[] | null = null;
  failure: Error | null = null;
  show(text: NotificationText, timeoutMs: number) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.shown.length + 1;
    this.shown.push({ text, timeoutMs, id });
    if (!this.waiting) return Promise.resolve(id);
    return new Promise<number>((resolve) => { this.waiting?.push(() => { resolve(id); }); });
  }
  close(id: number) { this.closed.push(id); return Promise.resolve(); }
  answer() { for (const answer of this.waiting ?? []) answer(); this.waiting = null; }
}
const settled = () => new Promise((resolve) => { setImmediate(resolve); });

let nodeNotifier: FakeNodeNotifier;
let warnings: string[];
let clicks: number;

function notifier(overrides: Partial<NotifierDeps> = {}) {
  return createNotifier({
    nodeNotifier, electron: Notification, platform: 'linux',
    log: { warn: (message) => { warnings.push(message); } },
    onClick: () => { clicks++; },
    ...overrides,
  });
}

beforeEach(() => {
  fake.reset();
  nodeNotifier = new FakeNodeNotifier();
  warnings = [];
  clicks = 0;
});

describe('createNotifier', () => {
  it('sends the text through notify-send on Linux as Limber, without waiting for a click it cannot report', () => {
    notifier().notify(TEXT);
    expect(nodeNotifier.shown).toEqual([{ title: TEXT.title, message: TEXT.body, timeout: 15, 'app-name': 'Limber' }]);
    expect(fake.notifications).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it.each(['darwin', 'win32'] as const)('shows Electron\'s own notifications on %s, never node-notifier\'s helpers, and a click opens the break', (platform) => {
    notifier({ platform }).notify(TEXT);
    expect(nodeNotifier.shown).toEqual([]);
    expect(fake.notifications.map(({ title, body, shown }) => ({ title, body, shown }))).toEqual([{ ...TEXT, shown: true }]);
    fake.notifications[0]?.emit('click');
    expect(clicks).toBe(1);
  });

  it('says once when macOS or Windows supports no notifications', () => {
    Notification.supported = false;
    const desktop = notifier({ platform: 'win32' });
    desktop.notify(TEXT);
    desktop.notify(LATER);
    expect(nodeNotifier.shown).toEqual([]);
    expect(warnings).toEqual(['Notifications are not supported on this system: only the prompt window can announce a break']);
  });

  it.each([WHICH_FAILED, CACHED_MISSING, SHELL_NOT_FOUND])('falls back to Electron notifications for good when notify-send is missing: %s', (error) => {
    nodeNotifier.answer = error;
    const desktop = notifier();
    desktop.notify(TEXT);
    desktop.notify(LATER);
    expect(nodeNotifier.shown).toHaveLength(1);
    expect(fake.notifications.map(({ title, body, shown }) => ({ title, body, shown }))).toEqual([
      { ...TEXT, shown: true }, { ...LATER, shown: true },
    ]);
    expect(warnings).toEqual([`notify-send is missing (${error.message}), using Electron notifications instead`]);
  });

  it('says so once when runs already under way find notify-send gone', () => {
    nodeNotifier.inFlight = [];
    const desktop = notifier();
    desktop.notify(TEXT);
    desktop.notify(LATER);
    for (const answer of nodeNotifier.inFlight) answer(SHELL_NOT_FOUND);
    expect(fake.notifications.map((n) => n.title)).toEqual([TEXT.title, LATER.title]);
    expect(warnings).toHaveLength(1);
  });

  it('opens the break when the fallback notification is clicked', () => {
    nodeNotifier.answer = WHICH_FAILED;
    notifier().notify(TEXT);
    fake.notifications[0]?.emit('click');
    expect(clicks).toBe(1);
  });

  it('says notifications are off when notify-send is missing and Electron has none', () => {
    Notification.supported = false;
    nodeNotifier.answer = WHICH_FAILED;
    const desktop = notifier();
    desktop.notify(TEXT);
    desktop.notify(LATER);
    expect(fake.notifications).toEqual([]);
    expect(warnings).toEqual(['notify-send is missing (not found: notify-send), and Electron has none: notifications are off']);
  });

  it.each([
    ['a failed run', new Error('Command failed: notify-send\nCannot autolaunch D-Bus'), 'Command failed: notify-send\nCannot autolaunch D-Bus'],
    ['stderr of a run that succeeded', 'GLib-WARNING: something odd', 'GLib-WARNING: something odd'],
  ])('logs %s and keeps using notify-send', (_, error, logged) => {
    nodeNotifier.answer = error;
    const desktop = notifier();
    desktop.notify(TEXT);
    desktop.notify(LATER);
    expect(nodeNotifier.shown).toHaveLength(2);
    expect(fake.notifications).toEqual([]);
    expect(warnings).toEqual([`Notification failed: ${logged}`, `Notification failed: ${logged}`]);
  });

  it('never throws, not into the caller nor later from node-notifier\'s callback', () => {
    const throwing: NodeNotifierLike = { on: () => undefined, notify: () => { throw new TypeError('boom'); } };
    expect(() => { notifier({ nodeNotifier: throwing }).notify(TEXT); }).not.toThrow();
    nodeNotifier.inFlight = [];
    notifier({ electron: BrokenNotification }).notify(TEXT);
    expect(() => { nodeNotifier.inFlight?.[0]?.(SHELL_NOT_FOUND); }).not.toThrow();
    expect(warnings).toEqual([
      'Notification failed: boom',
      `notify-send is missing (${SHELL_NOT_FOUND.message}), using Electron notifications instead`,
      'Notification failed: no libnotify',
    ]);
  });

});

describe('a break\'s notifications', () => {
  it('go to the notification server on Linux, stay until withdrawn, and are withdrawn by their ids', async () => {
    const server = new FakeServer();
    const desktop = notifier({ server });
    desktop.prompt(LATER);
    desktop.prompt(TEXT);
    await settled();
    expect(server.shown.map(({ text, timeoutMs }) => [text.title, timeoutMs])).toEqual([[LATER.title, 0], [TEXT.title, 0]]);
    // The due notification takes the heads-up's place.
    expect(server.closed).toEqual([1]);
    desktop.withdrawPrompts();
    await settled();
    expect(server.closed).toEqual([1, 2]);
    expect(nodeNotifier.shown).toEqual([]);
  });

  it('withdraws one whose id comes back only after the break was answered', async () => {
    const server = new FakeServer();
    server.waiting = [];
    const desktop = notifier({ server });
    desktop.prompt(TEXT);
    desktop.withdrawPrompts();
    server.answer();
    await settled();
    expect(server.closed).toEqual([1]);
  });

  it('go through notify-send when the server does not answer, and the log says they can\'t be withdrawn', async () => {
    const server = new FakeServer();
    server.failure = new Error('the session bus did not answer in 2 s');
    const desktop = notifier({ server });
    desktop.prompt(TEXT);
    await settled();
    desktop.prompt(LATER);
    expect(nodeNotifier.shown.map((shown) => shown.title)).toEqual([TEXT.title, LATER.title]);
    expect(warnings).toEqual(['The notification server did not answer (the session bus did not answer in 2 s): break notifications go through notify-send and can\'t be withdrawn']);
  });

  it.each(['darwin', 'win32'] as const)('are closed on %s once withdrawn, and the next one replaces the one before', (platform) => {
    const desktop = notifier({ platform });
    desktop.prompt(LATER);
    desktop.prompt(TEXT);
    expect(fake.notifications.map((n) => n.shown)).toEqual([false, true]);
    desktop.withdrawPrompts();
    expect(fake.notifications.map((n) => n.shown)).toEqual([false, false]);
  });

  it('leave other notices alone', () => {
    const desktop = notifier({ platform: 'win32' });
    desktop.notify(TEXT);
    desktop.prompt(LATER);
    desktop.withdrawPrompts();
    expect(fake.notifications.map((n) => [n.title, n.shown])).toEqual([[TEXT.title, true], [LATER.title, false]]);
  });
});

describe('the Electron notifications kept for their clicks', () => {
  /** Shows `count` notifications, then `then` does what it likes with them; only the notifier may hold them after. */
  function shown(desktop: Notifier, count: number, then: (shown: typeof fake.notifications) => void = () => undefined) {
    for (let i = 0; i < count; i++) desktop.notify(TEXT);
    then(fake.notifications);
    const refs = fake.notifications.map((notification) => new WeakRef(notification));
    fake.notifications = [];
    return refs;
  }
  /** Whether each is still held by something, after a full garbage collection. */
  async function held(refs: WeakRef<object>[]) {
    // A WeakRef keeps its target until the turn that made it has ended.
    await new Promise((resolve) => { setImmediate(resolve); });
    collectGarbage();
    return refs.map((ref) => ref.deref() !== undefined);
  }

  it('lets go of each one once it was closed, clicked, or failed to show', async () => {
    const refs = shown(notifier({ platform: 'win32' }), 4, ([closed, clicked, failed]) => {
      closed?.emit('close');
      clicked?.emit('click');
      failed?.emit('failed', {}, 'the toast could not be shown');
    });
    expect(await held(refs)).toEqual([false, false, false, true]);
  });

  it('keeps only the newest 20 of the ones left in the notification centre, and their clicks still count', async () => {
    const refs = shown(notifier({ platform: 'darwin' }), 1000);
    const kept = await held(refs);
    expect([kept.indexOf(true), kept.slice(980).every(Boolean)]).toEqual([980, true]);
    (refs[980]?.deref() as EventEmitter).emit('click');
    expect(clicks).toBe(1);
  });
});

describe('loadOnFirstUse', () => {
  const options = { title: TEXT.title, message: TEXT.body, timeout: 15 };

  it('loads nothing before the first notification, and hands clicks heard before the load to the loaded notifier', async () => {
    let loads = 0;
    const lazy = loadOnFirstUse(() => { loads++; return Promise.resolve(nodeNotifier); });
    lazy.on('click', () => { clicks++; });
    expect(loads).toBe(0);
    const answered = new Promise((done) => { lazy.notify(options, done); });
    lazy.notify(options, () => undefined);
    await answered;
    expect(loads).toBe(1);
    expect(nodeNotifier.shown).toEqual([options, options]);
    nodeNotifier.emit('click');
    expect(clicks).toBe(1);
  });

  it('answers each notification with the error when the real notifier cannot be loaded', async () => {
    const lazy = loadOnFirstUse(() => Promise.reject(new Error('Cannot find module')));
    const error = await new Promise((done) => { lazy.notify(options, done); });
    expect(error).toEqual(new Error('Cannot find module'));
  });
});
