import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents, type WebPreferences } from 'electron';

export type Screen = 'break' | 'prompt' | 'settings' | 'stats' | 'welcome';

const SHAPES: Record<Screen, BrowserWindowConstructorOptions> = {
  break: { title: 'Limber: break', width: 760, height: 760, minWidth: 420, minHeight: 560 },
  // Small and on top, shown without taking focus from whatever the user is typing into.
  prompt: {
    title: 'Limber: time for a break', width: 420, height: 240, resizable: false, minimizable: false,
    maximizable: false, fullscreenable: false, alwaysOnTop: true, skipTaskbar: true,
  },
  settings: { title: 'Limber: settings', width: 720, height: 780, minWidth: 480, minHeight: 480 },
  stats: { title: 'Limber: statistics', width: 880, height: 760, minWidth: 520, minHeight: 480 },
  welcome: { title: 'Welcome to Limber', width: 720, height: 800, minWidth: 480, minHeight: 520 },
};

/** The same locked-down preferences for every window: the page gets the bridge and nothing of Node. */
export const securePreferences = (preload: string, devTools: boolean): WebPreferences => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  devTools,
});

export interface WindowsDeps {
  preload: string;
  /** The page address for a screen, e.g. limber://app/index.html#/break?routine=quick-brace. */
  url(screen: Screen, query: string): string;
  devTools: boolean;
  onClosed(screen: Screen): void;
}

export type Windows = ReturnType<typeof createWindows>;

/** One window per screen, created when shown and destroyed when closed: no window, no renderer process. */
export function createWindows(deps: WindowsDeps) {
  const open = new Map<Screen, BrowserWindow>();
  const reveal = (window: BrowserWindow, focus: boolean) => { if (focus) window.show(); else window.showInactive(); };
  return {
    show(screen: Screen, query = '', { focus = true } = {}) {
      const url = deps.url(screen, query);
      const existing = open.get(screen);
      if (existing) {
        // A break window always starts afresh: the one on screen may be showing a finished routine.
        if (screen === 'break' || existing.webContents.getURL() !== url) void existing.loadURL(url);
        reveal(existing, focus);
        return;
      }
      const window = new BrowserWindow({
        ...SHAPES[screen], show: false, autoHideMenuBar: true, webPreferences: securePreferences(deps.preload, deps.devTools),
      });
      open.set(screen, window);
      window.once('ready-to-show', () => { reveal(window, focus); });
      window.on('closed', () => {
        open.delete(screen);
        deps.onClosed(screen);
      });
      void window.loadURL(url);
    },
    close(screen: Screen) { open.get(screen)?.close(); },
    isOpen: (screen: Screen) => open.has(screen),
    owns: (contents: WebContents) => [...open.values()].some((window) => window.webContents === contents),
    count: () => open.size,
  };
}
