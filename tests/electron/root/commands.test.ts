// Every way of asking Limber from outside its windows goes through the one router: the tray's menu and icon, the
// command line it starts with, a second start's arguments, a click on a notification and macOS's activate.
import { expect, it, vi } from 'vitest';
import { act, NOTIFICATION_CLICK, OPENED_AGAIN, type Command } from '../../../core/commands/command';
import type * as Router from '../../../core/commands/router';
import { freshFakeLimberEachTest, startFakeLimber } from '../../helpers/fake-limber';
import { app, fake, type FakeTray } from '../../../harness/fake-electron';

const routed = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../core/commands/router', async (importOriginal) => {
  const router = await importOriginal<typeof Router>();
  return {
    commandRouter: (deps: Router.RouterDeps) => {
      const run = router.commandRouter(deps);
      return (command: Command) => {
        routed.push(command);
        run(command);
      };
    },
  };
});

const MINUTE = 60_000;
const tray = (): FakeTray => {
  const [only] = fake.trays;
  if (!only) throw new Error('no tray');
  return only;
};
const routes = () => fake.openWindows().map((w) => /#\/(\w+)/.exec(w.webContents.url)?.[1]);

freshFakeLimberEachTest('limber-commands-');

it('routes the command line it started with, the tray, a second start, a notification\'s click and activate', async () => {
  routed.length = 0;
  const { engine, clickNotification } = await startFakeLimber(['--stats'], []);
  expect(routed).toEqual([{ do: 'open', window: 'stats' }]);
  expect(routes()).toEqual(['stats']);

  tray().menu?.click('Settings…');
  tray().click();
  tray().menu?.click('Pause Limber', 'For 30 minutes');
  expect(engine?.snapshot().paused).not.toBeNull();
  app.emit('second-instance', {}, [], '/', { args: ['--resume'] });
  expect(engine?.snapshot().paused).toBeNull();
  app.emit('second-instance', {}, [], '/', { args: [] });
  app.emit('activate', {}, false);
  expect(routed.slice(1)).toEqual([
    { do: 'open', window: 'settings' },
    { do: 'open', window: 'stats' },
    act({ action: 'pause', minutes: 30 }),
    act({ action: 'resume' }),
    OPENED_AGAIN,
    OPENED_AGAIN,
  ]);
  for (const window of fake.openWindows()) window.close();
  await fake.settle();

  await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
  expect(engine?.snapshot().pending?.phase).toBe('due');
  clickNotification();
  await vi.advanceTimersByTimeAsync(0);
  expect(routed.at(-1)).toEqual(NOTIFICATION_CLICK);
  expect(engine?.snapshot().breakInProgress?.kind).toBe('micro');
  expect(routes()).toContain('break');

  tray().menu?.click('Quit Limber');
  expect(routed.at(-1)).toEqual({ do: 'quit' });
  expect(fake.quitCalls).toBe(1);
});
