import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUDIO_SERVICE_GRACE_MS } from '../../../electron/desktop/audio-service';
import { APP_ID, startLimber, TRAY_FIRST_MS } from '../../../electron/root/launch';
import { salvageHistory } from '../../../core/history/history';
import type { BusySignal } from '../../../electron/busy/signal';
import { ASKED_STATE, startFakeLimber, trayOrEnd } from '../../helpers/fake-limber';
import { app, fake, FakeWebContents, nativeTheme, powerMonitor, type FakeTray, type FakeWindow } from '../../../harness/fake-electron';

const MINUTE = 60_000;
/** A file the real file system writes: a limit for a loaded machine, not a measurement. */
const WRITTEN = { timeout: 30_000 };
/** A call the tests start and end; any other busy signal is left out. */
let inCall = false;
const busySignal: BusySignal = {
  name: 'call', read: () => Promise.resolve(inCall), status: () => Promise.resolve({ readable: true, via: 'a test call' }), close: () => undefined,
};
const tray = (): FakeTray => {
  const [only] = fake.trays;
  if (!only) throw new Error('no tray');
  return only;
};
const windowShowing = (route: string): FakeWindow | undefined =>
  fake.openWindows().find((w) => w.webContents.url.includes(`#/${route}`));
const onScreen = (route: string): FakeWindow | undefined =>
  fake.openWindows().find((w) => w.visible && w.webContents.url.includes(`#/${route}`));
const routes = () => fake.openWindows().map((w) => /#\/(\w+)/.exec(w.webContents.url)?.[1]);
/** What a prompt or break page does once it has rendered: it tells main its size, and main fits and shows the window. */
const fitFromPage = (window: FakeWindow | undefined, size = { width: 420, height: 180 }) =>
  fake.invoke('limber:fitWindow', window?.webContents as FakeWebContents, size);
/** Quits as Electron does, and lets the windows finish closing. */
const quitLimber = async () => {
  app.quit();
  await fake.settle();
};

const start = (...args: string[]) => startFakeLimber(args, [busySignal]);

/** Starts Limber as on Windows: what it does at start there reads process.platform. */
async function startOnWindows() {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: 'win32' });
  try {
    return await start();
  } finally {
    if (platform) Object.defineProperty(process, 'platform', platform);
  }
}

let userData: string;
// Limber loads the busy signals' module on the first reading, 15 s before the first heads-up; under fake timers that
// real import would take minutes of fake time, so it is loaded here, before any clock moves.
beforeAll(async () => { await import('../../../electron/busy/signal'); });

