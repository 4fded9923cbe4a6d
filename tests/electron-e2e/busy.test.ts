// Breaks held while the user is busy, in real Electron on a real desktop: Do Not Disturb is dunst's pause, and a
// fullscreen window is an xterm that openbox makes fullscreen. Nothing is faked: Limber reads both as users' machines do.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salvageHistory } from '../../electron/core/history/history';
import { clickToClose, closeLimber, launchLimber, until, useDesktop, type LimberRun } from './limber';

const desktop = useDesktop('Breaks held while busy');
const MINUTE = 60_000;
const TYPING = 'Typing here';

describe.skipIf(desktop.skip)('breaks held while busy, in real Electron', () => {
  let run: LimberRun;
  let editor: ChildProcess;
  let typing: NodeJS.Timeout;
  const promptOnScreen = () => desktop.get().windowsTitled(/quick reset|break/i).find((w) => w.title !== TYPING);
  const heldLines = () => run.log().split('\n').filter((line) => /Break held|Hold ended/.test(line)).length;
  /** Waits for the break to be held, then checks it stays quiet: no notification, no prompt, for 20 s more. */
  const expectHeld = async (reason: string, linesBefore: number) => {
    await until(`the break held (${reason})`, () => (new RegExp(`Break held: micro \\(${reason}\\)`).test(run.log()) && heldLines() > linesBefore ? true : null), 3 * MINUTE);
    const shown = run.notifications().length;
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    expect(run.notifications().length).toBe(shown);
    expect(promptOnScreen()).toBeUndefined();
  };
  /** Once the user is free, the prompt comes within about two readings a minute apart, and the notice says why. */
  const expectOffered = async (title: string) => {
    const shown = run.notifications().length;
    await until('the prompt after the hold', promptOnScreen, 3 * MINUTE);
    const notices = await until('the notice after the hold', () => {
      const now = run.notifications().slice(shown);
      return now.length > 0 ? now : null;
    });
    expect(notices.map((n) => n.title)).toEqual([title]);
    expect(run.log()).toMatch(/Hold ended \(free\) after \d+ s/);
    await clickToClose(await run.page('prompt?kind=micro'), 'Skip');
  };

  beforeAll(async () => {
    run = await launchLimber(desktop.get(), {
      config: { microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 }, preludeSeconds: 30 },
    });
    editor = spawn('xterm', ['-T', TYPING, '-geometry', '80x10+0+0', '-e', 'sh', '-c', 'cat > /dev/null'], { env: desktop.get().env, stdio: 'ignore' });
    const [window] = await until('the typing window', () => {
      const found = desktop.get().windowsTitled(new RegExp(`^${TYPING}$`));
      return found.length > 0 ? found : null;
    });
    desktop.get().run('xdotool', 'windowactivate', '--sync', window?.id ?? '');
    typing = setInterval(() => { desktop.get().run('xdotool', 'type', 'a'); }, 2000);
  });
  afterAll(async () => {
    clearInterval(typing);
    desktop.get().run('dunstctl', 'set-paused', 'false');
    editor.kill();
    await closeLimber(run);
  });

  it('holds a break while dunst is paused, and offers it once Do Not Disturb is off', async () => {
    desktop.get().run('dunstctl', 'set-paused', 'true');
    await expectHeld('dnd', 0);
    desktop.get().run('dunstctl', 'set-paused', 'false');
    await expectOffered('Do Not Disturb is off. Time for a 30-second break');
  }, 8 * MINUTE);

  it('holds a break while the active window is fullscreen, and offers it once it is not', async () => {
    const before = heldLines();
    desktop.get().run('wmctrl', '-r', TYPING, '-b', 'add,fullscreen');
    await expectHeld('fullscreen', before);
    desktop.get().run('wmctrl', '-r', TYPING, '-b', 'remove,fullscreen');
    await expectOffered('The fullscreen window is gone. Time for a 30-second break');
    const days = Object.values(salvageHistory(JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8'))).value.days);
    expect(days.reduce((sum, day) => sum + day.held, 0)).toBe(2);
  }, 8 * MINUTE);
});
