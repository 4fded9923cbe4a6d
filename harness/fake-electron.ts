// The one fake of the `electron` module, aliased in vitest.config.ts so no test can load the real one.
// Each part is checked against Electron's own type definitions with `satisfies` / `implements`, and behaves like
// Electron 33 where Limber depends on it (checked in the real-Electron suite, tests/electron-e2e):
// - app.quit() emits 'before-quit', then closes every window, then emits 'will-quit' and 'quit';
// - a window's close() emits 'close' at once and 'closed' on a later turn of the event loop;
// - a window keeps decorations around its content, and a display has a work area smaller than the screen;
// - a window opens where its options say, or centred on the primary display (the first in `fake.displays`).
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import type * as Electron from 'electron';

/** A display as Electron describes one: `bounds` the whole screen, `workArea` without the panels. */
export interface FakeDisplay { id: number; bounds: Electron.Rectangle; workArea: Electron.Rectangle }
const PRIMARY: FakeDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 736 } };

/** What Electron calls for each request to a buffer protocol: it answers through `respond`. */
export type BufferProtocolHandler = Parameters<Electron.Protocol['registerBufferProtocol']>[1];

export const fake = {
  idleSeconds: 0,
  idleState: 'active' as ReturnType<Electron.PowerMonitor['getSystemIdleState']>,
  singleInstance: true,
  packaged: false,
  platform: 'linux' as NodeJS.Platform,
  userData: tmpdir(),
  quitCalls: 0,
  /** Set once 'quit' has been emitted: the process would exit here. */
  quitted: false,
  applicationMenu: undefined as Electron.Menu | null | undefined,
  displays: [PRIMARY],
  cursor: { x: 0, y: 0 },
  /** Whether windows send 'ready-to-show'; under native Wayland one now and then never did. */
  readyToShow: true,
  /** Whether the app is ready; `startsNow` makes it ready at the next turn of the event loop, as Electron's start does. */
  ready: true,
  /** Where Chromium draws: X11 (or XWayland), or natively on Wayland. */
  ozonePlatform: 'x11' as 'x11' | 'wayland',
  trayPopups: 0,
  /** Menus built, submenus included: Electron keeps every submenu a tray's menu had. */
  menusBuilt: 0,
  loginItem: { openAtLogin: false } as Electron.Settings,
  notifications: [] as FakeNotification[],
  trays: [] as FakeTray[],
  windows: [] as FakeWindow[],
  handlers: new Map<string, (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown>(),
  protocols: new Map<string, BufferProtocolHandler>(),
  /** Schemes served with protocol.handle. */
  handled: new Map<string, (request: Request) => Response | Promise<Response>>(),
  privilegedSchemes: [] as Electron.CustomScheme[],
  exposed: new Map<string, unknown>(),
  instanceData: undefined as Record<string, unknown> | undefined,
  appUserModelId: undefined as string | undefined,
  permissions: { request: null as null | ((permission: string) => boolean), check: null as null | ((permission: string) => boolean) },
  rendererContents: null as unknown as FakeWebContents,
  /** What the next save dialog answers: a path, or null for Cancel. */
  saveDialogAnswer: null as string | null,
  saveDialogs: [] as Electron.SaveDialogOptions[],
  /** Chromium's child processes, as app.getAppMetrics() lists them beside the browser process. */
  childProcesses: [] as { pid: number; type: Electron.ProcessMetric['type']; serviceName?: string }[],
  /** Set once Limber has let go of its single-instance lock. */
  singleInstanceReleased: false,
  /** The version app.getVersion() answers. */
  version: '0.0.0-test',
  /** The system's languages, most preferred first, as app.getPreferredSystemLanguages() answers. */
  preferredLanguages: ['en-US'] as string[],
  /** Addresses shell.openExternal was given, in order. */
  openedExternally: [] as string[],
  /** Global shortcuts Limber holds, by accelerator; `press` calls one as the system does when its keys are pressed. */
  shortcuts: new Map<string, () => void>(),
  /** Accelerators another program holds: registering one fails, as the system refuses it. */
  shortcutsHeldElsewhere: new Set<string>(),
  press(accelerator: string) {
    const pressed = fake.shortcuts.get(accelerator);
    if (!pressed) throw new Error(`no shortcut ${accelerator} registered`);
    pressed();
  },
  /** A process that has just started: Electron becomes ready at a later turn of the event loop, not before. */
  startsNow() {
    fake.ready = false;
    setImmediate(() => { fake.ready = true; });
  },
  reset() {
    Object.assign(fake, {
      ready: true, idleSeconds: 0, idleState: 'active', singleInstance: true, packaged: false, platform: 'linux', userData: tmpdir(),
      quitCalls: 0, quitted: false, applicationMenu: undefined, displays: [PRIMARY], cursor: { x: 0, y: 0 }, readyToShow: true, ozonePlatform: 'x11', trayPopups: 0, menusBuilt: 0,
      loginItem: { openAtLogin: false }, notifications: [], trays: [], windows: [],
      handlers: new Map(), protocols: new Map(), handled: new Map(), privilegedSchemes: [], exposed: new Map(), instanceData: undefined,
      appUserModelId: undefined, permissions: { request: null, check: null }, saveDialogAnswer: null, saveDialogs: [], childProcesses: [],
      shortcuts: new Map(), shortcutsHeldElsewhere: new Set(), version: '0.0.0-test', openedExternally: [], singleInstanceReleased: false,
      preferredLanguages: ['en-US'],
    });
    nativeTheme.themeSource = 'system';
    powerMonitor.removeAllListeners();
    app.removeAllListeners();
    screen.removeAllListeners();
    FakeNotification.supported = true;
    nextContentsId = 1;
  },
  /** Calls an ipcMain.handle handler the way Electron does for `ipcRenderer.invoke` from `sender`. */
  invoke(channel: string, sender: FakeWebContents, ...args: unknown[]): unknown {
    const handler = fake.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const event = { sender, senderFrame: { url: sender.url } } as unknown as Electron.IpcMainInvokeEvent;
    return handler(event, ...args);
  },
  /** Windows not yet closed: each one is a renderer process in the real app. */
  openWindows: () => fake.windows.filter((w) => !w.isDestroyed()),
  /** Unplugs a display as the system does: the list changes first, then 'display-removed' tells of it. */
  removeDisplay(id: number) {
    const gone = fake.displays.find((display) => display.id === id);
    fake.displays = fake.displays.filter((display) => display.id !== id);
    screen.emit('display-removed', {}, gone);
  },
  /** Lets windows that are closing finish, as the next turns of Electron's event loop would. */
  settle: () => new Promise<void>((done) => { setImmediate(done); }),
};

const preventable = () => {
  const event = { defaultPrevented: false, preventDefault() { event.defaultPrevented = true; } };
  return event;
};

/** Electron's order: 'before-quit'; every window closed; 'will-quit'; 'quit'. A listener can cancel at each step. */
function quit() {
  fake.quitCalls++;
  const before = preventable();
  app.emit('before-quit', before);
  if (before.defaultPrevented) return;
  const closing = fake.openWindows();
  const finish = () => {
    if (fake.openWindows().length > 0) return;
    const will = preventable();
    app.emit('will-quit', will);
    if (will.defaultPrevented) return;
    fake.quitted = true;
    app.emit('quit', {}, 0);
  };
  for (const window of closing) {
    window.once('closed', finish);
    window.close();
  }
  if (closing.length === 0) finish();
}

export const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: (additionalData?: Record<string, unknown>) => {
    fake.instanceData = additionalData;
    return fake.singleInstance;
  },
  whenReady: () => (fake.ready ? Promise.resolve() : new Promise<void>((ready) => { setImmediate(ready); })),
  releaseSingleInstanceLock: () => { fake.singleInstanceReleased = true; },
  quit,
  getPath: (_name: Parameters<Electron.App['getPath']>[0]) => fake.userData,
  getVersion: () => fake.version,
  getPreferredSystemLanguages: () => [...fake.preferredLanguages],
  getName: () => 'Limber',
  getAppPath: () => '/opt/limber-test',
  exit: (_code?: number) => { fake.quitCalls++; },
  setLoginItemSettings: (settings: Electron.Settings) => { fake.loginItem = { ...settings }; },
  getLoginItemSettings: () => ({ openAtLogin: fake.loginItem.openAtLogin ?? false }) as Electron.LoginItemSettings,
  dock: { hide: () => undefined } satisfies Pick<Electron.Dock, 'hide'>,
  setAppUserModelId: (id: string) => { fake.appUserModelId = id; },
  getAppMetrics: () => [{ pid: process.pid, type: 'Browser' }, ...fake.childProcesses] as Electron.ProcessMetric[],
});
Object.defineProperty(app, 'isPackaged', { get: () => fake.packaged });
app as typeof app & { readonly isPackaged: boolean } satisfies Pick<Electron.App,
  'requestSingleInstanceLock' | 'releaseSingleInstanceLock' | 'whenReady' | 'quit' | 'isPackaged' | 'getPath' | 'getVersion' | 'getName' | 'getPreferredSystemLanguages'
  | 'setLoginItemSettings' | 'getLoginItemSettings' | 'getAppPath' | 'exit' | 'getAppMetrics' | 'setAppUserModelId'>;