beforeEach(() => {
  fake.reset();
  inCall = false;
  userData = mkdtempSync(join(tmpdir(), 'limber-app-'));
  fake.userData = userData;
  // A returning user by default; tests of the first start remove it.
  writeFileSync(join(userData, 'config.json'), '{}');
  writeFileSync(join(userData, 'state.json'), JSON.stringify(ASKED_STATE));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
const firstStart = () => { rmSync(join(userData, 'config.json')); };
afterEach(async () => {
  await quitLimber();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  rmSync(userData, { recursive: true, force: true });
});

describe('startLimber: tray and prompts', () => {
  it('gives the tray icon the main thread to itself before the rest of Limber loads', async () => {
    await import('../../../electron/root/app'); // Already loaded, so only the wait can hold the wiring back.
    fake.startsNow();
    const starting = startLimber({
      log: { info: () => undefined, warn: () => undefined, error: () => undefined }, rendererDir: '/nonexistent',
      preload: '/opt/limber/preload.cjs', argv: ['electron', '.'], notifier: () => ({ notify: () => undefined, prompt: () => undefined, withdrawPrompts: () => undefined }),
      print: () => undefined, exit: () => undefined, busySignals: [busySignal],
    });
    await trayOrEnd(starting);
    await vi.advanceTimersByTimeAsync(TRAY_FIRST_MS - 1);
    expect(fake.trays).toHaveLength(1);
    expect(tray().menu).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    await starting;
    expect(tray().menu).not.toBeNull();
    // The ring a new day starts with is the one the icon was created with: it is not replaced while being embedded.
    expect(tray().updates.image).toBe(0);
  });

  it('puts a tray up, notifies before and when a break is due, and shows the prompt without taking focus', async () => {
    const { notes } = await start();
    expect(tray().toolTip).toMatch(/^Limber: Sitting for 0 s/);
    expect(fake.openWindows()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
    expect(notes.map((n) => n.title)).toEqual(['Micro break in 30 seconds', 'Time for a 30-second micro break']);
    expect(tray().toolTip).toBe('Limber: A micro break is due');
    const prompt = windowShowing('prompt?kind=micro');
    // Hidden until the page has said how big it is, so it never shows a scrollbar first.
    expect(prompt?.visible).toBe(false);
    await fitFromPage(prompt, { width: 420, height: 180 });
    expect(prompt?.visible).toBe(true);
    expect(prompt?.focused).toBe(false);
    expect(prompt?.options.alwaysOnTop).toBe(true);
    expect(prompt?.getContentSize()).toEqual([420, 180]);
  });

  it('loads the prompt hidden before the break falls due, and the offered routine while the prompt is up: each only appears', async () => {
    const { engine } = await start();
    await vi.advanceTimersByTimeAsync(15 * MINUTE - 20_000);
    const prompt = windowShowing('prompt?kind=micro&routine=posture-reset');
    await fitFromPage(prompt);
    expect([fake.openWindows().length, prompt?.visible]).toEqual([1, false]);
    await vi.advanceTimersByTimeAsync(21_000);
    expect(engine?.snapshot().pending?.phase).toBe('due');
    expect([prompt?.visible, prompt?.focused]).toEqual([true, false]);
    const breakWindow = windowShowing('break?routine=posture-reset');
    await fitFromPage(breakWindow, { width: 760, height: 640 });
    expect(breakWindow?.visible).toBe(false);
    await fake.invoke('limber:startBreak', prompt?.webContents as FakeWebContents, 'posture-reset');
    await fake.settle();
    expect([breakWindow?.visible, breakWindow?.focused, routes()]).toEqual([true, true, ['break']]);
    expect(fake.windows).toHaveLength(2);
  });

  it('closes the hidden windows as soon as they will not be needed', async () => {
    await start();
    await vi.advanceTimersByTimeAsync(15 * MINUTE - 20_000);
    expect(routes()).toEqual(['prompt']);
    tray().menu?.click('Pause Limber', 'For 30 minutes');
    await fake.settle();
    expect(routes()).toEqual([]);
    tray().menu?.click('Resume');
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(windowShowing('prompt')?.visible).toBe(true);
    expect(routes()).toEqual(['prompt', 'break']);
    tray().menu?.click('Skip this break');
    await fake.settle();
    expect(routes()).toEqual([]);
  });

  it('passes menu choices to the engine and closes the prompt once the break is snoozed', async () => {
    const { engine } = await start();
    await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
    tray().menu?.click('Snooze 5 min (3 left)');
    expect(engine?.snapshot().pending).toEqual({ kind: 'micro', phase: 'snoozed' });
    await fake.settle();
    expect(windowShowing('prompt')).toBeUndefined();
    tray().menu?.click('Pause Limber', 'For 1 hour');
    expect(tray().toolTip).toMatch(/^Limber: Paused until /);
    tray().menu?.click('Quit Limber');
    expect(fake.quitCalls).toBe(1);
    expect(fake.quitted).toBe(true);
  });

  it('starts a routine from the menu in a break window, and closing that window ends the break', async () => {
    const { engine } = await start();
    tray().menu?.click('Take a break now', 'Neck and shoulders (5 min)');
    await vi.advanceTimersByTimeAsync(0);
    expect(routes()).toEqual(['break']);
    await fitFromPage(windowShowing('break'), { width: 760, height: 640 });
    expect(windowShowing('break?routine=neck-and-shoulders')?.focused).toBe(true);
    expect(engine?.snapshot().breakInProgress?.kind).toBe('long');
    windowShowing('break')?.close();
    await fake.settle();
    expect(engine?.snapshot().breakInProgress).toBeNull();
    expect(fake.openWindows()).toHaveLength(0);
  });

  it('opens the break when a notification is clicked', async () => {
    const { clickNotification } = await start();
    await vi.advanceTimersByTimeAsync(45 * MINUTE + 1000);
    clickNotification();
    await vi.advanceTimersByTimeAsync(0);
    await fake.settle();
    expect(routes()).toEqual(['break']);
  });

  it('feeds lock and unlock to the engine: a long lock is a natural break', async () => {
    const { engine } = await start();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    // What Electron reports on macOS and Windows; the idle state says the same everywhere.
    fake.idleState = 'locked';
    powerMonitor.emit('lock-screen');
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    fake.idleState = 'active';
    powerMonitor.emit('unlock-screen');
    await vi.advanceTimersByTimeAsync(0);
    expect(engine?.snapshot().sittingSeconds).toBe(0);
    expect(tray().toolTip).toMatch(/^Limber: Sitting for 0 s/);
  });

  it('notices a Linux screen lock from the idle state, which is all Linux reports', async () => {
    const { engine } = await start();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    fake.idleState = 'locked';
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(engine?.snapshot().locked).toBe(true);
    fake.idleState = 'active';
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(engine?.snapshot().locked).toBe(false);
  });

  it('wakes the process about twice a minute, and redraws the tray only when it changes', async () => {
    const { engine } = await start();
    const updates = { ...tray().updates };
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    // Idle readings every 30 s, and a busy reading 15 s before each heads-up and prompt.
    expect(engine?.wakeups()).toBeGreaterThanOrEqual(110);
    expect(engine?.wakeups()).toBeLessThanOrEqual(140);
    // The tooltip changes with the sitting minutes; the menu only with the state (a micro break due and taken, and so on).
    expect(tray().updates.toolTip - updates.toolTip).toBeGreaterThan(20);
    expect(tray().updates.menu - updates.menu).toBeLessThanOrEqual(12);
  });
});

describe('startLimber: busy', () => {
  it('holds a break during a call, says so in the tray, and offers it after the call with what happened', async () => {
    inCall = true;
    const { notes } = await start();
    await vi.advanceTimersByTimeAsync(20 * MINUTE);
    // The tooltip is redrawn at the engine's wakeups, so its minutes may lag a little.
    expect(tray().toolTip).toMatch(/^Limber: Micro break held: you are in a call \(until .+ at most\)\nWaiting [45] min; sitting for (19|20) min$/);
    expect(notes).toEqual([]);
    expect(windowShowing('prompt')).toBeUndefined();
    inCall = false;
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(notes.map((note) => note.title)).toEqual(['Your call has ended. Time for a 30-second micro break']);
    expect(windowShowing('prompt?kind=micro')).toBeDefined();
  });

  it('says in the settings which signals this machine can read', async () => {
    await start();
    tray().menu?.click('Settings…');
    const settings = windowShowing('settings')?.webContents as FakeWebContents;
    const statuses = await fake.invoke('limber:busySignals', settings);
    expect(statuses).toEqual({
      call: { readable: true, via: 'a test call' },
      fullscreen: { readable: false, why: expect.stringContaining('cannot read') as unknown },
      dnd: { readable: false, why: expect.stringContaining('cannot read') as unknown },
      media: { readable: false, why: expect.stringContaining('cannot read') as unknown },
    });
  });
});

describe('startLimber: windows', () => {
  it('creates every window locked down, and destroys it on close', async () => {
    await start();
    tray().menu?.click('Settings…');
    tray().menu?.click('Statistics…');
    expect(routes()).toEqual(['settings', 'stats']);
    for (const window of fake.openWindows()) {
      expect(window.options.show).toBe(false);
      expect(window.options.webPreferences).toMatchObject({
        preload: '/opt/limber/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false,
        webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, devTools: true,
      });
      expect(window.webContents.tryNavigate('https://example.com/')).toBe(false);
      expect(window.webContents.openHandler?.({ url: 'https://example.com/' } as never)).toEqual({ action: 'deny' });
    }
    tray().menu?.click('Settings…');
    expect(fake.windows).toHaveLength(2);
    for (const window of fake.openWindows()) window.close();
    await fake.settle();
    expect(fake.openWindows()).toHaveLength(0);
  });

  it('opens windows on the display under the pointer, and brings them back when that display is unplugged', async () => {
    const right = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 }, workArea: { x: 1366, y: 0, width: 1920, height: 1040 } };
    fake.displays = [...fake.displays, right];
    fake.cursor = { x: 2500, y: 400 };
    await start();
    tray().menu?.click('Settings…');
    await Promise.resolve();
    const settings = windowShowing('settings');
    expect(settings?.getBounds().x).toBeGreaterThanOrEqual(1366);
    fake.cursor = { x: 100, y: 100 };
    fake.removeDisplay(2);
    expect(settings?.getBounds().x).toBeLessThan(1366);
  });

  it('refuses every permission a page could ask for, from before its first window', async () => {
    await start();
    // Pages are set up only when the first window is about to open, so a start with none stays light.
    expect(fake.permissions.request).toBeNull();
    expect(fake.protocols.size).toBe(0);
    tray().menu?.click('Settings…');
    expect(fake.protocols.has('limber')).toBe(true);
    expect(['media', 'notifications', 'clipboard-read', 'geolocation'].map((p) => fake.permissions.request?.(p))).toEqual([false, false, false, false]);
    expect(fake.permissions.check?.('media')).toBe(false);
  });

  it('turns DevTools off in a packaged build', async () => {
    fake.packaged = true;
    vi.stubEnv('XDG_CONFIG_HOME', userData);
    await start();
    tray().menu?.click('Settings…');
    expect(fake.openWindows()[0]?.options.webPreferences?.devTools).toBe(false);
  });

  it('runs no renderer across a working day except while a prompt or a break is on screen', async () => {
    const { engine } = await start();
    const samples: { open: (string | undefined)[]; shown: number; inBreak: boolean }[] = [];
    for (let minute = 0; minute < 8 * 60; minute++) {
      await vi.advanceTimersByTimeAsync(MINUTE);
      const prompt = onScreen('prompt');
      const breakWindow = onScreen('break');
      if (prompt) {
        // The user presses Start in the prompt, which asks main through the bridge.
        await fake.invoke('limber:startBreak', prompt.webContents, /kind=micro/.test(prompt.webContents.url) ? 'posture-reset' : 'quick-brace');
        await fake.settle();
      } else if (breakWindow && Date.now() - (engine?.snapshot().breakInProgress?.startedAt ?? Date.now()) >= 3 * MINUTE) {
        breakWindow.close();
        await fake.settle();
      }
      samples.push({ open: routes(), shown: fake.openWindows().filter((w) => w.visible).length, inBreak: !!engine?.snapshot().breakInProgress });
    }
    const idleMinutes = samples.filter(({ open }) => open.length === 0).length;
    expect(samples.every(({ shown }) => shown <= 1)).toBe(true);
    // With nothing on screen, the one renderer is a prompt loaded hidden for a break about to fall due, or the break
    // just started, whose page here never gives its size.
    const hidden = samples.filter(({ open, shown }) => shown === 0 && open.length > 0);
    expect(hidden.every(({ open, inBreak }) => open.join() === (inBreak ? 'break' : 'prompt'))).toBe(true);
    expect(idleMinutes).toBeGreaterThan(6 * 60);
    expect(fake.windows.length).toBeGreaterThan(10);
    expect(fake.openWindows().length).toBeLessThanOrEqual(2);
  });
});

describe('startLimber: menus, clicks and quitting', () => {
  it('takes away Electron\'s default menu (its Reload and DevTools keys), keeping only Edit on macOS', async () => {
    await start();
    expect(fake.applicationMenu).toBeNull();
    await quitLimber();
    fake.reset();
    fake.userData = userData;
    const { Menu } = await import('electron');
    const buildFromTemplate = vi.spyOn(Menu, 'buildFromTemplate');
    const { removeDefaultMenu } = await import('../../../electron/windows/app-menu');
    removeDefaultMenu('darwin');
    expect(buildFromTemplate.mock.calls[0]?.[0]).toEqual([{ role: 'editMenu' }]);
    buildFromTemplate.mockRestore();
  });

  it('opens the statistics on a left click in a Linux tray, which cannot pop the menu up', async () => {
    await start();
    tray().click();
    expect(routes()).toEqual(['stats']);
    expect(fake.trayPopups).toBe(0);
  });

  it('stops everything before Electron closes the windows, so a break window closing after it changes nothing', async () => {
    const { engine } = await start();
    tray().menu?.click('Take a break now', 'Unwind (3 min)');
    // Long enough to count as taken (TAKEN_AFTER_SECONDS).
    await vi.advanceTimersByTimeAsync(30_000);
    expect(engine?.snapshot().breakInProgress).not.toBeNull();
    const history = join(userData, 'history.json');
    app.quit();
    // 'before-quit' has run: the break is over and on disk; the windows are still closing.
    const flushed = readFileSync(history, 'utf8');
    expect(Object.values(salvageHistory(JSON.parse(flushed)).value.days)).toEqual([expect.objectContaining({ taken: 1 })]);
    expect(fake.openWindows()).toHaveLength(1);
    await fake.settle();
    expect(fake.quitted).toBe(true);
    expect(readFileSync(history, 'utf8')).toBe(flushed);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('startLimber: IPC', () => {
  it('serves its own windows, and refuses foreign senders and malformed payloads, changing nothing', async () => {
    const { engine, logs } = await start();
    tray().menu?.click('Settings…');
    const own = windowShowing('settings')?.webContents as FakeWebContents;
    await expect(Promise.resolve(fake.invoke('limber:settings', own))).resolves.toMatchObject({ version: 1 });

    const foreign = new FakeWebContents();
    foreign.url = 'limber://app/index.html';
    await expect(Promise.resolve().then(() => fake.invoke('limber:act', foreign, { action: 'pause', until: 'resume' })))
      .rejects.toThrow('only from its own windows');
    const spoofed = Object.assign(new FakeWebContents(), { id: own.id, url: 'https://evil.example/' });
    await expect(Promise.resolve().then(() => fake.invoke('limber:act', spoofed, { action: 'pause', until: 'resume' })))
      .rejects.toThrow('only from its own windows');

    for (const bad of [[{ action: 'explode' }], [{ action: 'pause', minutes: -5 }], [], [{ action: 'snooze' }, 'extra']]) {
      await expect(Promise.resolve().then(() => fake.invoke('limber:act', own, ...bad))).rejects.toThrow(/Limber refused act/);
    }
    await expect(Promise.resolve().then(() => fake.invoke('limber:startBreak', own, '../../etc'))).rejects.toThrow(/Limber refused startBreak/);
    await expect(Promise.resolve().then(() => fake.invoke('limber:bringBack', own, '../../etc'))).rejects.toThrow(/Limber refused bringBack/);
    expect(engine?.snapshot().paused).toBeNull();
    expect(routes()).toEqual(['settings']);
    expect(logs.filter((line) => line.startsWith('warn: IPC'))).toHaveLength(8);
  });

  it('answers a page whose window Limber is closing: the break loaded behind a prompt that was skipped at once', async () => {
    const { logs } = await start();
    await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
    const prompt = windowShowing('prompt');
    await fitFromPage(prompt);
    const hiddenBreak = windowShowing('break');
    expect([prompt?.visible, hiddenBreak?.visible]).toEqual([true, false]);
    await fake.invoke('limber:act', prompt?.webContents as FakeWebContents, { action: 'skip' });
    // Closing takes a moment, and the break's page, still starting, asks for the settings as every page does first.
    expect(hiddenBreak?.isDestroyed()).toBe(false);
    await expect(Promise.resolve().then(() => fake.invoke('limber:settings', hiddenBreak?.webContents as FakeWebContents)))
      .resolves.toMatchObject({ version: 1 });
    await fake.settle();
    expect(routes()).toEqual([]);
    expect(logs.filter((line) => line.includes('refused'))).toEqual([]);
  });

  it('keeps settings saved through the bridge across a restart, and rejects invalid ones whole', async () => {
    await start();
    tray().menu?.click('Settings…');
    const own = windowShowing('settings')?.webContents as FakeWebContents;
    expect(await fake.invoke('limber:saveSettings', own, { longBreak: { everyMinutes: 30 } })).toMatchObject({ ok: true });
    expect(await fake.invoke('limber:saveSettings', own, { longBreak: { everyMinutes: 3 }, strict: true }))
      .toEqual({ ok: false, errors: ['longBreak.everyMinutes must be a whole number between 5 and 240'] });
    await quitLimber();
    fake.reset();
    fake.userData = userData;
    const { engine } = await start();
    expect(engine?.snapshot().nextBreak).toEqual({ kind: 'micro', inSeconds: 15 * 60 });
    await vi.advanceTimersByTimeAsync(30 * MINUTE + 1000);
    expect(tray().toolTip).toBe('Limber: A long break is due');
  });
});

describe('startLimber: global shortcuts', () => {
  it('registers the shortcuts saved in the settings, runs what each stands for, and gives them back at quit', async () => {
    const { engine, notes } = await start();
    tray().menu?.click('Settings…');
    const settings = windowShowing('settings')?.webContents as FakeWebContents;
    fake.shortcutsHeldElsewhere.add('Ctrl+Alt+R');
    const shortcuts = { breakNow: 'Ctrl+Alt+B', pause: 'Ctrl+Alt+P', snooze: 'Ctrl+Alt+S', reading: 'Ctrl+Alt+R' };
    expect(await fake.invoke('limber:saveSettings', settings, { shortcuts })).toMatchObject({ ok: true });
    expect(await fake.invoke('limber:shortcuts', settings)).toEqual({ available: true, partly: false, taken: ['reading'] });

    fake.press('Ctrl+Alt+B');
    await vi.waitFor(() => { expect(windowShowing('break')).toBeDefined(); });
    fake.press('Ctrl+Alt+P');
    expect(engine?.snapshot().paused).not.toBeNull();
    // A held key repeats: a press right after the last is the same press.
    await vi.advanceTimersByTimeAsync(100);
    fake.press('Ctrl+Alt+P');
    expect(engine?.snapshot().paused).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1000);
    fake.press('Ctrl+Alt+P');
    expect(engine?.snapshot().paused).toBeNull();

    expect(await fake.invoke('limber:saveSettings', settings, { strict: true })).toMatchObject({ ok: true });
    fake.press('Ctrl+Alt+S');
    expect(notes.at(-1)).toEqual({ title: 'Strict mode is on', body: 'The break can’t be snoozed from a shortcut while strict mode is on.' });
    await quitLimber();
    expect(fake.shortcuts.size).toBe(0);
  });

  it('lets its keys go while a settings field listens, and takes them back when it stops or its window closes', async () => {
    await start();
    tray().menu?.click('Settings…');
    const window = windowShowing('settings');
    const settings = window?.webContents as FakeWebContents;
    await fake.invoke('limber:saveSettings', settings, { shortcuts: { breakNow: 'Ctrl+Alt+B' } });
    await fake.invoke('limber:holdShortcuts', settings, true);
    expect(fake.shortcuts.size).toBe(0);
    await fake.invoke('limber:holdShortcuts', settings, false);
    expect([...fake.shortcuts.keys()]).toEqual(['Ctrl+Alt+B']);
    await fake.invoke('limber:holdShortcuts', settings, true);
    settings.emit('did-start-loading');
    expect([...fake.shortcuts.keys()]).toEqual(['Ctrl+Alt+B']);
    await fake.invoke('limber:holdShortcuts', settings, true);
    window?.close();
    await fake.settle();
    expect([...fake.shortcuts.keys()]).toEqual(['Ctrl+Alt+B']);
  });

  it('offers none on Wayland drawn natively, where Electron 33 can\'t listen for keys outside its windows', async () => {
    vi.stubEnv('XDG_SESSION_TYPE', 'wayland');
    vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', '');
    fake.ozonePlatform = 'wayland';
    await start('--ozone-platform=wayland');
    tray().menu?.click('Settings…');
    const settings = windowShowing('settings')?.webContents as FakeWebContents;
    expect(await fake.invoke('limber:saveSettings', settings, { shortcuts: { breakNow: 'Ctrl+Alt+B' } })).toMatchObject({ ok: true });
    expect(fake.shortcuts.size).toBe(0);
    expect(await fake.invoke('limber:shortcuts', settings)).toEqual({ available: false, partly: false, taken: [] });
  });
});

describe('startLimber: own routines', () => {
  const DESK_RESET = { id: 'own-desk-reset', own: true, name: 'Desk reset', forKinds: ['long'], exerciseIds: ['seated-march'], repeats: { 'seated-march': 1 } };
  const routinesFile = () => JSON.parse(readFileSync(join(userData, 'routines.json'), 'utf8')) as { version: number; leftOut: { exercise: string }[] };
  const ownInMenu = () => tray().menu?.labels('Take a break now').filter((label) => label?.startsWith('Desk reset'));

  it('keeps own routines in routines.json, lists them in the tray as they change, and leaves out what hurt until brought back', async () => {
    const { notes } = await start();
    expect(existsSync(join(userData, 'routines.json'))).toBe(false);
    tray().menu?.click('Settings…');
    const settings = windowShowing('settings')?.webContents as FakeWebContents;
    expect(await fake.invoke('limber:saveRoutines', settings, { exercises: [], routines: [DESK_RESET] })).toMatchObject({ ok: true });
    expect(routinesFile()).toMatchObject({ version: 1, routines: [{ id: 'own-desk-reset' }], leftOut: [] });
    expect(ownInMenu()).toEqual([expect.stringMatching(/^Desk reset \(\d+ s\)$/)]);

    tray().menu?.click('Take a break now', ownInMenu()?.[0] ?? '');
    await fake.settle();
    const breakWindow = windowShowing('break?routine=own-desk-reset&kind=long');
    expect(breakWindow?.getTitle()).toBe('Desk reset: break – Limber');
    await fake.invoke('limber:recordRoutine', breakWindow?.webContents as FakeWebContents, {
      routineId: 'own-desk-reset', outcome: 'hurt', exercisesDone: [], hurtExercise: 'seated-march',
    });
    expect(routinesFile().leftOut.map((entry) => entry.exercise)).toEqual(['seated-march']);
    await fake.invoke('limber:act', breakWindow?.webContents as FakeWebContents, { action: 'finish-break' });
    // Its one exercise is left out: there is nothing of it to start.
    expect(ownInMenu()).toEqual([]);
    expect(await fake.invoke('limber:bringBack', settings, 'seated-march')).toMatchObject({ leftOut: [] });
    expect(ownInMenu()).toHaveLength(1);
    expect(notes).toEqual([]);
  });

  it('repairs a damaged routines.json, keeping what reads and the original beside it, and tells the user', async () => {
    writeFileSync(join(userData, 'routines.json'), JSON.stringify({ version: 1, exercises: [], routines: [DESK_RESET, { id: 'own-broken' }], leftOut: [] }));
    const { notes, logs } = await start();
    expect(notes[0]?.title).toBe('Limber repaired its routines file');
    expect(notes[0]?.body).toMatch(/routines\.corrupt-.*\.json/);
    expect(logs.some((line) => line.startsWith('warn: The routines file had problems'))).toBe(true);
    expect(ownInMenu()).toHaveLength(1);
  });

  it('never writes over a routines.json from a newer Limber', async () => {
    const newer = JSON.stringify({ version: 2, exercises: [], routines: [DESK_RESET], leftOut: [] });
    writeFileSync(join(userData, 'routines.json'), newer);
    const { notes } = await start();
    expect(notes[0]?.title).toBe('Limber\'s routines file is from a newer version');
    tray().menu?.click('Settings…');
    const settings = windowShowing('settings')?.webContents as FakeWebContents;
    expect(await fake.invoke('limber:saveRoutines', settings, { exercises: [], routines: [] })).toMatchObject({ ok: true });
    expect(readFileSync(join(userData, 'routines.json'), 'utf8')).toBe(newer);
  });
});

describe('startLimber: settings, first start and exports', () => {
  const settingsWindow = () => {
    tray().menu?.click('Settings…');
    return windowShowing('settings')?.webContents as FakeWebContents;
  };

  it('welcomes a first start with the welcome window, and a later start with nothing', async () => {
    firstStart();
    await start();
    expect(routes()).toEqual(['welcome']);
    await quitLimber();
    fake.reset();
    fake.userData = userData;
    await start();
    expect(routes()).toEqual([]);
  });

  it('announces a due break by notification only when the user chose that', async () => {
    await start();
    await fake.invoke('limber:saveSettings', settingsWindow(), { promptStyle: 'notification' });
    windowShowing('settings')?.close();
    await fake.settle();
    await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
    expect(tray().toolTip).toBe('Limber: A micro break is due');
    expect(routes()).toEqual([]);
  });

  it('on a native Wayland session, offers a due break by notification alone, with no window loaded, and says why once', async () => {
    vi.stubEnv('XDG_SESSION_TYPE', 'wayland');
    vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', '');
    fake.ozonePlatform = 'wayland';
    try {
      const { notes, logs, clickNotification } = await start('--ozone-platform=wayland');
      expect(notes.map((n) => n.title)).toEqual(['How Limber works in this session']);
      expect(logs).toContain('info: Idle time from: compositor (Wayland, prompts by notification)');
      await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
      expect(notes.map((n) => n.title).slice(1)).toEqual(['Micro break in 30 seconds', 'Time for a 30-second micro break']);
      expect(fake.windows).toEqual([]);
      clickNotification();
      await vi.advanceTimersByTimeAsync(0);
      expect(routes()).toEqual(['break']);
      await quitLimber();
      fake.reset();
      fake.userData = userData;
      fake.ozonePlatform = 'wayland';
      const again = await start('--ozone-platform=wayland');
      expect(again.notes).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('applies the theme to the native parts of its windows', async () => {
    writeFileSync(join(userData, 'config.json'), '{"theme": "dark"}');
    await start();
    expect(nativeTheme.themeSource).toBe('dark');
    await fake.invoke('limber:saveSettings', settingsWindow(), { theme: 'light' });
    expect(nativeTheme.themeSource).toBe('light');
  });

  it('saves an export where the user chose, and reports a cancelled dialog', async () => {
    await start();
    const own = settingsWindow();
    fake.saveDialogAnswer = join(userData, 'my-settings.json');
    expect(await fake.invoke('limber:exportFile', own, 'settings')).toEqual({ ok: true, savedAs: 'my-settings.json' });
    expect(JSON.parse(readFileSync(join(userData, 'my-settings.json'), 'utf8'))).toMatchObject({ version: 1, longBreak: { everyMinutes: 45 } });
    expect(fake.saveDialogs[0]?.defaultPath).toBe(join(userData, 'limber-settings.json'));
    fake.saveDialogAnswer = null;
    expect(await fake.invoke('limber:exportFile', own, 'history-csv')).toEqual({ ok: false, cancelled: true });
    fake.saveDialogAnswer = join(userData, 'nonexistent-folder', 'history.csv');
    expect(await fake.invoke('limber:exportFile', own, 'history-csv')).toMatchObject({ ok: false, cancelled: false, error: expect.stringMatching(/ENOENT/) as string });
  });

  it('keeps the history through a settings import, a refused import and a restart', async () => {
    await start();
    const own = settingsWindow();
    await fake.invoke('limber:recordRoutine', own, { routineId: 'unwind', outcome: 'completed', exercisesDone: [] });
    await fake.invoke('limber:recordCheckIn', own, { moment: 'before', rating: 7 });
    expect(await fake.invoke('limber:importSettings', own, '{"longBreak": {"everyMinutes": 30}}')).toMatchObject({ ok: true });
    expect(await fake.invoke('limber:importSettings', own, '{"longBreak": {"everyMinutes": "often"}}')).toEqual({
      ok: false, errors: ['longBreak.everyMinutes must be a whole number between 5 and 240'],
    });
    await quitLimber();
    fake.reset();
    fake.userData = userData;
    const { engine } = await start();
    const history = await fake.invoke('limber:history', settingsWindow()) as { days: Record<string, { routinesCompleted: number; stiffness?: unknown }> };
    expect(Object.values(history.days)).toEqual([expect.objectContaining({ routinesCompleted: 1, stiffness: { before: { sum: 7, count: 1 }, after: { sum: 0, count: 0 } } }) as unknown]);
    await vi.advanceTimersByTimeAsync(30 * MINUTE + 1000);
    expect(engine?.snapshot().pending?.kind).toBe('long');
  });
});

/** The machine's own clocks don't move under fake timers: the engine file is dated as if Limber had stopped `ms` ago. */
function stoppedFor(ms: number) {
  const file = join(userData, 'engine.json');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { machine: { monoMs: number; uptimeMs: number } };
  writeFileSync(file, JSON.stringify({ ...saved, machine: { ...saved.machine, monoMs: saved.machine.monoMs - ms, uptimeMs: saved.machine.uptimeMs - ms } }));
}

describe('startLimber: files', () => {
  it('comes up and offers the break after a quit during its heads-up and a start after its due time', async () => {
    writeFileSync(join(userData, 'config.json'), JSON.stringify({ busy: { call: false, fullscreen: false, dnd: false } }));
    await start();
    await vi.advanceTimersByTimeAsync(15 * MINUTE - 20_000);
    expect(tray().toolTip).toMatch(/micro break in/i);
    await quitLimber();
    fake.reset();
    fake.userData = userData;
    await vi.advanceTimersByTimeAsync(30_000);
    stoppedFor(30_000);
    const { limber, notes, logs } = await start();
    expect(limber).not.toBeNull();
    expect(logs.filter((line) => line.startsWith('error:'))).toEqual([]);
    expect(notes.map((n) => n.title)).toContain('Time for a 30-second micro break');
    expect(windowShowing('prompt?kind=micro')).toBeDefined();
  });

  it('repairs a corrupt settings file, keeps the original beside it and tells the user', async () => {
    writeFileSync(join(userData, 'config.json'), '{"longBreak": ');
    const { notes, logs } = await start();
    expect(notes[0]?.title).toBe('Limber repaired its settings file');
    expect(notes[0]?.body).toMatch(/config\.corrupt-.*\.json/);
    expect(logs.some((line) => line.startsWith('warn: The settings file had problems (the file is not valid JSON'))).toBe(true);
  });

  it('records the day: prompts, breaks taken and routines done', async () => {
    await start();
    await vi.advanceTimersByTimeAsync(45 * MINUTE + 1000);
    const prompt = windowShowing('prompt?kind=long');
    await fake.invoke('limber:startBreak', prompt?.webContents as FakeWebContents, 'quick-brace');
    const own = windowShowing('break')?.webContents as FakeWebContents;
    await fake.invoke('limber:recordRoutine', own, { routineId: 'quick-brace', outcome: 'completed', exercisesDone: ['abdominal-bracing'] });
    await fake.invoke('limber:act', own, { action: 'finish-break' });
    await quitLimber();
    const { days } = salvageHistory(JSON.parse(readFileSync(join(userData, 'history.json'), 'utf8'))).value;
    // Days turn at 04:00: a run that starts after 03:15 spans two.
    const total = (field: 'prompts' | 'taken' | 'routinesCompleted' | 'sittingSeconds') =>
      Object.values(days).reduce((sum, day) => sum + day[field], 0);
    expect([total('prompts'), total('taken'), total('routinesCompleted')]).toEqual([2, 1, 1]);
    expect(Object.values(days).map((day) => day.exercises['abdominal-bracing'] ?? 0).reduce((a, b) => a + b)).toBe(1);
    expect(total('sittingSeconds')).toBeGreaterThanOrEqual(45 * 60);
  });

  it('turns on start at login in a packaged build, with an autostart entry on Linux that never carries --no-sandbox', async () => {
    firstStart();
    fake.packaged = true;
    vi.stubEnv('XDG_CONFIG_HOME', userData);
    vi.stubEnv('APPIMAGE', '/home/me/Apps/Limber.AppImage');
    // Started the way people get an AppImage going on Ubuntu 24.04: the entry still runs the program alone.
    await start('--no-sandbox');
    await vi.waitFor(() => { expect(readFileSync(join(userData, 'autostart', 'limber.desktop'), 'utf8')).toMatch(/^Exec=\/home\/me\/Apps\/Limber.AppImage$/m); }, WRITTEN);
  });

  it('leaves a later start alone after the user removed the entry, and follows the setting when it changes', async () => {
    firstStart();
    fake.packaged = true;
    vi.stubEnv('XDG_CONFIG_HOME', userData);
    const entry = join(userData, 'autostart', 'limber.desktop');
    await start();
    await vi.waitFor(() => { expect(existsSync(entry)).toBe(true); }, WRITTEN);
    await quitLimber();
    rmSync(entry);
    fake.reset();
    Object.assign(fake, { userData, packaged: true });
    // Real time, so that a write the restart wrongly started would have landed: a few file operations, milliseconds.
    // A loaded machine can only make this check miss such a write, never fail a start that makes none.
    vi.useRealTimers();
    await start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(entry)).toBe(false);
    tray().menu?.click('Settings…');
    const own = windowShowing('settings')?.webContents as FakeWebContents;
    await fake.invoke('limber:saveSettings', own, { startAtLogin: false });
    await fake.invoke('limber:saveSettings', own, { startAtLogin: true });
    await vi.waitFor(() => { expect(existsSync(entry)).toBe(true); }, WRITTEN);
  });
});

describe('startLimber: command line', () => {
  it('prints usage for --help and starts nothing', async () => {
    const { limber, printed, exits } = await start('--help');
    expect(limber).toBeNull();
    expect(printed[0]).toMatch(/^Usage: limber/);
    expect(exits).toEqual([0]);
    expect(fake.trays).toHaveLength(0);
  });

  it('prints a clear error for bad arguments, exits with 2 and starts nothing', async () => {
    const { limber, printed, exits } = await start('--pause', 'soon');
    expect(limber).toBeNull();
    expect(printed[0]).toMatch(/^limber: .*soon/);
    expect(exits).toEqual([2]);
    expect(fake.trays).toHaveLength(0);
  });

  it('starts on what is not its own (macOS\'s -psn_ argument, Chromium switches), and logs what it ignored', async () => {
    const { limber, logs, exits, printed } = await start('-psn_0_1839553', '--disable-gpu-compositing', '--gtk-version=4', '--stats');
    expect(limber).not.toBeNull();
    expect(exits).toEqual([]);
    expect(printed).toEqual([]);
    expect(windowShowing('stats')).toBeDefined();
    expect(logs).toContain('warn: Command line: ignored "-psn_0_1839553" "--disable-gpu-compositing" "--gtk-version=4": not Limber\'s options (see limber --help)');
  });

  it('in a second instance, hands over only its own options and says on the terminal what it ignored', async () => {
    fake.singleInstance = false;
    const { printed, exits } = await start('--pause', '30', '--password-store=basic');
    expect(fake.instanceData).toEqual({ args: ['--pause', '30'] });
    expect(printed).toEqual(['limber: ignored "--password-store=basic": not Limber\'s options (see limber --help)\n']);
    expect(exits).toEqual([]);
    expect(fake.quitCalls).toBe(1);
  });

  it('on Windows, carries the installer\'s app id, under which Windows shows its notifications', async () => {
    await startOnWindows();
    const builder = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    expect(fake.appUserModelId).toBe(/^appId: (.+)$/m.exec(builder)?.[1]);
    expect(fake.appUserModelId).toBe(APP_ID);
  });

  it('on Windows, writes the engine state (and any unsaved history) when the session ends, heard by a hidden window with no page', async () => {
    await startOnWindows();
    const listener = fake.windows.find((window) => window.options.show === false && window.options.width === 1);
    expect(listener?.webContents.getURL()).toBe('');
    // The engine state is written whatever it holds; the history only when it has sitting time not yet on disk.
    const engineFile = join(userData, 'engine.json');
    rmSync(engineFile, { force: true });
    listener?.emit('session-end');
    expect(existsSync(engineFile)).toBe(true);
  });

  it('on Windows, stops the audio service once its windows have closed, though the hidden session-end window stays', async () => {
    fake.childProcesses = [{ pid: 4101, type: 'Utility', serviceName: 'audio.mojom.AudioService' }];
    const kill = vi.spyOn(process, 'kill').mockReturnValue(true);
    try {
      const { logs } = await startOnWindows();
      app.emit('second-instance', {}, [], '/', { args: ['--settings'] });
      windowShowing('settings')?.close();
      await fake.settle();
      expect(fake.openWindows()).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(AUDIO_SERVICE_GRACE_MS);
      expect(kill).toHaveBeenCalledWith(4101);
      expect(logs).toContain('info: Audio service stopped: no window is open');
    } finally {
      kill.mockRestore();
    }
  });

  it('opens the settings when macOS activates it, as opening Limber again there does instead of a second start', async () => {
    await start();
    expect(windowShowing('settings')).toBeUndefined();
    app.emit('activate', {}, false);
    expect(windowShowing('settings')).toBeDefined();
  });

  it('quits at once in a second instance, which hands its arguments over', async () => {
    fake.singleInstance = false;
    expect((await start('--pause', '30')).limber).toBeNull();
    expect(fake.instanceData).toEqual({ args: ['--pause', '30'] });
    expect(fake.quitCalls).toBe(1);
    expect(fake.trays).toHaveLength(0);
  });

  it('runs what a second instance asks for, and ignores what does not parse', async () => {
    const { engine, logs } = await start();
    app.emit('second-instance', {}, [], '/', { args: ['--pause', '30'] });
    expect(engine?.snapshot().paused).not.toBeNull();
    app.emit('second-instance', {}, [], '/', { args: ['--resume'] });
    expect(engine?.snapshot().paused).toBeNull();
    app.emit('second-instance', {}, [], '/', { args: ['--pause', '-3'] });
    app.emit('second-instance', {}, [], '/', { args: 'not a list' });
    expect(engine?.snapshot().paused).toBeNull();
    expect(logs.filter((line) => line.startsWith('warn: Second instance'))).toHaveLength(2);
    app.emit('second-instance', {}, [], '/', { args: ['--break-now', 'unwind'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(routes()).toEqual(['break']);
    app.emit('second-instance', {}, [], '/', { args: ['--stats'] });
    app.emit('second-instance', {}, [], '/', { args: [] });
    expect(routes()).toEqual(['break', 'stats', 'settings']);
    app.emit('second-instance', {}, [], '/', { args: ['--quit'] });
    expect(fake.quitCalls).toBe(1);
  });

  it('applies the first instance\'s own command once started', async () => {
    const { engine } = await start('--pause', 'tomorrow');
    expect(engine?.snapshot().paused?.until).toBeGreaterThan(Date.now());
  });
});
