// The tray through a due break, a snooze and a pause, against the fake Electron: the tooltip, the menu and the icon
// say the same thing in each state, and a break's notification goes once the break is answered.
import { expect, it, vi } from 'vitest';
import type { BusySignal } from '../../../electron/busy/signal';
import { localClockTime } from '../../../electron/system/clock';
import { renderTrayIcon, type TrayLook } from '../../../core/shell/tray-icon';
import { freshFakeLimberEachTest, startFakeLimber } from '../../helpers/fake-limber';
import { app, fake, type FakeTray } from '../../../harness/fake-electron';

const MINUTE = 60_000;
const tray = (): FakeTray => {
  const [only] = fake.trays;
  if (!only) throw new Error('no tray');
  return only;
};
const menu = () => tray().menu?.labels() ?? [];
const icon = (look: TrayLook) => Buffer.from(renderTrayIcon(look, 32));
const shows = (look: TrayLook) => tray().image.bitmap.equals(icon(look));

freshFakeLimberEachTest('limber-tray-');

it('tells a due break, a snoozed one with the time it comes back, and a pause that still counts sitting', async () => {
  const { prompting } = await startFakeLimber([], []);
  await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
  expect(tray().toolTip).toBe('Limber: A micro break is due');
  expect(menu()).toEqual(expect.arrayContaining(['Start micro break', 'Snooze 5 min (3 left)', 'Skip this break']));
  expect(shows({ look: 'due' })).toBe(true);
  expect(prompting()?.title).toBe('Time for a 30-second micro break');

  tray().menu?.click('Snooze 5 min (3 left)');
  await fake.settle();
  const back = localClockTime(Date.now() + 5 * MINUTE);
  expect(tray().toolTip).toBe(`Limber: Micro break snoozed, back at ${back}\nSitting for 15 min`);
  expect(menu()[0]).toBe(`Micro break snoozed, back at ${back}`);
  expect(menu().some((label) => label?.startsWith('Snooze'))).toBe(false);
  expect(menu()).toContain('Skip this break');
  expect(shows({ look: 'waiting' })).toBe(true);
  expect(prompting()).toBeNull();

  tray().menu?.click('Pause Limber', 'For 1 hour');
  await fake.settle();
  const until = localClockTime(Date.now() + 60 * MINUTE);
  expect(tray().toolTip).toBe(`Limber: Paused until ${until}: sitting still counts\nNo breaks offered meanwhile; sitting for 15 min`);
  expect(menu()).toEqual(expect.arrayContaining([`Paused until ${until}: sitting still counts`, 'Resume']));
  expect(shows({ look: 'paused' })).toBe(true);
});

it('withdraws a due break\'s notification once the break is started or skipped, and the heads-up once it is due', async () => {
  const { prompting, notes } = await startFakeLimber([], []);
  await vi.advanceTimersByTimeAsync(15 * MINUTE - 10_000);
  expect(prompting()?.title).toBe('Micro break in 30 seconds');
  await vi.advanceTimersByTimeAsync(11_000);
  expect(prompting()?.title).toBe('Time for a 30-second micro break');
  tray().menu?.click('Start micro break');
  await fake.settle();
  expect(prompting()).toBeNull();

  tray().menu?.click('Finish break');
  await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
  expect(prompting()?.title).toBe('Time for a 30-second micro break');
  tray().menu?.click('Skip this break');
  await fake.settle();
  expect(prompting()).toBeNull();
  expect(notes.map((note) => note.title)).toContain('Micro break in 30 seconds');
});

it('withdraws the heads-up when the break it announced is held for a call', async () => {
  let inCall = false;
  const call: BusySignal = {
    name: 'call', read: () => Promise.resolve(inCall), status: () => Promise.resolve({ readable: true, via: 'a test call' }), close: () => undefined,
  };
  const { prompting } = await startFakeLimber([], [call]);
  // The call starts after the heads-up and before the reading taken 15 s ahead of the prompt.
  await vi.advanceTimersByTimeAsync(15 * MINUTE - 25_000);
  expect(prompting()?.title).toBe('Micro break in 30 seconds');
  inCall = true;
  await vi.advanceTimersByTimeAsync(2 * MINUTE);
  expect(tray().toolTip).toMatch(/^Limber: Micro break held/);
  expect(prompting()).toBeNull();
});

it('withdraws a due break\'s notification when Limber quits, since it would stay on screen after it', async () => {
  const { prompting } = await startFakeLimber([], []);
  await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
  expect(prompting()?.title).toBe('Time for a 30-second micro break');
  app.quit();
  await fake.settle();
  expect(prompting()).toBeNull();
});

it('builds each distinct submenu once, since Electron keeps every submenu a tray menu had', async () => {
  await startFakeLimber([], []);
  const submenus = () => (tray().menu?.items ?? []).flatMap((item) => (item.submenu ? [item.submenu] : []));
  const first = submenus();
  const builtBefore = fake.menusBuilt - tray().updates.menu;
  await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
  tray().menu?.click('Pause Limber', 'For 1 hour');
  await fake.settle();
  tray().menu?.click('Resume');
  await fake.settle();
  tray().menu?.click('Start micro break');
  await fake.settle();
  tray().menu?.click('Finish break');
  await fake.settle();
  expect(tray().updates.menu).toBeGreaterThan(4);
  expect(first).toHaveLength(2);
  expect(submenus()).toEqual(first);
  submenus().forEach((submenu, i) => { expect(submenu).toBe(first[i]); });
  // Every menu built since was a tray menu of its own: no submenu built again.
  expect(fake.menusBuilt - tray().updates.menu).toBe(builtBefore);
});