export const globalShortcut = {
  register(accelerator: string, pressed: () => void) {
    if (fake.shortcutsHeldElsewhere.has(accelerator) || fake.shortcuts.has(accelerator)) return false;
    fake.shortcuts.set(accelerator, pressed);
    return true;
  },
  unregisterAll() { fake.shortcuts.clear(); },
} satisfies Pick<Electron.GlobalShortcut, 'register' | 'unregisterAll'>;

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: () => fake.idleSeconds,
  getSystemIdleState: (_threshold: number) => fake.idleState,
}) satisfies Pick<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'>;

class FakeNotification extends EventEmitter implements Pick<Electron.Notification, 'show' | 'close' | 'title' | 'body'> {
  static supported = true;
  static isSupported = () => FakeNotification.supported;
  title: string;
  body: string;
  shown = false;
  constructor(options: Electron.NotificationConstructorOptions) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }
  show() { this.shown = true; fake.notifications.push(this); }
  close() { this.shown = false; }
}
export { FakeNotification as Notification, type FakeNotification };

export class FakeImage {
  constructor(readonly bitmap: Buffer, readonly options: Electron.CreateFromBitmapOptions) {}
}

export const nativeImage = {
  createFromBitmap: (buffer: Buffer, options: Electron.CreateFromBitmapOptions) =>
    new FakeImage(buffer, options) as unknown as Electron.NativeImage,
} satisfies Pick<typeof Electron.nativeImage, 'createFromBitmap'>;

