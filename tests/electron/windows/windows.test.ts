import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueOf } from '../../../core/exercises/catalogue';
import { displaysOf } from '../../../electron/windows/displays';
import { createWindows, type Screen } from '../../../electron/windows/windows';
import { app, dialog, fake, FakeWebContents, screen, type FakeWindow } from '../../../harness/fake-electron';

/** The library's routines and one of the user's own. */
const OWN = catalogueOf({
  exercises: [], leftOut: [], routines: [{ id: 'own-desk-reset', own: true, name: 'Desk reset', forKinds: ['micro'], exerciseIds: ['seated-march'] }],
});

describe('createWindows', () => {
  let closedByUser: Screen[];
  const windows = () => createWindows({
    beforeCreate: () => undefined, preload: '/p.cjs', devTools: false, url: (screen, query) => `limber://app/index.html#/${screen}?${query}`,
    ...displaysOf(screen, { pointerKnown: true }), onClosedByUser: (screen) => { closedByUser.push(screen); },
    routineName: (id) => OWN.routine(id)?.name,
  });
  const only = (): FakeWindow => {
    const [window] = fake.openWindows();
    if (!window) throw new Error('no window');
    return window;
  };
  beforeEach(() => {
    fake.reset();
    closedByUser = [];
  });

  it('titles each window with what it shows and gives it no menu', () => {
    const shown = windows();
    for (const screen of ['break', 'prompt', 'settings', 'stats', 'welcome'] as const) shown.show(screen);
    expect(fake.windows.map((w) => w.options.title)).toEqual([
      'Break – Limber', 'Time for a long break – Limber', 'Settings – Limber', 'Statistics – Limber', 'Welcome to Limber',
    ]);
    expect(fake.windows.every((w) => w.menuRemoved)).toBe(true);
  });

  it('names the routine and the kind of break, and keeps its title when the page sets its own', async () => {
    const shown = windows();
    shown.show('break', 'routine=unwind');
    shown.show('prompt', 'kind=micro');
    await Promise.resolve();
    const [breakWindow, prompt] = fake.openWindows() as [FakeWindow, FakeWindow];
    expect([breakWindow.getTitle(), prompt.getTitle()]).toEqual(['Unwind: break – Limber', 'Time for a micro break – Limber']);
    breakWindow.pageTitle('Limber');
    expect(breakWindow.getTitle()).toBe('Unwind: break – Limber');
    shown.show('break', 'routine=quick-brace');
    expect(breakWindow.getTitle()).toBe('Quick brace: break – Limber');
    shown.show('break', 'routine=own-desk-reset&kind=micro');
    expect(breakWindow.getTitle()).toBe('Desk reset: break – Limber');
  });

  it('shows a fitted window once its page has given its size, centred, or after a while if it never does', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const shown = windows();
      shown.show('prompt', 'kind=long', { focus: false });
      await Promise.resolve();
      const prompt = only();
      expect(prompt.visible).toBe(false);
      shown.fit(prompt.webContents as never, { width: 420, height: 278 });
      expect(prompt.visible && !prompt.focused).toBe(true);
      expect(prompt.getContentSize()).toEqual([420, 278]);
      expect(prompt.getBounds()).toEqual({ x: Math.floor((1366 - 2 * 2 - 2 - 420) / 2) + 2, y: Math.floor((736 - 24 - 6 - 2 - 278) / 2) + 24, width: 420, height: 278 });

      shown.show('break', 'routine=unwind');
      await Promise.resolve();
      const breakWindow = fake.openWindows()[1] as FakeWindow;
      vi.advanceTimersByTime(1499);
      expect(breakWindow.visible).toBe(false);
      vi.advanceTimersByTime(1);
      expect(breakWindow.visible && breakWindow.focused).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a window whose page never says it is ready to show, a few seconds late rather than never', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fake.readyToShow = false;
      windows().show('settings');
      await Promise.resolve();
      vi.advanceTimersByTime(2999);
      expect(only().visible).toBe(false);
      vi.advanceTimersByTime(1);
      expect(only().visible && only().focused).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fits only the prompt and the break, and only for the window that asks', async () => {
    const shown = windows();
    shown.show('settings');
    shown.show('prompt');
    await Promise.resolve();
    const [settings, prompt] = fake.openWindows() as [FakeWindow, FakeWindow];
    shown.fit(settings.webContents as never, { width: 300, height: 300 });
    // As opened: no taller than the 736-pixel work area allows, with room for the title bar.
    expect(settings.getContentSize()).toEqual([720, 736 - 30 - 2]);
    shown.fit(new FakeWebContents() as never, { width: 300, height: 300 });
    expect(prompt.getContentSize()).toEqual([420, 200]);
    expect(prompt.getBounds().height).toBe(200);
  });

  it('closes a window on Ctrl+W, which no menu provides any more, and lets other keys through', async () => {
    const shown = windows();
    shown.show('stats');
    await Promise.resolve();
    const press = (input: object) => {
      let prevented = false;
      only().webContents.emit('before-input-event', { preventDefault: () => { prevented = true; } }, { type: 'keyDown', control: false, meta: false, ...input });
      return prevented;
    };
    expect(press({ key: 'r', control: true })).toBe(false);
    expect(press({ key: 'w' })).toBe(false);
    // Ctrl+Alt+W is a combination a shortcut field may be listening for.
    expect(press({ key: 'w', control: true, alt: true })).toBe(false);
    expect(press({ key: 'W', control: true })).toBe(true);
    await fake.settle();
    expect(fake.openWindows()).toHaveLength(0);
  });

  it.each(['linux', 'win32', 'darwin'] as const)('brings a minimized window back, restored and raised, when it is shown again (%s)', async (platform) => {
    fake.platform = platform;
    const shown = windows();
    shown.show('settings');
    await Promise.resolve();
    const settings = only();
    settings.minimize();
    const raised = settings.raised;
    shown.show('settings');
    expect(settings.isMinimized()).toBe(false);
    expect(settings.focused).toBe(true);
    expect(settings.raised).toBe(raised + 1);
  });

  it('reports a window the user closed, not one Limber closed, and opens a new one while the old is closing', async () => {
    const shown = windows();
    shown.show('prompt', 'kind=micro');
    shown.close('prompt');
    shown.show('prompt', 'kind=long');
    await fake.settle();
    expect(fake.openWindows().map((w) => w.webContents.url)).toEqual(['limber://app/index.html#/prompt?kind=long']);
    expect(closedByUser).toEqual([]);
    only().close();
    await fake.settle();
    expect(closedByUser).toEqual(['prompt']);
    expect(shown.isOpen('prompt')).toBe(false);
  });

  it('counts the page of a window it is closing as its own until the window has closed, and no other page', async () => {
    const shown = windows();
    shown.prepare('break', 'routine=unwind');
    const page = only().webContents;
    shown.close('break');
    expect([shown.owns(page as never), shown.isOpen('break')]).toEqual([true, false]);
    await fake.settle();
    expect(shown.owns(page as never)).toBe(false);
    expect(shown.owns(new FakeWebContents() as never)).toBe(false);
  });

  it('prepares a window hidden, fitted but not shown, and reveals that same window without focus when shown', async () => {
    const shown = windows();
    shown.prepare('prompt', 'kind=micro&routine=posture-reset');
    shown.prepare('prompt', 'kind=micro&routine=posture-reset');
    await Promise.resolve();
    const prompt = only();
    shown.fit(prompt.webContents as never, { width: 420, height: 180 });
    expect([prompt.visible, shown.isPrepared('prompt'), shown.isShown('prompt')]).toEqual([false, true, false]);
    let appeared = false;
    void shown.whenShown(prompt.webContents as never).then(() => { appeared = true; });
    await Promise.resolve();
    expect(appeared).toBe(false);

    shown.show('prompt', 'kind=micro&routine=posture-reset', { focus: false });
    expect(fake.windows).toEqual([prompt]);
    expect([prompt.visible, prompt.focused, shown.isShown('prompt')]).toEqual([true, false, true]);
    expect(prompt.getContentSize()).toEqual([420, 180]);
    await Promise.resolve();
    expect(appeared).toBe(true);
  });

  it('waits for the size of a prepared window that has not given it yet, then reveals it focused', async () => {
    const shown = windows();
    shown.prepare('break', 'routine=unwind');
    await Promise.resolve();
    const breakWindow = only();
    shown.show('break', 'routine=unwind');
    expect(breakWindow.visible).toBe(false);
    shown.fit(breakWindow.webContents as never, { width: 760, height: 640 });
    expect(breakWindow.visible && breakWindow.focused).toBe(true);
    expect(fake.windows).toHaveLength(1);
  });

  it('replaces a prepared window for another page, and leaves a window on screen alone', async () => {
    const shown = windows();
    shown.prepare('break', 'routine=unwind');
    await Promise.resolve();
    const unwind = only();
    shown.show('break', 'routine=quick-brace');
    await fake.settle();
    const quickBrace = only();
    expect([unwind.isDestroyed(), quickBrace.webContents.url]).toEqual([true, 'limber://app/index.html#/break?routine=quick-brace']);
    shown.prepare('break', 'routine=unwind');
    shown.prepare('prompt', 'kind=long&routine=unwind');
    shown.prepare('prompt', 'kind=micro&routine=posture-reset');
    await fake.settle();
    expect(fake.openWindows().map((w) => w.webContents.url)).toEqual([
      'limber://app/index.html#/break?routine=quick-brace', 'limber://app/index.html#/prompt?kind=micro&routine=posture-reset',
    ]);
    shown.close('prompt');
    await fake.settle();
    expect(closedByUser).toEqual([]);
  });

  describe('a settings page holding values it could not save', () => {
    type Answer = 'Keep editing' | 'Close anyway';
    let asked: Electron.MessageBoxOptions[];
    let answer: Answer;
    beforeEach(() => {
      asked = [];
      answer = 'Keep editing';
      Object.assign(dialog, {
        showMessageBox: (_window: unknown, options: Electron.MessageBoxOptions) => {
          asked.push(options);
          return Promise.resolve({ response: options.buttons?.indexOf(answer) ?? -1, checkboxChecked: false });
        },
      });
    });
    /** Opens the settings, its page keeping `question` on its root element, as the settings page does while a field is refused. */
    const openSettings = async (question: string) => {
      const shown = windows();
      shown.show('settings');
      await Promise.resolve();
      const settings = only();
      Object.assign(settings.webContents, {
        executeJavaScript: (code: string) => Promise.resolve(code.includes('dataset.closeQuestion') ? question : undefined),
      });
      return settings;
    };
    /** What Electron does when the page's 'beforeunload' refuses: tells main, which may let the unload go on anyway. */
    const pageRefusesUnload = async (window: FakeWindow) => {
      let letThrough = false;
      window.webContents.emit('will-prevent-unload', { preventDefault: () => { letThrough = true; } });
      await fake.settle();
      return letThrough;
    };

    it('asks the page\'s question first, and keeps the window when the user keeps editing', async () => {
      const settings = await openSettings('3 fields were not saved.');
      const close = vi.spyOn(settings, 'close');
      expect(await pageRefusesUnload(settings)).toBe(false);
      expect(asked).toMatchObject([{ type: 'question', message: '3 fields were not saved.', buttons: ['Keep editing', 'Close anyway'], cancelId: 0, defaultId: 0 }]);
      expect(close).not.toHaveBeenCalled();
      expect(settings.destroyed).toBe(false);
    });

    it('closes the window when the user says close anyway', async () => {
      const settings = await openSettings('1 field was not saved.');
      answer = 'Close anyway';
      const close = vi.spyOn(settings, 'close');
      expect(await pageRefusesUnload(settings)).toBe(false);
      expect(close).toHaveBeenCalledOnce();
      // The close asked for runs the page's 'beforeunload' again: this time it goes through.
      expect(await pageRefusesUnload(settings)).toBe(true);
      expect(asked).toHaveLength(1);
    });

    it('asks in plain words when the page gives no question', async () => {
      const settings = await openSettings('');
      await pageRefusesUnload(settings);
      expect(asked.map((options) => options.message)).toEqual(['Some settings were not saved.']);
    });

    it('asks in plain words when the page doesn\'t answer, so that a hung page can still be closed', async () => {
      const settings = await openSettings('');
      Object.assign(settings.webContents, { executeJavaScript: () => new Promise(() => undefined) });
      answer = 'Close anyway';
      const close = vi.spyOn(settings, 'close');
      await pageRefusesUnload(settings);
      await expect.poll(() => asked.map((options) => options.message)).toEqual(['Some settings were not saved.']);
      await expect.poll(() => close.mock.calls.length).toBe(1);
    });

    it('never holds up a quit', async () => {
      const settings = await openSettings('2 fields were not saved.');
      app.emit('before-quit', { preventDefault: () => undefined });
      expect(await pageRefusesUnload(settings)).toBe(true);
      expect(asked).toEqual([]);
    });

    it('is asked about for the settings only', async () => {
      windows().show('stats');
      await Promise.resolve();
      expect(only().webContents.listenerCount('will-prevent-unload')).toBe(0);
    });
  });

  it('lets the settings page name the section it shows in its title, and no other page set its own', async () => {
    const shown = windows();
    shown.show('settings');
    shown.show('stats');
    await Promise.resolve();
    const [settings, stats] = fake.openWindows() as [FakeWindow, FakeWindow];
    settings.pageTitle('Schedule – Settings – Limber');
    expect(settings.getTitle()).toBe('Schedule – Settings – Limber');
    settings.pageTitle('Limber');
    expect(settings.getTitle()).toBe('Schedule – Settings – Limber');
    stats.pageTitle('Schedule – Settings – Limber');
    expect(stats.getTitle()).toBe('Statistics – Limber');
  });
});

