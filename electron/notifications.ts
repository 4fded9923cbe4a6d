import { Notification } from 'electron';
import type { Log } from './log';

export interface NotificationText { title: string; body: string }

export interface Notifier { notify(text: NotificationText): void }

/** The part of node-notifier used here. Its error is really `Error | string | null`: a string is the stderr of a run that exited 0. */
export interface NodeNotifierLike {
  notify(options: NodeNotifierOptions, callback: (error: unknown) => void): unknown;
  on(event: 'click', listener: () => void): unknown;
}

interface NodeNotifierOptions {
  title: string;
  message: string;
  timeout: number;
  wait?: boolean;
  'app-name'?: string;
}

/** The part of Electron's Notification class used here. */
export interface ElectronNotificationLike {
  isSupported(): boolean;
  new (text: NotificationText): { show(): void; on(event: 'click' | 'close', listener: () => void): unknown };
}

export interface NotifierDeps {
  nodeNotifier: NodeNotifierLike;
  fallback: ElectronNotificationLike;
  platform: NodeJS.Platform;
  log: Pick<Log, 'warn'>;
  onClick: () => void;
}

const APP_NAME = 'Limber';
const SHOWN_SECONDS = 15;

/** node-notifier's `which notify-send` failed (first time, or its cached answer after), or the shell found no notify-send. */
function isNotifySendMissing(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const shellCommandNotFound = 'code' in error && error.code === 127;
  return shellCommandNotFound || /not found: notify-send|notify-send must be installed/.test(error.message);
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Desktop notifications through node-notifier, or through Electron's where notify-send is missing. Never throws. */
export function createNotifier({ nodeNotifier, fallback, platform, log, onClick }: NotifierDeps): Notifier {
  // notify-send reports no clicks, and `wait` there only shortens the timeout.
  const viaNotifySend = platform === 'linux';
  let useFallback = false;
  // Electron drops a notification's events once its object is garbage collected (electron/electron#16922).
  const alive = new Set<object>();

  nodeNotifier.on('click', () => { onClick(); });

  const showFallback = (text: NotificationText) => {
    if (!fallback.isSupported()) return;
    const notification = new fallback(text);
    notification.on('click', () => { alive.delete(notification); onClick(); });
    notification.on('close', () => { alive.delete(notification); });
    notification.show();
    alive.add(notification);
  };

  const safely = (show: () => void) => {
    try {
      show();
    } catch (error) {
      log.warn(`Notification failed: ${reason(error)}`);
    }
  };

  const onNativeError = (error: unknown, text: NotificationText) => {
    if (!viaNotifySend || !isNotifySendMissing(error)) {
      log.warn(`Notification failed: ${reason(error)}`);
      return;
    }
    if (!useFallback) {
      const instead = fallback.isSupported() ? 'using Electron notifications instead' : 'and Electron has none: notifications are off';
      log.warn(`notify-send is missing (${error.message}), ${instead}`);
    }
    useFallback = true;
    showFallback(text);
  };

  const showNative = (text: NotificationText) => {
    const options: NodeNotifierOptions = viaNotifySend
      ? { title: text.title, message: text.body, timeout: SHOWN_SECONDS, 'app-name': APP_NAME }
      : { title: text.title, message: text.body, timeout: SHOWN_SECONDS, wait: true };
    // The callback may run later, from a child process's exit, where a throw would be uncaught.
    nodeNotifier.notify(options, (error) => { if (error) safely(() => { onNativeError(error, text); }); });
  };

  return {
    notify(text) {
      safely(() => {
        if (useFallback) showFallback(text);
        else showNative(text);
      });
    },
  };
}

/**
 * A node-notifier that `load`s the real one on the first notification. Until then no click can come, so listeners
 * wait here; a failed load reaches each notification's callback, as node-notifier's own errors do.
 */
export function loadOnFirstUse(load: () => Promise<NodeNotifierLike>): NodeNotifierLike {
  const clickListeners: (() => void)[] = [];
  let loaded: Promise<NodeNotifierLike> | null = null;
  let ready: NodeNotifierLike | null = null;
  const loadOnce = () => (loaded ??= load().then((real) => {
    for (const listener of clickListeners) real.on('click', listener);
    ready = real;
    return real;
  }));
  return {
    notify(options, callback) {
      loadOnce().then((real) => real.notify(options, callback)).catch(callback);
    },
    on(event, listener) {
      clickListeners.push(listener);
      ready?.on(event, listener);
    },
  };
}

/**
 * The production notifier: the real node-notifier, with Electron's Notification as the fallback. node-notifier and
 * its helpers (semver, uuid, which…) are read from node_modules when the first notification is shown, not at start.
 */
export function desktopNotifier({ log, onClick }: Pick<NotifierDeps, 'log' | 'onClick'>): Notifier {
  const nodeNotifier = loadOnFirstUse(async () => (await import('node-notifier')).default);
  return createNotifier({ nodeNotifier, fallback: Notification, platform: process.platform, log, onClick });
}