/** An item's submenu: Electron takes a built menu or a template. */
const submenuItems = (item: Electron.MenuItemConstructorOptions | undefined) =>
  (item?.submenu instanceof FakeMenu ? item.submenu.items : item?.submenu) as Electron.MenuItemConstructorOptions[];

export class FakeMenu {
  constructor(readonly items: Electron.MenuItemConstructorOptions[]) { fake.menusBuilt++; }
  /** Finds an item by its label path, e.g. ['Pause', 'For 1 hour'], and clicks it. */
  click(...path: string[]): void {
    let items = this.items;
    for (const [depth, label] of path.entries()) {
      const item = items.find((candidate) => candidate.label === label);
      if (!item) throw new Error(`no menu item "${label}" in ${JSON.stringify(items.map((i) => i.label))}`);
      if (depth === path.length - 1) {
        (item.click as () => void)();
        return;
      }
      items = submenuItems(item);
    }
  }
  labels(...path: string[]): (string | undefined)[] {
    let items = this.items;
    for (const label of path) items = submenuItems(items.find((item) => item.label === label));
    return items.map((item) => (item.type === 'separator' ? '---' : item.label));
  }
}

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => new FakeMenu(template) as unknown as Electron.Menu,
  setApplicationMenu: (menu: Electron.Menu | null) => { fake.applicationMenu = menu; },
  getApplicationMenu: () => fake.applicationMenu ?? null,
} satisfies Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu' | 'getApplicationMenu'>;

export class FakeTray extends EventEmitter implements Pick<Electron.Tray, 'setImage' | 'setToolTip' | 'setContextMenu' | 'popUpContextMenu'> {
  image: FakeImage;
  toolTip = '';
  menu: FakeMenu | null = null;
  updates = { image: 0, toolTip: 0, menu: 0 };
  constructor(image: Electron.NativeImage) {
    super();
    this.image = image as unknown as FakeImage;
    fake.trays.push(this);
  }
  popUpContextMenu() { fake.trayPopups++; }
  /** A left click on the icon, as the platform reports it. */
  click() { this.emit('click', {}, { x: 0, y: 0, width: 0, height: 0 }); }
  setImage(image: Electron.NativeImage) { this.image = image as unknown as FakeImage; this.updates.image++; }
  setToolTip(toolTip: string) { this.toolTip = toolTip; this.updates.toolTip++; }
  setContextMenu(menu: Electron.Menu | null) { this.menu = menu as unknown as FakeMenu; this.updates.menu++; }
}
export { FakeTray as Tray };

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter
  implements Pick<Electron.WebContents, 'id' | 'setWindowOpenHandler' | 'send' | 'isDestroyed' | 'getURL'> {
  id = nextContentsId++;
  url = '';
  destroyed = false;
  openHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]) { this.openHandler = handler; }
  send(channel: string, ...args: unknown[]) { this.sent.push({ channel, args }); }
  isDestroyed() { return this.destroyed; }
  getURL() { return this.url; }
  /** What Electron does before a navigation: asks the listeners, and reports whether one prevented it. */
  tryNavigate(url: string): boolean {
    let prevented = false;
    this.emit('will-navigate', { url, preventDefault: () => { prevented = true; } }, url);
    return !prevented;
  }
}

