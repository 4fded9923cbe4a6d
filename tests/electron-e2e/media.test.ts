// Watching is sitting, in real Electron on a real desktop: mpv plays a tone through its MPRIS plugin on the desktop's
// session bus while nobody touches the keyboard or mouse for longer than awayMinutes. Limber reads the player as it
// would any user's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salvageHistory } from '../../electron/core/history/history';
import { mediaSignal } from '../../electron/busy/media';
import { missingPlayer, startPlayer } from '../helpers/player';
import { Services } from '../helpers/services';
import { closeLimber, launchLimber, until, useDesktop, type LimberRun } from './limber';

const desktop = useDesktop('Watching media');
const noPlayer = missingPlayer();
if (noPlayer.length > 0) console.warn(`Watching media: real-Electron tests SKIPPED: no ${noPlayer.join(', ')} (apt-get install mpv mpv-mpris).`);
const MINUTE = 60_000;

describe.skipIf(desktop.skip || noPlayer.length > 0)('watching media, in real Electron', () => {
  const services = new Services();
  let player: ReturnType<typeof startPlayer>;
  let run: LimberRun;
  let launched = 0;
  const idleSeconds = () => run.app.evaluate(({ powerMonitor }) => powerMonitor.getSystemIdleTime());

  beforeAll(async () => {
    const { env } = desktop.get();
    player = startPlayer(services, env.DBUS_SESSION_BUS_ADDRESS ?? '');
    await until('the player on the session bus', async () => ((await mediaSignal(env, () => []).read().catch(() => false)) ? true : null), 30_000);
    launched = Date.now();
    run = await launchLimber(desktop.get(), {
      config: {
        awayMinutes: 1, preludeSeconds: 0,
        microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 },
        // Nothing holds the break: it must come on time while the video plays.
        busy: { call: false, fullscreen: false, dnd: false, holdMaxMinutes: 120 },
      },
    });
  });
  afterAll(async () => {
    await closeLimber(run);
    await services.stop();
  });

  it('counts a still user watching as sitting: no natural break, and the due break comes on time', async () => {
    const due = await until('the due break', () => run.notifications().find((n) => n.title === 'Time for a 30-second break'), 4 * MINUTE);
    expect(due).toBeDefined();
    // Two minutes of sitting from the start, and a moment to show it.
    expect(Date.now() - launched).toBeLessThan(2.5 * MINUTE);
    expect(await idleSeconds()).toBeGreaterThan(100);
    // Had the stillness been taken for an absence at 60 s, prompts would have stopped with it: no due break at all.
    expect(run.log()).toMatch(/Media playing/);
  }, 5 * MINUTE);

  it('starts the idle clock when the player stops: a natural break counted from the stop, not from the last input', async () => {
    const logBefore = run.log().length;
    await player.setPaused(true);
    const stopped = Date.now();
    await until('the stop seen', () => (run.log().slice(logBefore).includes('Media stopped') ? true : null), 10_000);
    // Still for awayMinutes after the stop, then back at the desk.
    await new Promise((resolve) => setTimeout(resolve, 70_000));
    desktop.get().run('xdotool', 'mousemove', '200', '200', 'mousemove', '210', '210');
    const line = await until('the natural break', () => /Natural break: away (\d+) s/.exec(run.log()), MINUTE);
    const awaySeconds = Number(line[1]);
    // The still spell before the stop (over two minutes since the last input) was watching, not away.
    expect(awaySeconds).toBeGreaterThanOrEqual(60);
    expect(awaySeconds).toBeLessThanOrEqual((Date.now() - stopped) / 1000 + 1);
    await closeLimber(run);
    const days = Object.values(salvageHistory(JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8'))).value.days);
    expect(days.reduce((sum, day) => sum + day.natural, 0)).toBe(1);
  }, 4 * MINUTE);
});
