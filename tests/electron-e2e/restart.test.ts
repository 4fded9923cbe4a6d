// Limber picks up where it left off in real Electron: a pause until tomorrow survives a quit, and after a kill -9 the
// sitting streak goes on from the last heartbeat, so the next break does not come an interval late. A quit during a
// heads-up and a start after its due time comes up and offers the break at once; a start behind a locked screen
// counts sitting again once the screen is unlocked, and so does one whose saved state is locked while the screen
// already shows unlocked at the first look (issue 23, item 6).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { salvageSavedEngine } from '../../core/engine/saved';
import { closeLimber, launchLimber, type LaunchOptions, type LimberRun } from '../../harness/real-electron';
import { readJson, SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { engineStatus, lockScreen, sitAtDesk, unlockScreen } from './sitting';
import { windowClass } from './tray-menu';

const desktop = useDesktop('Restart');
const MINUTE = 60_000;
const CONFIG = { microBreak: { everyMinutes: 2 }, longBreak: { enabled: false }, preludeSeconds: 0 };
/** No break falls due while a lock test runs. */
const NO_BREAK = { microBreak: { everyMinutes: 60 }, longBreak: { enabled: false } };

const savedEngine = (run: LimberRun) => {
  const saved = salvageSavedEngine(readJson(join(run.userData, 'engine.json')));
  expect(saved.problems).toEqual([]);
  return saved.value;
};
const lastLines = (log: string) => log.trimEnd().split('\n').slice(-20).join('\n') || '(nothing)';

/** Waits for `what` while Limber runs: a Limber that exits meanwhile fails at once, with the end of its log. */
async function whileRunning<T>(run: LimberRun, what: string, probe: () => T | null | undefined | Promise<T | null | undefined>, timeoutMs: number): Promise<T> {
  let waiting = true;
  const stopped = run.exited.then((code) => {
    if (waiting) throw new Error(`Limber exited (code ${String(code)}) before ${what}; its log ends:\n${lastLines(run.log())}`);
    return new Promise<never>(() => undefined);
  });
  try {
    return await Promise.race([until(what, probe, timeoutMs), stopped]);
  } finally {
    waiting = false;
  }
}

/** `limber --quit`, as a user would, and the first Limber's exit. */
async function quit(run: LimberRun) {
  expect(run.again('--quit').status).toBe(0);
  expect(await run.exited).toBe(0);
}

/** Starts Limber again on the files of `home`; a start that fails says what its log says. */
async function startAgain(home: string, options: LaunchOptions = {}): Promise<LimberRun> {
  try {
    return await launchLimber(desktop.get(), { ...options, home });
  } catch (error) {
    const log = join(home, '.config', 'Limber', 'logs', 'main.log');
    throw new Error(`Limber did not start again (${String(error)}); its log ends:\n${lastLines(existsSync(log) ? readFileSync(log, 'utf8') : '')}`, { cause: error });
  }
}

describe.skipIf(desktop.skip)('a restart in real Electron', () => {
  it('is still paused until tomorrow after a quit and a new start', async () => {
    const first = await launchLimber(desktop.get(), { config: CONFIG });
    expect(first.again('--pause', 'tomorrow').status).toBe(0);
    const pausedUntil = (await until('the pause', async () => (await engineStatus(first)).paused)).until;
    await closeLimber(first);
    const again = await launchLimber(desktop.get(), { home: first.home });
    try {
      expect((await engineStatus(again)).paused).toEqual({ until: pausedUntil });
    } finally {
      await closeLimber(again);
    }
  });

  it('goes on with the sitting streak after kill -9, so the break comes at its usual time', { timeout: 240_000 }, async () => {
    const first = await launchLimber(desktop.get(), { config: CONFIG });
    const nudging = setInterval(() => { desktop.get().nudgeMouse(); }, 5_000);
    try {
      // Killed once engine.json's heartbeat (written each minute) holds at least 45 s of sitting.
      const savedSitting = () => {
        try {
          return salvageSavedEngine(readJson(`${first.userData}/engine.json`)).value?.sitting.sit ?? 0;
        } catch {
          return 0;
        }
      };
      await until('a heartbeat with 45 s of sitting', () => (savedSitting() >= 45_000 ? true : null), 3 * MINUTE);
      first.child.kill('SIGKILL');
      await first.exited;
      const saved = salvageSavedEngine(readJson(`${first.userData}/engine.json`));
      expect(saved.problems).toEqual([]);
      expect(saved.value?.sitting.sit).toBeGreaterThanOrEqual(45_000);
      const again = await launchLimber(desktop.get(), { home: first.home });
      try {
        const snapshot = await engineStatus(again);
        // Started afresh, the streak would be a few seconds and the break two minutes away.
        expect(snapshot.sittingSeconds).toBeGreaterThanOrEqual(45);
        expect(snapshot.nextBreak?.inSeconds).toBeLessThanOrEqual(120 - 45);
        await again.page('prompt', 120_000);
      } finally {
        await closeLimber(again);
      }
    } finally {
      clearInterval(nudging);
      await closeLimber(first);
    }
  });

  it('comes up after a quit during a heads-up and a start after the due time, and offers the break at once', { timeout: 5 * MINUTE }, async () => {
    const preludeSeconds = 10;
    // Nothing may hold the break (each busy switch off), so the state taken up at the start makes it due at once.
    const first = await launchLimber(desktop.get(), {
      config: {
        microBreak: { everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false }, preludeSeconds,
        busy: { call: false, fullscreen: false, dnd: false }, promptStyle: 'notification-and-window',
      },
    });
    const user = sitAtDesk(desktop.get());
    let again: LimberRun | undefined;
    try {
      await whileRunning(first, 'the heads-up', () => first.notifications().find((n) => n.title === 'Micro break in 10 seconds'), 3 * MINUTE);
      // Shown at most `preludeSeconds` before the break falls due, and the time Limber is stopped counts as sitting.
      const dueBy = Date.now() + preludeSeconds * 1000;
      await quit(first);
      expect(savedEngine(first)?.announced).toMatchObject({ kind: 'micro', preludeSent: true, dues: 0 });
      const logBefore = first.log().length;
      await until('the break\'s due time to pass', () => (Date.now() > dueBy + 1000 ? true : null), MINUTE);

      const second = await startAgain(first.home);
      again = second;
      await whileRunning(second, 'the due notification', () => second.notifications().find((n) => n.title === 'Time for a 30-second micro break'), MINUTE);
      const prompt = await whileRunning(second, 'the prompt', () => second.app.windows().find((page) => page.url().includes('#/prompt?kind=micro')), MINUTE);
      await prompt.getByRole('button', { name: 'Start' }).waitFor();
      await whileRunning(second, 'the prompt on screen', () => desktop.get().windowsTitled(/^Time for a micro break – Limber$/)[0], MINUTE);
      await whileRunning(second, 'the tray icon', () => desktop.get().trayIcon(windowClass('packaged')), 30_000);
      desktop.get().screenshot(join(SHOTS, 'restart-due-prompt.png'));
      // It came up (the idle source is chosen once the tray is up), took up the state and decided at once.
      const log = second.log().slice(logBefore);
      expect(log).toMatch(/Idle time from: /);
      expect(log).toMatch(/Break due: micro\n/);
      expect(log).not.toMatch(/could not|not used|\[error\]/i);
      expect(second.notifications().map((n) => n.title)).not.toContain('Limber started afresh');
      expect((await engineStatus(second)).pending).toMatchObject({ kind: 'micro', phase: 'due' });
      expect(second.child.exitCode).toBeNull();
    } finally {
      user.stop();
      if (again) await closeLimber(again);
      await closeLimber(first);
    }
  });

  /**
   * Someone sits a few seconds, locks the screen, and Limber is quit and started again on its files. No input comes
   * from the lock on, so that the engine takes up its lock; `beforeStart` runs while Limber is stopped.
   */
  async function restartLocked(beforeStart: () => void) {
    const first = await launchLimber(desktop.get(), { config: NO_BREAK });
    const user = sitAtDesk(desktop.get());
    try {
      await whileRunning(first, 'some sitting', async () => ((await engineStatus(first)).totalSittingSeconds >= 5 ? true : null), MINUTE);
      user.stop();
      lockScreen(desktop.get());
      // Limber looks at the lock whenever it reads the idle time, at least every 30 s.
      await whileRunning(first, 'the lock to be seen', async () => ((await engineStatus(first)).locked ? true : null), 2 * MINUTE);
      await quit(first);
      expect(savedEngine(first)?.present.locked).toBe(true);
      beforeStart();
      const again = await startAgain(first.home);
      return { first, again };
    } catch (error) {
      user.stop();
      await closeLimber(first);
      throw error;
    }
  }

  /** After the unlock, someone works: the engine sees the unlock within a reading, and the streak grows from there. */
  async function sittingGrowsAfterUnlock(run: LimberRun) {
    const user = sitAtDesk(desktop.get());
    try {
      const unlocked = await whileRunning(run, 'the unlock to be seen', async () => {
        const now = await engineStatus(run);
        return now.locked ? null : now;
      }, 2 * MINUTE);
      await whileRunning(run, 'the sitting streak to grow', async () => ((await engineStatus(run)).sittingSeconds >= unlocked.sittingSeconds + 5 ? true : null), MINUTE);
    } finally {
      user.stop();
    }
  }

  it('counts sitting again after a start behind a locked screen and an unlock', { timeout: 5 * MINUTE }, async () => {
    const { first, again } = await restartLocked(() => undefined);
    try {
      // Taken up locked, and nothing counts behind the lock: the streak is where the lock left it.
      const saved = savedEngine(first);
      const behindLock = await engineStatus(again);
      expect(behindLock.locked).toBe(true);
      expect(behindLock.sittingSeconds).toBe(Math.round(((saved?.present.sit ?? 0) - (saved?.sitting.streakFrom ?? 0)) / 1000));
      unlockScreen(desktop.get());
      await sittingGrowsAfterUnlock(again);
    } finally {
      unlockScreen(desktop.get());
      await closeLimber(again);
      await closeLimber(first);
    }
  });

  it('counts sitting after a start whose saved state is locked, when the screen was unlocked before Limber first looked', { timeout: 5 * MINUTE }, async () => {
    // The unlock came while Limber was stopped (or starting), with no input: the engine takes up the lock it saved, and
    // the screen already shows unlocked at the first look, so no change of the lock state is ever seen.
    const { first, again } = await restartLocked(() => { unlockScreen(desktop.get()); });
    try {
      // Input only once the engine has taken up its state (it answers once it has): input before that would tell it
      // that the user came back while Limber was stopped, and it would not take up the lock at all.
      await engineStatus(again);
      await sittingGrowsAfterUnlock(again);
    } finally {
      await closeLimber(again);
      await closeLimber(first);
    }
  });
});