/**
 * Window decorations (title bar, borders) around the content, as Electron measures them: on Windows and macOS in a
 * window's bounds; on Linux (X11) drawn by the window manager outside them, so that bounds and content are the same.
 */
export const FRAME = { width: 2, height: 22 };
const frame = () => (fake.platform === 'linux' ? { width: 0, height: 0 } : FRAME);

export class FakeWindow extends EventEmitter implements Pick<Electron.BrowserWindow,
  'loadURL' | 'show' | 'showInactive' | 'focus' | 'close' | 'destroy' | 'isDestroyed' | 'isVisible' | 'isMinimized'
  | 'minimize' | 'restore' | 'moveTop' | 'removeMenu' | 'getBounds' | 'getContentSize' | 'setBounds'
  | 'setTitle' | 'getTitle' | 'isMaximized' | 'maximize' | 'isFullScreen' | 'setFullScreen'> {
  webContents = new FakeWebContents();
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  fullScreen = false;
  raised = 0;
  destroyed = false;
  menuRemoved = false;
  bounds: Electron.Rectangle;
  title: string;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.title = options.title ?? '';
    const decorations = options.useContentSize ? frame() : { width: 0, height: 0 };
    const width = (options.width ?? 800) + decorations.width;
    const height = (options.height ?? 600) + decorations.height;
    const primary = fake.displays[0]?.workArea ?? PRIMARY.workArea;
    this.bounds = {
      x: options.x ?? primary.x + Math.round((primary.width - width) / 2), y: options.y ?? primary.y + Math.round((primary.height - height) / 2),
      width, height,
    };
    fake.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.webContents.url = url;
    queueMicrotask(() => { if (!this.destroyed && fake.readyToShow) this.emit('ready-to-show'); });
    return Promise.resolve();
  }
  /**
   * A minimized window stays minimized on Windows (Electron's show() finds it visible and does nothing: Motrix#1019,
   * poi#37; macOS assumed alike). On Linux X11 it is mapped again and the window manager restores it: seen in Electron
   * 33 under openbox, xfwm4, metacity and icewm.
   */
  show() {
    this.visible = true;
    if (this.minimized && fake.platform !== 'linux') return;
    this.focused = true;
    this.minimized = false;
  }
  showInactive() { this.visible = true; }
  focus() { this.focused = true; }
  isVisible() { return this.visible; }
  isMinimized() { return this.minimized; }
  minimize() { this.minimized = true; this.focused = false; }
  restore() { this.minimized = false; this.maximized = false; }
  isMaximized() { return this.maximized; }
  maximize() { this.maximized = true; }
  isFullScreen() { return this.fullScreen; }
  setFullScreen(flag: boolean) { this.fullScreen = flag; }
  moveTop() { this.raised++; }
  removeMenu() { this.menuRemoved = true; }
  setTitle(title: string) { this.title = title; }
  getTitle() { return this.title; }
  /** What Electron does when the page sets its <title>: the window takes it unless a listener prevents that. */
  pageTitle(title: string) {
    const event = preventable();
    this.emit('page-title-updated', event, title, true);
    if (!event.defaultPrevented) this.title = title;
  }
  getBounds() { return { ...this.bounds }; }
  getContentSize() { return [this.bounds.width - frame().width, this.bounds.height - frame().height]; }
  setBounds(bounds: Partial<Electron.Rectangle>) { Object.assign(this.bounds, bounds); }
  /** As in Electron: 'close' now (a listener may prevent it), the window gone and 'closed' on a later turn. */
  close() {
    if (this.destroyed) return;
    const event = preventable();
    this.emit('close', event);
    if (!event.defaultPrevented) setImmediate(() => { this.destroy(); });
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
    // As in Electron: not while quitting, when 'will-quit' follows the last window instead.
    if (fake.openWindows().length === 0 && fake.quitCalls === 0) app.emit('window-all-closed');
  }
  isDestroyed() { return this.destroyed; }
}
export { FakeWindow as BrowserWindow };

