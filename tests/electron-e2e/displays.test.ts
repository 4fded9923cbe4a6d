// Two monitors (Xorg's dummy driver): windows open on the monitor under the pointer, a prompt loaded ahead appears
// where the pointer is when its break falls due, and every window comes back to the monitor left when one is unplugged.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rect } from '../../harness/display';
import { closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';

const desktop = useDesktop('Several displays', { monitors: [{ width: 1600, height: 900 }, { width: 1280, height: 1024 }] });
const MINUTE = 60_000;

const inside = (rect: Rect, monitor: Rect) =>
  rect.x >= monitor.x && rect.y >= monitor.y && rect.x + rect.width <= monitor.x + monitor.width && rect.y + rect.height <= monitor.y + monitor.height;

describe.skipIf(desktop.skip)('windows on several displays in real Electron', () => {
  let run: LimberRun;
  const monitor = (index: number): Rect => {
    const found = desktop.get().monitors[index];
    if (!found) throw new Error(`no monitor ${String(index)}`);
    return found;
  };
  const pointAt = (index: number) => {
    const { x, y, width, height } = monitor(index);
    desktop.get().run('xdotool', 'mousemove', String(x + width / 2), String(y + height / 2));
  };
  /** The window with this title once it is on screen, with its decorations. */
  const onScreen = (title: RegExp) => until(`${title.source} on screen`, () => desktop.get().windowsTitled(title)[0]?.outer, MINUTE);

  beforeAll(async () => {
    expect(desktop.get().run('xrandr', '--listmonitors')).toMatch(/Monitors: 2/);
    run = await launchLimber(desktop.get(), {
      config: { microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 }, preludeSeconds: 30 },
    });
  });
  afterAll(async () => { await closeLimber(run); });

  it('opens the settings and a break on the monitor under the pointer, not the primary one', async () => {
    pointAt(1);
    expect(run.again('--settings').status).toBe(0);
    expect(inside(await onScreen(/(^| – )Settings – Limber$/), monitor(1))).toBe(true);
    pointAt(0);
    expect(run.again('--break-now', 'neck-and-shoulders').status).toBe(0);
    expect(inside(await onScreen(/^Neck and shoulders: break – Limber$/), monitor(0))).toBe(true);
    // A break on screen is a break in progress: no other falls due until it is closed.
    desktop.get().run('wmctrl', '-c', 'Neck and shoulders: break – Limber');
    await until('the break closed', () => (desktop.get().windowsTitled(/: break – Limber$/).length === 0 ? true : null));
  });

  it('puts a prompt loaded while the pointer was elsewhere on the monitor in use when the break falls due', async () => {
    pointAt(0);
    await until('the heads-up', () => (run.notifications().some((n) => n.title === 'Micro break in 30 seconds') ? true : null), 3 * MINUTE);
    await run.page('prompt?kind=micro');
    pointAt(1);
    const prompt = await onScreen(/^Time for a micro break – Limber$/);
    expect(inside(prompt, monitor(1))).toBe(true);
    desktop.get().screenshot(join(SHOTS, 'displays-two.png'));
  }, 4 * MINUTE);

  it('brings every window on an unplugged monitor back to the one left', async () => {
    const limberWindows = () => desktop.get().windowsTitled(/Limber/).filter((w) => w.title !== 'limber');
    expect(limberWindows().map((w) => inside(w.outer, monitor(1)))).toEqual([true, true]);
    desktop.get().run('xrandr', '--output', 'DUMMY1', '--off');
    await until('the windows on the monitor left', () => {
      const windows = limberWindows();
      return windows.length === 2 && windows.every((w) => inside(w.outer, monitor(0))) ? windows : null;
    }, MINUTE).catch((error: unknown) => {
      throw new Error(`${String(error)}: ${JSON.stringify(limberWindows())}`);
    });
    desktop.get().screenshot(join(SHOTS, 'displays-unplugged.png'));
  });
});
