import { Notification } from 'electron';
import type { Log } from '../log';
import type { NotificationText } from './notification-text';

export interface Notifier {
  /** A notice, shown for a few seconds. */
  notify(text: NotificationText): void;
  /** A break's notification: it replaces the one before, and stays until withdrawn where the system can withdraw it. */
  prompt(text: NotificationText): void;
  /** Takes the break's notifications off the screen and out of the notification centre. */
  withdrawPrompts(): void;
}

/** The freedesktop notification server on the session bus, which returns an id that can close a notification. */
export interface NotificationServer {
  /** Resolves the notification's id; a timeout of 0 keeps it until closed. */
  show(text: NotificationText, timeoutMs: number): Promise<number>;
  close(id: number): Promise<void>;
}

/** The part of node-notifier used here. Its error is really `Error | string | null`: a string is the stderr of a run that exited 0. */
export interface NodeNotifierLike {
  notify(options: NodeNotifierOptions, callback: (error: unknown) => void): unknown;
  on(event: 'click', listener: () => void): unknown;
}

interface NodeNotifierOptions {
  title: string;
  message: string;
  timeout: number;
  'app-name'?: string;
}

/** The part of Electron's Notification class used here. */
export interface ElectronNotificationLike {
  isSupported(): boolean;
  new (text: NotificationText): { show(): void; close(): void; on(event: 'click' | 'close' | 'failed', listener: () => void): unknown };
}

export interface NotifierDeps {
  nodeNotifier: NodeNotifierLike;
  /** Electron's notifications: the only ones on macOS and Windows, and the fallback on Linux without notify-send. */
  electron: ElectronNotificationLike;
  platform: NodeJS.Platform;
  /** On Linux, the notification server itself for break notifications, which notify-send can't withdraw. */
  server?: NotificationServer;
  log: Pick<Log, 'warn'>;
  onClick: () => void;
}

const APP_NAME = 'Limber';
const SHOWN_SECONDS = 15;
/**
 * Electron notifications kept for their clicks. Windows' Action Center holds 20 per app and drops the oldest without
 * telling, as macOS's Notification Centre may too, so older ones are let go here: a click on one of those does nothing,
 * while any of the newest 20 starts the break that is due by then, as a click on every Limber notification does.
 */
const KEPT_NOTIFICATIONS = 20;

/** node-notifier's `which notify-send` failed (first time, or its cached answer after), or the shell found no notify-send. */
function isNotifySendMissing(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const shellCommandNotFound = 'code' in error && error.code === 127;
  return shellCommandNotFound || /not found: notify-send|notify-send must be installed/.test(error.message);
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Desktop notifications: on Linux through node-notifier's notify-send, or Electron's where notify-send is missing; on
 * macOS and Windows through Electron's, which show as Limber's own. node-notifier would run its bundled helpers there:
 * terminal-notifier (built for Intel Macs only, and branded as itself) and SnoreToast (branded SnoreToast unless given
 * an app id, and making a Start-menu shortcut of its own). Never throws.
 */
export function createNotifier({ nodeNotifier, electron, platform, server, log, onClick }: NotifierDeps): Notifier {
  let useElectron = platform !== 'linux';
  // Electron drops a notification's events once its object is garbage collected (electron/electron#16922).
  const alive = new Set<object>();

  nodeNotifier.on('click', () => { onClick(); });

  // The break's notifications on screen: Electron's to close, and the server's ids (null where it failed) as they come.
  const prompts = new Set<{ close(): void }>();
  let serverIds: Promise<number | null>[] = [];
  let serverWorks = server !== undefined;

  let toldUnsupported = false;
  const showElectron = (text: NotificationText) => {
    if (!electron.isSupported()) {
      if (platform !== 'linux' && !toldUnsupported) log.warn('Notifications are not supported on this system: only the prompt window can announce a break');
      toldUnsupported = true;
      return null;
    }
    const notification = new electron(text);
    notification.on('click', () => { alive.delete(notification); onClick(); });
    notification.on('close', () => { alive.delete(notification); });
    notification.on('failed', () => { alive.delete(notification); });
    notification.show();
    alive.add(notification);
    const [oldest] = alive;
    if (alive.size > KEPT_NOTIFICATIONS && oldest) alive.delete(oldest);
    return notification;
  };

  const safely = (show: () => void) => {
    try {
      show();
    } catch (error) {
      log.warn(`Notification failed: ${reason(error)}`);
    }
  };

  const onNotifySendError = (error: unknown, text: NotificationText) => {
    if (!isNotifySendMissing(error)) {
      log.warn(`Notification failed: ${reason(error)}`);
      return;
    }
    if (!useElectron) {
      const instead = electron.isSupported() ? 'using Electron notifications instead' : 'and Electron has none: notifications are off';
      log.warn(`notify-send is missing (${error.message}), ${instead}`);
    }
    useElectron = true;
    showElectron(text);
  };

  // notify-send reports no clicks.
  const showNotifySend = (text: NotificationText) => {
    const options: NodeNotifierOptions = { title: text.title, message: text.body, timeout: SHOWN_SECONDS, 'app-name': APP_NAME };
    // The callback may run later, from a child process's exit, where a throw would be uncaught.
    nodeNotifier.notify(options, (error) => { if (error) safely(() => { onNotifySendError(error, text); }); });
  };

  const show = (text: NotificationText) => {
    if (useElectron) return showElectron(text);
    showNotifySend(text);
    return null;
  };

  const withdrawPrompts = () => {
    for (const notification of prompts) safely(() => { notification.close(); });
    prompts.clear();
    for (const id of serverIds) {
      void id.then((shown) => (shown === null ? undefined : server?.close(shown)))
        .catch((error: unknown) => { log.warn(`Notification not withdrawn: ${reason(error)}`); });
    }
    serverIds = [];
  };

  const showOnServer = (live: NotificationServer, text: NotificationText) => live.show(text, 0).catch((error: unknown) => {
    // Without the server, notify-send shows it: it goes by itself after a few seconds, as nothing can withdraw it.
    if (serverWorks) log.warn(`The notification server did not answer (${reason(error)}): break notifications go through notify-send and can't be withdrawn`);
    serverWorks = false;
    safely(() => { show(text); });
    return null;
  });

  return {
    notify(text) {
      safely(() => { show(text); });
    },
    prompt(text) {
      withdrawPrompts();
      safely(() => {
        if (server && serverWorks && !useElectron) serverIds.push(showOnServer(server, text));
        else {
          const notification = show(text);
          if (notification) prompts.add(notification);
        }
      });
    },
    withdrawPrompts,
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
 * The production notifier: on Linux the real node-notifier, with Electron's Notification as the fallback; elsewhere
 * Electron's. node-notifier and its helpers (semver, uuid, which…) are read from node_modules when the first
 * notification is shown on Linux, not at start, and never on macOS or Windows.
 */
export function desktopNotifier({ log, onClick }: Pick<NotifierDeps, 'log' | 'onClick'>): Notifier {
  const nodeNotifier = loadOnFirstUse(async () => (await import('node-notifier')).default);
  const serverModule = () => import('./notification-server');
  const server: NotificationServer = {
    show: async (text, timeoutMs) => (await serverModule()).showNotification(process.env, text, timeoutMs),
    close: async (id) => { await (await serverModule()).closeNotification(process.env, id); },
  };
  return createNotifier({
    nodeNotifier, electron: Notification, platform: process.platform, log, onClick,
    ...(process.platform === 'linux' && { server }),
  });
}
