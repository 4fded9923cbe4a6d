// Watching is sitting, in real Electron on a real desktop: mpv plays a tone through its MPRIS plugin on the desktop's
// session bus while nobody touches the keyboard or mouse for longer than awayMinutes. Limber reads the player as it
// would any user's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salvageSavedEngine } from '../../core/engine/saved';
import { salvageHistory } from '../../core/history/history';
import { mediaSignal } from '../../electron/busy/media';
import { missingPlayer, startPlayer } from '../helpers/player';
import { Services } from '../../harness/services';
import { closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { readJson, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';

const desktop = useDesktop('Watching media');
const noPlayer = missingPlayer();
if (noPlayer.length > 0) console.warn(`Watching media: real-Electron tests SKIPPED: no ${noPlayer.join(', ')} (apt-get install mpv mpv-mpris).`);
const MINUTE = 60_000;

describe.skipIf(desktop.skip || noPlayer.length > 0)('watching media, in real Electron', () => {
  const services = new Services();
  let player: ReturnType<typeof startPlayer>;
  let run: LimberRun;
  const idleSeconds = () => run.app.evaluate(({ powerMonitor }) => powerMonitor.getSystemIdleTime());

  beforeAll(async () => {
    const { env } = desktop.get();
    player = startPlayer(services, env.DBUS_SESSION_BUS_ADDRESS ?? '');
    await until('the player on the session bus', async () => ((await mediaSignal(env, () => []).read().catch(() => false)) ? true : null), 30_000);
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
    const due = await until('the due break', () => run.notifications().find((n) => n.title === 'Time for a 30-second micro break'), 4 * MINUTE);
    expect(due).toBeDefined();
    // The break came while nobody had touched anything for well over awayMinutes.
    expect(await idleSeconds()).toBeGreaterThan(100);
    // Had the stillness been taken for an absence at 60 s, prompts would have stopped with it: no due break at all.
    // On time, then: its two minutes counted from the start, none taken back as a natural break.
    expect(run.log()).toMatch(/Media playing/);
    expect(run.log()).not.toMatch(/Natural break/);
  }, 5 * MINUTE);

  it('starts the idle clock when the player stops: a natural break counted from the stop, not from the last input', async () => {
    const logBefore = run.log().length;
    // Before the pause, so that Limber's stop can't come before it.
    const stopped = Date.now();
    await player.setPaused(true);
    await until('the stop seen', () => (run.log().slice(logBefore).includes('Media stopped') ? true : null), MINUTE);
    // Still until Limber has taken the stillness since the stop for an absence (awayMinutes), which engine.json says
    // at once; then back at the desk.
    const engineFile = join(run.userData, 'engine.json');
    await until('the absence in engine.json', () => (existsSync(engineFile) && salvageSavedEngine(readJson(engineFile)).value?.present.away ? true : null), 3 * MINUTE);
    desktop.get().run('xdotool', 'mousemove', '200', '200', 'mousemove', '210', '210');
    const line = await until('the natural break', () => /Natural break: away (\d+) s/.exec(run.log()), MINUTE);
    const awaySeconds = Number(line[1]);
    // The still spell before the stop (over two minutes since the last input) was watching, not away.
    expect(awaySeconds).toBeGreaterThanOrEqual(60);
    expect(awaySeconds).toBeLessThanOrEqual((Date.now() - stopped) / 1000 + 1);
    await closeLimber(run);
    const days = Object.values(salvageHistory(JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8'))).value.days);
    expect(days.reduce((sum, day) => sum + day.natural, 0)).toBe(1);
  }, 6 * MINUTE);
});
