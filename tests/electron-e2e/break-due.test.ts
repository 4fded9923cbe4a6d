// A break falling due in real time while someone types in another window: the heads-up and the due notification
// reach the notification daemon, the prompt appears without taking the keyboard, and Start, Snooze and Skip work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salvageHistory } from '../../core/history/history';
import { startTyping } from './typing';
import { clickToClose, closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';

const desktop = useDesktop('A break falling due');
const MINUTE = 60_000;
const TYPING = 'Typing here';

describe.skipIf(desktop.skip)('a break falling due in real Electron', () => {
  let run: LimberRun;
  let typist: Awaited<ReturnType<typeof startTyping>>;
  let typedFile: string;
  const today = () => {
    const days = Object.values(salvageHistory(JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8'))).value.days);
    return days[days.length - 1];
  };
  /** The prompt for the next due break, once it is on screen. */
  const nextPrompt = async () => {
    const prompt = await until('the prompt', () => run.app.windows().find((page) => page.url().includes('#/prompt')), 3 * MINUTE);
    await prompt.getByRole('button', { name: 'Start' }).waitFor();
    // The page is loaded hidden up to half a minute before its break falls due, so appearing can take that long.
    await until('the prompt on screen', () => desktop.get().windowsTitled(/quick reset|break/i).find((w) => w.title !== TYPING), MINUTE);
    return prompt;
  };

  beforeAll(async () => {
    run = await launchLimber(desktop.get(), {
      config: { microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 }, preludeSeconds: 30, snooze: { minutes: 1, limit: 3 } },
    });
    typedFile = join(run.home, 'typed.txt');
    typist = await startTyping(desktop.get(), TYPING, typedFile);
  });
  afterAll(async () => {
    typist.stop();
    await closeLimber(run);
  });

  it('warns, then prompts without taking the keyboard from the window being typed in, and Start runs the routine', async () => {
    // The prompt is loaded hidden during the heads-up, and the very same page appears when the break falls due.
    await until('the heads-up', () => (run.notifications().length > 0 ? true : null), 3 * MINUTE);
    const loadedEarly = await run.page('prompt?kind=micro');
    expect(desktop.get().windowsTitled(/Time for a micro break/)).toEqual([]);
    const prompt = await nextPrompt();
    expect(prompt).toBe(loadedEarly);
    expect(desktop.get().activeWindowTitle()).toBe(TYPING);
    // The terminal hands a line to `cat` when Return is pressed.
    desktop.get().run('xdotool', 'type', 'still-typing');
    desktop.get().run('xdotool', 'key', 'Return');
    await until('the keys to reach the typing window', () => (readFileSync(typedFile, 'utf8').includes('still-typing') ? true : null));
    // The due notice goes through notify-send as the prompt appears, and may reach dunst a moment after it.
    await expect.poll(() => run.notifications().map((n) => n.title), { timeout: 30_000 }).toEqual(['Micro break in 30 seconds', 'Time for a 30-second micro break']);
    // The moment the engine decided, which bench:electron times the prompt from.
    expect(run.log()).toMatch(/Break due: micro\n/);
    desktop.get().screenshot(join(SHOTS, 'prompt.png'));

    // While the prompt is up, the routine it offers is loaded hidden, and Start puts that same page on screen.
    const breakLoaded = await run.page('break?routine=posture-reset');
    expect(desktop.get().windowsTitled(/: break – Limber/)).toEqual([]);
    await prompt.getByRole('button', { name: 'Start' }).click();
    const routine = await run.page('break?routine=posture-reset');
    expect(routine).toBe(breakLoaded);
    await until('the break on screen', () => desktop.get().windowsTitled(/^Posture reset: break – Limber$/)[0]);
    await routine.getByRole('timer').waitFor();
    await routine.getByRole('button', { name: 'Close' }).waitFor({ timeout: 2 * MINUTE });
    // The page reports the routine over IPC as it shows Close; the main process writes it down a moment later.
    await expect.poll(today, { timeout: 30_000 }).toMatchObject({ prompts: 1, taken: 1, routinesCompleted: 1 });
    await clickToClose(routine, 'Close');
  }, 5 * MINUTE);

  it('snoozes a break, which comes back a minute later, and skips it', async () => {
    const first = await nextPrompt();
    await clickToClose(first, /^Snooze 1 min/);
    const again = await nextPrompt();
    await clickToClose(again, 'Skip');
    await expect.poll(today, { timeout: 30_000 }).toMatchObject({ snoozed: 1, skipped: 1 });
  }, 6 * MINUTE);
});
