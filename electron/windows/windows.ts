import { BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle, type WebContents, type WebPreferences } from 'electron';
import { askBeforeClosing } from './ask-before-closing';
import type { ContentSize } from '../../core/contract';
import type { BreakKind } from '../../core/kinds';
import { screenTitle, updateMode, type Screen } from '../../core/shell/titles';
import { centredIn, fittedBounds, keptInside, openingBounds, sameArea } from './placement';
import { LANGUAGE_CHANNEL } from '../../core/ipc/channels';

export type { Screen };

const SHAPES: Record<Screen, BrowserWindowConstructorOptions> = {
  break: { width: 760, height: 700, minWidth: 420, minHeight: 400 },
  // Small and on top, shown without taking focus from whatever the user is typing into.
  prompt: {
    width: 420, height: 200, resizable: false, minimizable: false, maximizable: false, fullscreenable: false,
    alwaysOnTop: true, skipTaskbar: true,
  },
  settings: { width: 720, height: 780, minWidth: 480, minHeight: 480 },
  stats: { width: 880, height: 760, minWidth: 520, minHeight: 480 },
  welcome: { width: 720, height: 800, minWidth: 480, minHeight: 520 },
  update: { width: 560, height: 520, minWidth: 400, minHeight: 320, minimizable: false, maximizable: false, fullscreenable: false },
};

/** Screens whose window takes the size of its content; the others are documents that scroll. */
const FITS_CONTENT: ReadonlySet<Screen> = new Set(['break', 'prompt']);
/** A fitted window that never reports its size is shown anyway after this long. */
const FIT_WAIT_MS = 1500;
/** A window whose 'ready-to-show' never comes (now and then under native Wayland) is taken as ready after this long. */
const READY_WAIT_MS = 3000;

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
  /** Runs before each window is created, so that what pages need can wait until the first one. */
  beforeCreate(): void;
  preload: string;
  /** The page address for a screen, e.g. limber://app/index.html#/break?routine=quick-brace. */
  url(screen: Screen, query: string): string;
  devTools: boolean;
  /** The work area of the display that holds most of `bounds`. */
  workArea(bounds: Rectangle): Rectangle;
  /** The work area of the display the user is working on: the one under the mouse pointer. */
  workAreaInUse(): Rectangle;
  /** The user closed the window (Limber's own closing doesn't count). */
  onClosedByUser(screen: Screen): void;
  /** A routine's name, for the break window's title: the library's, the user's own, or the posture cue's. */
  routineName: (id: string) => string | undefined;
}

export type Windows = ReturnType<typeof createWindows>;

/** The break screen's query: the routine, fitted to a break of `kind`. */
export const breakQuery = (routine: string, kind: BreakKind) => new URLSearchParams({ routine, kind }).toString();

/** The query of a page's address: `routine=…&kind=…` of limber://app/index.html#/break?routine=…&kind=…. */
const queryOf = (url: string) => url.split('#')[1]?.split('?')[1] ?? '';

/** The title for a screen and its query: the break names its routine, the prompt its kind. */
export function windowTitle(screen: Screen, query: string, nameOf: (routineId: string) => string | undefined = () => undefined): string {
  const params = new URLSearchParams(query);
  const routineName = nameOf(params.get('routine') ?? '');
  return screenTitle(screen, {
    ...(routineName ? { routineName } : {}), ...(params.get('kind') === 'micro' ? { kind: 'micro' as const } : {}), update: updateMode(params),
  });
}

/**
 * One window per screen, created when shown and destroyed when closed: no window, no renderer process. A window can
 * also be prepared: loaded and fitted but kept hidden, so that showing it later only has to put it on screen.
 */