export const ipcMain = {
  handle: (channel: string, handler: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown) => {
    if (fake.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.handlers.set(channel, handler);
  },
  removeHandler: (channel: string) => { fake.handlers.delete(channel); },
  on: (_channel: string, _listener: (...args: unknown[]) => void) => undefined,
} satisfies Pick<Electron.IpcMain, 'handle' | 'removeHandler'> & { on: unknown };

export const protocol = {
  registerSchemesAsPrivileged: (schemes: Electron.CustomScheme[]) => {
    if (fake.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    fake.privilegedSchemes.push(...schemes);
  },
  // The buffer protocol, as Electron 33 has it; a test takes it away to stand for a later Electron without it.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- what Limber serves its pages with while Electron has it.
  registerBufferProtocol: (scheme: string, handler: BufferProtocolHandler) => {
    fake.protocols.set(scheme, handler);
    return true;
  },
  handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => { fake.handled.set(scheme, handler); },
} satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'registerBufferProtocol' | 'handle'>;

type RequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      fake.permissions.request = (permission) => {
        let granted = true;
        handler?.(null as never, permission as never, (allowed) => { granted = allowed; }, {} as never);
        return granted;
      };
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      fake.permissions.check = (permission) => handler?.(null, permission as never, '', {} as never) ?? true;
    },
  } satisfies Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
};

export const shell = {
  openPath: (_path: string) => Promise.resolve(''),
  openExternal: (url: string) => {
    fake.openedExternally.push(url);
    return Promise.resolve();
  },
} satisfies Pick<Electron.Shell, 'openPath' | 'openExternal'>;

export const dialog = {
  showSaveDialog: (options: Electron.SaveDialogOptions) => {
    fake.saveDialogs.push(options);
    const filePath = fake.saveDialogAnswer;
    return Promise.resolve(filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath });
  },
} satisfies Pick<Electron.Dialog, 'showSaveDialog'>;

export const nativeTheme: Pick<Electron.NativeTheme, 'themeSource'> = { themeSource: 'system' };

const overlap = (a: Electron.Rectangle, b: Electron.Rectangle) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
const distance = (point: Electron.Point, rect: Electron.Rectangle) =>
  Math.hypot(Math.max(rect.x - point.x, 0, point.x - rect.x - rect.width), Math.max(rect.y - point.y, 0, point.y - rect.y - rect.height));
const nearest = (point: Electron.Point) =>
  [...fake.displays].sort((a, b) => distance(point, a.bounds) - distance(point, b.bounds))[0] ?? PRIMARY;

/**
 * The displays in `fake.displays`, each with a work area that leaves room for a panel. As in Electron, a rectangle on
 * no display belongs to the nearest one. `fake.removeDisplay` unplugs one.
 */
class FakeScreen extends EventEmitter implements Pick<Electron.Screen, 'getDisplayMatching' | 'getDisplayNearestPoint' | 'getCursorScreenPoint' | 'getPrimaryDisplay'> {
  getDisplayMatching(rect: Electron.Rectangle) {
    const best = [...fake.displays].sort((a, b) => overlap(rect, b.bounds) - overlap(rect, a.bounds))[0];
    const display = best && overlap(rect, best.bounds) > 0 ? best : nearest({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
    return structuredClone(display) as Electron.Display;
  }
  getDisplayNearestPoint(point: Electron.Point) { return structuredClone(nearest(point)) as Electron.Display; }
  /** Electron 33 drawing natively on Wayland crashes here (a segfault, seen on sway): the fake throws instead. */
  getCursorScreenPoint() {
    if (fake.ozonePlatform === 'wayland') throw new Error('getCursorScreenPoint crashes Electron on native Wayland');
    return { ...fake.cursor };
  }
  getPrimaryDisplay() { return structuredClone(fake.displays[0] ?? PRIMARY) as Electron.Display; }
}
export const screen = new FakeScreen();

// electron-store reads `app`, `ipcMain` and `shell` through a default import.
export default {
  app, powerMonitor, Notification: FakeNotification, nativeImage, Menu, Tray: FakeTray, BrowserWindow: FakeWindow, ipcMain, protocol,
  session, shell, dialog, nativeTheme, screen,
};

/** The renderer side, for the preload: what it exposes, and invokes routed to the handlers as `fake.rendererContents`. */
export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => { fake.exposed.set(key, api); },
} satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>;

const fromMain = new EventEmitter();
export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]) =>
    Promise.resolve().then(() => fake.invoke(channel, fake.rendererContents, ...args)),
  on(channel: string, listener: (event: Electron.IpcRendererEvent, ...args: unknown[]) => void) {
    fromMain.on(channel, listener);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: (event: Electron.IpcRendererEvent, ...args: unknown[]) => void) {
    fromMain.removeListener(channel, listener);
    return ipcRenderer;
  },
  /** What main's webContents.send delivers to the page; the listeners still listening. */
  sendFromMain: (channel: string, ...args: unknown[]) => fromMain.emit(channel, {}, ...args),
  listenerCount: (channel: string) => fromMain.listenerCount(channel),
};