describe('windows on several displays', () => {
  const LEFT = fake.displays[0];
  const RIGHT = { id: 2, bounds: { x: 1366, y: 0, width: 1280, height: 1024 }, workArea: { x: 1366, y: 32, width: 1280, height: 992 } };
  const windows = () => createWindows({
    beforeCreate: () => undefined, preload: '/p.cjs', devTools: false, url: (screen, query) => `limber://app/index.html#/${screen}?${query}`,
    ...displaysOf(screen, { pointerKnown: true }), onClosedByUser: () => undefined, routineName: () => undefined,
  });
  const inside = (bounds: { x: number; y: number; width: number; height: number }, area: typeof RIGHT.workArea) =>
    bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height;
  beforeEach(() => {
    fake.reset();
    fake.displays = [...fake.displays, RIGHT];
  });

  it('opens a window on the display under the mouse pointer, not the primary one', async () => {
    fake.cursor = { x: 2000, y: 500 };
    const shown = windows();
    shown.show('settings');
    await Promise.resolve();
    const [settings] = fake.openWindows() as [FakeWindow];
    expect(inside(settings.getBounds(), RIGHT.workArea)).toBe(true);
  });

  it('puts a window loaded ahead on the display in use when it appears, and fits it there', async () => {
    const shown = windows();
    shown.prepare('prompt', 'kind=micro');
    await Promise.resolve();
    const [prompt] = fake.openWindows() as [FakeWindow];
    shown.fit(prompt.webContents as never, { width: 420, height: 180 });
    expect(inside(prompt.getBounds(), LEFT?.workArea ?? RIGHT.workArea)).toBe(true);
    fake.cursor = { x: 2000, y: 500 };
    shown.show('prompt', 'kind=micro', { focus: false });
    expect(prompt.visible).toBe(true);
    expect(inside(prompt.getBounds(), RIGHT.workArea)).toBe(true);
    expect(prompt.getContentSize()).toEqual([420, 180]);
  });

  it('leaves a window on screen where it is when it is shown again', async () => {
    const shown = windows();
    shown.show('stats');
    await Promise.resolve();
    const [stats] = fake.openWindows() as [FakeWindow];
    const before = stats.getBounds();
    fake.cursor = { x: 2000, y: 500 };
    shown.show('stats');
    expect(stats.getBounds()).toEqual(before);
  });

  it('brings the windows on a display that is unplugged to the one in use, inside its work area', async () => {
    fake.cursor = { x: 2000, y: 500 };
    const shown = windows();
    shown.show('break', 'routine=unwind');
    shown.show('settings');
    await Promise.resolve();
    const onRight = fake.openWindows();
    expect(onRight.every((window) => inside(window.getBounds(), RIGHT.workArea))).toBe(true);
    fake.cursor = { x: 600, y: 300 };
    fake.removeDisplay(2);
    shown.keepOnDisplays();
    const sizes = onRight.map((window) => window.getContentSize());
    expect(onRight.map((window) => inside(window.getBounds(), LEFT?.workArea ?? RIGHT.workArea))).toEqual([true, true]);
    expect(sizes).toEqual([[760, 700], [720, 704]]);
  });

  it('leaves maximized and fullscreen windows to the system when a display goes', async () => {
    fake.cursor = { x: 2000, y: 500 };
    const shown = windows();
    shown.show('settings');
    shown.show('stats');
    await Promise.resolve();
    const [settings, stats] = fake.openWindows() as [FakeWindow, FakeWindow];
    settings.maximize();
    stats.setFullScreen(true);
    const before = [settings.getBounds(), stats.getBounds()];
    fake.removeDisplay(2);
    shown.keepOnDisplays();
    expect([settings.getBounds(), stats.getBounds()]).toEqual(before);
  });

  it('opens a window no bigger than the work area of the display in use', async () => {
    fake.displays = [{ id: 3, bounds: { x: 0, y: 0, width: 1280, height: 720 }, workArea: { x: 0, y: 0, width: 1280, height: 688 } }];
    const shown = windows();
    shown.show('welcome');
    await Promise.resolve();
    const [welcome] = fake.openWindows() as [FakeWindow];
    expect(inside(welcome.getBounds(), fake.displays[0]?.workArea ?? RIGHT.workArea)).toBe(true);
  });
});