export function createWindows(deps: WindowsDeps) {
  const open = new Map<Screen, BrowserWindow>();
  const prepared = new WeakSet<BrowserWindow>();
  const readyToShow = new WeakSet<BrowserWindow>();
  const fitted = new WeakSet<BrowserWindow>();
  const waitingForFit = new WeakMap<BrowserWindow, () => void>();
  const shownWaiters = new WeakMap<BrowserWindow, (() => void)[]>();
  /** Each window's page until the window has closed: one that Limber is closing still runs and may call meanwhile. */
  const pages = new Set<WebContents>();
  const allClosedListeners: (() => void)[] = [];
  const revealWaiting = (window: BrowserWindow) => {
    const show = waitingForFit.get(window);
    waitingForFit.delete(window);
    show?.();
  };
  const contentOf = (window: BrowserWindow) => {
    const [width = 0, height = 0] = window.getContentSize();
    return { width, height };
  };
  /** A window about to appear comes to the display in use, if it was made or left on another one. */
  const bringToDisplayInUse = (window: BrowserWindow) => {
    const bounds = window.getBounds();
    const area = deps.workAreaInUse();
    if (!sameArea(deps.workArea(bounds), area)) window.setBounds(centredIn(bounds, contentOf(window), area));
  };
  const reveal = (window: BrowserWindow, focus: boolean) => {
    if (window.isDestroyed()) return;
    if (!window.isVisible()) bringToDisplayInUse(window);
    // A minimized window shown again comes back where the user can see it.
    if (window.isMinimized()) window.restore();
    if (focus) {
      window.show();
      window.moveTop();
      window.focus();
    } else if (!window.isVisible()) {
      window.showInactive();
    }
    for (const settle of shownWaiters.get(window)?.splice(0) ?? []) settle();
  };
  const waitForFitFallback = (window: BrowserWindow) => {
    const fallback = setTimeout(() => { revealWaiting(window); }, FIT_WAIT_MS);
    window.once('closed', () => { clearTimeout(fallback); });
  };
  /** Puts a window on screen as soon as it may appear: a fitted one once its page has said how big it is. */
  const revealWhenReady = (window: BrowserWindow, screen: Screen, focus: boolean) => {
    const showNow = () => { reveal(window, focus); };
    if (FITS_CONTENT.has(screen) ? fitted.has(window) : readyToShow.has(window)) {
      showNow();
      return;
    }
    waitingForFit.set(window, showNow);
    if (FITS_CONTENT.has(screen) && readyToShow.has(window)) waitForFitFallback(window);
  };
  const close = (screen: Screen) => {
    const window = open.get(screen);
    open.delete(screen);
    window?.close();
  };
  const create = (screen: Screen, query: string, url: string) => {
    deps.beforeCreate();
    const shape = SHAPES[screen];
    const opening = openingBounds({ width: shape.width ?? 0, height: shape.height ?? 0 }, deps.workAreaInUse());
    const window = new BrowserWindow({
      ...shape, ...opening, title: windowTitle(screen, query, deps.routineName), show: false, useContentSize: true,
      webPreferences: securePreferences(deps.preload, deps.devTools),
    });
    window.removeMenu();
    // The window keeps the title Limber gave it: the page's own <title> would make every window "Limber". The settings
    // page names the section it shows before it ("Breaks – Settings – Limber").
    window.on('page-title-updated', (event, title) => {
      if (screen !== 'settings' || !title.endsWith(` – ${windowTitle('settings', '')}`)) event.preventDefault();
    });
    if (screen === 'settings') askBeforeClosing(window);
    // With no menu there is no Close item either: Ctrl+W (Cmd+W) closes a window as people expect.
    window.webContents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && (input.control || input.meta) && !input.alt && !input.shift && input.key.toLowerCase() === 'w') {
        event.preventDefault();
        window.close();
      }
    });
    open.set(screen, window);
    const page = window.webContents;
    pages.add(page);
    // A fitted window appears once its page has said how big it is, so it never shows a scrollbar first.
    const ready = () => {
      clearTimeout(notReady);
      if (readyToShow.has(window) || window.isDestroyed()) return;
      readyToShow.add(window);
      if (!waitingForFit.has(window)) return;
      if (FITS_CONTENT.has(screen)) waitForFitFallback(window);
      else revealWaiting(window);
    };
    const notReady = setTimeout(ready, READY_WAIT_MS);
    window.once('ready-to-show', ready);
    window.on('closed', () => {
      clearTimeout(notReady);
      pages.delete(page);
      if (open.get(screen) === window) {
        open.delete(screen);
        deps.onClosedByUser(screen);
      }
      if (open.size === 0) for (const listener of allClosedListeners) listener();
    });
    void window.loadURL(url);
    return window;
  };
  return {
    show(screen: Screen, query = '', { focus = true } = {}) {
      const url = deps.url(screen, query);
      const existing = open.get(screen);
      if (existing && prepared.has(existing)) {
        prepared.delete(existing);
        if (existing.webContents.getURL() === url) {
          revealWhenReady(existing, screen, focus);
          return;
        }
        // Prepared for another page: a fresh window is centred and sized for this one.
        close(screen);
      } else if (existing) {
        // A break window always starts afresh: the one on screen may be showing a finished routine.
        if (screen === 'break' || existing.webContents.getURL() !== url) {
          existing.setTitle(windowTitle(screen, query, deps.routineName));
          void existing.loadURL(url);
        }
        reveal(existing, focus);
        return;
      }
      revealWhenReady(create(screen, query, url), screen, focus);
    },
    /**
     * Loads a screen's page in a hidden window, so that show() with the same query only has to put it on screen.
     * A hidden window with another page is replaced; a window on screen is left as it is.
     */
    prepare(screen: Screen, query = '') {
      const url = deps.url(screen, query);
      const existing = open.get(screen);
      if (existing && !prepared.has(existing)) return;
      if (existing?.webContents.getURL() === url) return;
      if (existing) close(screen);
      prepared.add(create(screen, query, url));
    },
    /** Sizes a fitted screen's window to its page's content, within the work area, and shows it the first time. */
    fit(contents: WebContents, size: ContentSize): ContentSize | null {
      const window = [...open.entries()].find(([screen, w]) => FITS_CONTENT.has(screen) && w.webContents === contents)?.[1];
      if (!window || window.isDestroyed()) return null;
      const bounds = window.getBounds();
      const first = !fitted.has(window);
      fitted.add(window);
      // One call for size and place: at a fractional scale each separate call can round the window a pixel larger.
      window.setBounds(fittedBounds(bounds, contentOf(window), size, deps.workArea(bounds), first));
      revealWaiting(window);
      return contentOf(window);
    },
    /**
     * Settles once the window of `screen` (or the one showing `contents`) is on screen; never if it closes first.
     * A window that is not open, or not Limber's, counts as on screen: nothing is held back for it.
     */
    whenShown(of: Screen | WebContents): Promise<void> {
      const window = typeof of === 'string' ? open.get(of) : [...open.values()].find((w) => w.webContents === of);
      if (!window || window.isDestroyed() || window.isVisible()) return Promise.resolve();
      return new Promise<void>((settle) => {
        shownWaiters.set(window, [...shownWaiters.get(window) ?? [], settle]);
      });
    },
    /** After a display was removed or changed: a window the user can no longer reach comes to the display in use. */
    keepOnDisplays() {
      for (const window of open.values()) {
        // The system keeps these on a display itself, and moving one would undo what the user chose.
        if (window.isDestroyed() || window.isMaximized() || window.isFullScreen() || window.isMinimized()) continue;
        const bounds = window.getBounds();
        const kept = keptInside(bounds, contentOf(window), deps.workArea(bounds), deps.workAreaInUse());
        if (!sameArea(kept, bounds)) window.setBounds(kept);
      }
    },
    /** After the language changed: every window, hidden ones too, retitled in the new words, and its page told. */
    speakAgain() {
      for (const [screen, window] of open) {
        if (window.isDestroyed()) continue;
        window.setTitle(windowTitle(screen, queryOf(window.webContents.getURL()), deps.routineName));
        window.webContents.send(LANGUAGE_CHANNEL);
      }
    },
    /** Closing takes a while; a screen shown again meanwhile gets a new window rather than the closing one. */
    close,
    isOpen: (screen: Screen) => open.has(screen),
    /** The page of the screen's window while it is on screen (or about to be), to tell it something. */
    pageOf(screen: Screen): WebContents | undefined {
      const window = open.get(screen);
      return window && !prepared.has(window) && !window.isDestroyed() ? window.webContents : undefined;
    },
    /** Whether the screen's window is on screen or about to be (it may be waiting for its size), not just prepared. */
    isShown(screen: Screen) {
      const window = open.get(screen);
      return window !== undefined && !prepared.has(window);
    },
    isPrepared(screen: Screen) {
      const window = open.get(screen);
      return window !== undefined && prepared.has(window);
    },
    /** Whether `contents` is the page of a window Limber made, including one it is closing. */
    owns: (contents: WebContents) => pages.has(contents),
    count: () => open.size,
    /**
     * Calls `listener` each time the last of Limber's windows has closed. Unlike the app's 'window-all-closed', it
     * ignores windows that are not Limber's pages, such as the hidden one that hears Windows' session end.
     */
    onAllClosed(listener: () => void) { allClosedListeners.push(listener); },
  };
}
