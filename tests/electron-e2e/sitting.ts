// Someone at the desk, away from it, or behind a locked screen, and what Limber's engine makes of it, for the
// real-Electron tests that follow sitting time across a natural break, a lock or a restart.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PromptStatus } from '../../core/contract';
import type { Desktop } from '../../harness/desktop';
import type { LimberRun } from '../../harness/real-electron';

const status = (page: Page) => page.evaluate(() => (window as unknown as { limber: { status(): Promise<PromptStatus> } }).limber.status());

/** What the engine says now, read through the statistics window's bridge (opened by `limber --stats` if need be). */
export async function engineStatus(run: LimberRun) {
  if (!run.app.windows().some((page) => page.url().includes('#/stats'))) expect(run.again('--stats').status).toBe(0);
  return (await status(await run.page('stats'))).snapshot;
}

/** Real input every two seconds, as from someone working; `stop` ends it and says when the last input was. */
export function sitAtDesk(desktop: Desktop) {
  let lastInput = Date.now();
  const nudge = () => {
    desktop.nudgeMouse();
    lastInput = Date.now();
  };
  nudge();
  const timer = setInterval(nudge, 2000);
  return {
    stop: () => {
      clearInterval(timer);
      return lastInput;
    },
  };
}

/**
 * Locks the screen as xscreensaver does, for Chromium's getSystemIdleState: the root window's _SCREENSAVER_STATUS
 * says LOCK. Chromium asks the session bus first (org.freedesktop.ScreenSaver and the like) and this desktop has
 * none there, so it reads the X property, and at once from the first look. No input goes to the X server.
 */
export function lockScreen(desktop: Desktop) {
  desktop.run('xprop', '-root', '-f', '_SCREENSAVER_STATUS', '32a', '-set', '_SCREENSAVER_STATUS', 'LOCK');
}

/** Unlocks it again (as xscreensaver does after the password, but without the input). */
export function unlockScreen(desktop: Desktop) {
  desktop.run('xprop', '-root', '-remove', '_SCREENSAVER_STATUS');
}
