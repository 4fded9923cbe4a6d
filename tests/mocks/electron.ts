// The one fake of the `electron` module, aliased in vitest.config.ts so no test can load the real one.
// Each part is checked against Electron's own type definitions with `satisfies` / `implements`.
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';

export const fake = {
  idleSeconds: 0,
  singleInstance: true,
  quitCalls: 0,
  notifications: [] as { title: string; body: string }[],
  trays: [] as FakeTray[],
  reset() {
    Object.assign(fake, { idleSeconds: 0, singleInstance: true, quitCalls: 0, notifications: [], trays: [] });
    powerMonitor.removeAllListeners();
  },
};

export const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: () => fake.singleInstance,
  whenReady: () => Promise.resolve(),
  quit: () => { fake.quitCalls++; },
  dock: { hide: () => undefined } satisfies Pick<Electron.Dock, 'hide'>,
}) satisfies Pick<Electron.App, 'requestSingleInstanceLock' | 'whenReady' | 'quit'>;

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: () => fake.idleSeconds,
}) satisfies Pick<Electron.PowerMonitor, 'getSystemIdleTime'>;

export class Notification implements Pick<Electron.Notification, 'show' | 'title' | 'body'> {
  static isSupported = () => true;
  title: string;
  body: string;
  constructor(options: Electron.NotificationConstructorOptions) {
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }
  show() { fake.notifications.push({ title: this.title, body: this.body }); }
}

export class FakeImage {
  constructor(readonly bitmap: Buffer, readonly options: Electron.CreateFromBitmapOptions) {}
}

export const nativeImage = {
  createFromBitmap: (buffer: Buffer, options: Electron.CreateFromBitmapOptions) =>
    new FakeImage(buffer, options) as unknown as Electron.NativeImage,
} satisfies Pick<typeof Electron.nativeImage, 'createFromBitmap'>;

export class FakeMenu {
  constructor(readonly items: Electron.MenuItemConstructorOptions[]) {}
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
      items = item.submenu as Electron.MenuItemConstructorOptions[];
    }
  }
  labels(): (string | undefined)[] { return this.items.map((item) => (item.type === 'separator' ? '---' : item.label)); }
}

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => new FakeMenu(template) as unknown as Electron.Menu,
} satisfies Pick<typeof Electron.Menu, 'buildFromTemplate'>;

export class FakeTray implements Pick<Electron.Tray, 'setImage' | 'setToolTip' | 'setContextMenu'> {
  image: FakeImage;
  toolTip = '';
  menu: FakeMenu | null = null;
  updates = { image: 0, toolTip: 0, menu: 0 };
  constructor(image: Electron.NativeImage) {
    this.image = image as unknown as FakeImage;
    fake.trays.push(this);
  }
  setImage(image: Electron.NativeImage) { this.image = image as unknown as FakeImage; this.updates.image++; }
  setToolTip(toolTip: string) { this.toolTip = toolTip; this.updates.toolTip++; }
  setContextMenu(menu: Electron.Menu | null) { this.menu = menu as unknown as FakeMenu; this.updates.menu++; }
}
export { FakeTray as Tray };
