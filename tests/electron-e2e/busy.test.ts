// Breaks held while the user is busy, in real Electron on a real desktop: a call is parec recording from a virtual
// microphone on a private PulseAudio, Do Not Disturb is dunst's pause, and a fullscreen window is an xterm that openbox
// makes fullscreen. Nothing is faked: Limber reads them as users' machines do.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salvageHistory } from '../../core/history/history';
import { startTyping } from './typing';
import { clickToClose, closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { Services } from '../../harness/services';
import { startPulseAudio } from '../../harness/sound-server';
import { until } from '../../harness/until';

const desktop = useDesktop('Breaks held while busy');
const MINUTE = 60_000;
const TYPING = 'Typing here';

describe.skipIf(desktop.skip)('breaks held while busy, in real Electron', () => {
  let run: LimberRun;
  let typist: Awaited<ReturnType<typeof startTyping>>;
  const sound = new Services();
  let soundDir: string;
  let soundEnv: NodeJS.ProcessEnv;
  const promptOnScreen = () => desktop.get().windowsTitled(/quick reset|break/i).find((w) => w.title !== TYPING);
  const heldLines = () => run.log().split('\n').filter((line) => /Break held|Hold ended/.test(line)).length;
  /** What Limber had shown and logged when the break was held: no notice may come until the hold ends. */
  let shownWhenHeld = 0;
  let loggedWhenHeld = 0;
  /**
   * Waits for the break to be held, then keeps the user busy 20 s more. That wait is the scenario (a hold that goes
   * on), not a check: expectOffered finds out afterwards whether anything came while the hold lasted.
   */
  const expectHeld = async (reason: string, linesBefore: number) => {
    await until(`the break held (${reason})`, () => (new RegExp(`Break held: micro \\(${reason}\\)`).test(run.log()) && heldLines() > linesBefore ? true : null), 3 * MINUTE);
    shownWhenHeld = run.notifications().length;
    loggedWhenHeld = run.log().length;
    expect(promptOnScreen()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20_000));
  };
  /**
   * Once the user is free, the prompt comes at the second reading (30 s apart) that finds it so, and the notice says
   * why. Nothing came while the break was held: the prompt appears only once the log says the hold ended, and the
   * notice is the only one since the hold began.
   */
  const expectOffered = async (title: string) => {
    await until('the prompt after the hold', promptOnScreen, 3 * MINUTE);
    expect(run.log().slice(loggedWhenHeld)).toMatch(/Hold ended \(free\) after \d+ s/);
    const notices = await until('the notice after the hold', () => {
      const now = run.notifications().slice(shownWhenHeld);
      return now.length > 0 ? now : null;
    });
    expect(notices.map((n) => n.title)).toEqual([title]);
    await clickToClose(await run.page('prompt?kind=micro'), 'Skip');
  };

  beforeAll(async () => {
    soundDir = mkdtempSync(join(tmpdir(), 'limber-e2e-sound-'));
    soundEnv = await startPulseAudio(sound, soundDir, desktop.get().env);
    run = await launchLimber(desktop.get(), {
      config: { microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 }, preludeSeconds: 30 },
      env: { PULSE_SERVER: soundEnv.PULSE_SERVER ?? '' },
    });
    typist = await startTyping(desktop.get(), TYPING);
  });
  afterAll(async () => {
    desktop.get().run('dunstctl', 'set-paused', 'false');
    typist.stop();
    await closeLimber(run);
    await sound.stop();
    rmSync(soundDir, { recursive: true, force: true });
  });

  // How soon after the call the break comes (30-60 s: the second reading that finds no recording) is the engine's
  // rule, checked on a simulated clock in tests/core/engine/busy.test.ts; here only what comes, and in which order.
  it('holds a break while parec records from the microphone, and offers it once it stops', async () => {
    const recorder = spawn('parec', ['--device=mic'], { env: soundEnv, stdio: ['ignore', 'ignore', 'ignore'] });
    try {
      await expectHeld('call', 0);
    } finally {
      recorder.kill();
    }
    await expectOffered('Your call has ended. Time for a 30-second micro break');
  }, 8 * MINUTE);

  it('holds a break while dunst is paused, and offers it once Do Not Disturb is off', async () => {
    desktop.get().run('dunstctl', 'set-paused', 'true');
    await expectHeld('dnd', heldLines());
    desktop.get().run('dunstctl', 'set-paused', 'false');
    await expectOffered('Do Not Disturb is off. Time for a 30-second micro break');
  }, 8 * MINUTE);

  it('holds a break while the active window is fullscreen, and offers it once it is not', async () => {
    const before = heldLines();
    desktop.get().run('wmctrl', '-r', TYPING, '-b', 'add,fullscreen');
    await expectHeld('fullscreen', before);
    desktop.get().run('wmctrl', '-r', TYPING, '-b', 'remove,fullscreen');
    await expectOffered('The fullscreen window is gone. Time for a 30-second micro break');
    const days = Object.values(salvageHistory(JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8'))).value.days);
    expect(days.reduce((sum, day) => sum + day.held, 0)).toBe(3);
  }, 8 * MINUTE);

  it('loads koffi, which the macOS and Windows signals call their system libraries with, from inside app.asar', async () => {
    const loaded = await run.app.evaluate(({ app }) => {
      const { createRequire } = process.getBuiltinModule('node:module');
      const koffi = createRequire(`${app.getAppPath()}/package.json`)('koffi') as typeof import('koffi');
      const getpid = koffi.load('libc.so.6').func('int getpid()') as () => number;
      return { inAsar: app.getAppPath().endsWith('app.asar'), samePid: getpid() === process.pid };
    });
    expect(loaded).toEqual({ inAsar: true, samePid: true });
  });
});
