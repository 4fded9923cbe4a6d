// Starts Limber's main process against the fake Electron (harness/fake-electron.ts), with what it tells the user kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import type { BusySignal } from '../../electron/busy/signal';
import type { NotificationText } from '../../electron/desktop/notification-text';
import type { UpdaterLike } from '../../electron/desktop/updater';
import { NO_UPDATE_MEMORY } from '../../core/updates/schedule';
import { startLimber, TRAY_FIRST_MS } from '../../electron/root/launch';
import { app, fake } from '../../harness/fake-electron';

/**
 * A user who has had this version before and has been asked about update checks: otherwise the first start of each
 * test would open the window that asks.
 */
export const ASKED_STATE = { updates: { ...NO_UPDATE_MEMORY, asked: true, lastRunVersion: '0.0.0-test' } };

/** Each test a fresh fake Electron, a user-data folder with default settings, and a simulated clock; Limber quits after. */
export function freshFakeLimberEachTest(prefix: string) {
  let userData = '';
  beforeAll(async () => { await import('../../electron/busy/signal'); });
  beforeEach(() => {
    fake.reset();
    userData = mkdtempSync(join(tmpdir(), prefix));
    fake.userData = userData;
    writeFileSync(join(userData, 'config.json'), '{}');
    writeFileSync(join(userData, 'state.json'), JSON.stringify(ASKED_STATE));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  });
  afterEach(async () => {
    app.quit();
    await fake.settle();
    vi.useRealTimers();
    rmSync(userData, { recursive: true, force: true });
  });
}

/**
 * Settles once a start of Limber has put its tray icon up, or has ended without one (a second instance, --help): the
 * icon comes once the system's language is loaded, at a turn of the event loop rather than of the simulated clock.
 */
export async function trayOrEnd(starting: Promise<unknown>): Promise<void> {
  const start = { settled: false };
  void starting.finally(() => { start.settled = true; });
  while (!start.settled && fake.trays.length === 0) await new Promise((turn) => { setImmediate(turn); });
}

export async function startFakeLimber(args: string[], busySignals: BusySignal[], loadUpdater?: () => Promise<UpdaterLike>) {
  const notes: NotificationText[] = [];
  // The break notification still on screen: a new one replaces it, and a withdrawal takes it away.
  let prompting: NotificationText | null = null;
  const logs: string[] = [];
  const printed: string[] = [];
  const exits: number[] = [];
  let click = () => undefined as unknown;
  fake.startsNow();
  const starting = startLimber({
    log: { info: (m) => logs.push(`info: ${m}`), warn: (m) => logs.push(`warn: ${m}`), error: (m) => logs.push(`error: ${m}`) },
    rendererDir: '/nonexistent', preload: '/opt/limber/preload.cjs',
    argv: fake.packaged ? ['/opt/limber/limber', ...args] : ['electron', '.', ...args],
    notifier: (onClick) => {
      click = onClick;
      return {
        notify: (text) => { notes.push(text); },
        prompt: (text) => { notes.push(text); prompting = text; },
        withdrawPrompts: () => { prompting = null; },
      };
    },
    print: (text) => { printed.push(text); },
    exit: (code) => { exits.push(code); },
    busySignals,
    ...(loadUpdater ? { loadUpdater } : {}),
  });
  // The tray icon gets the main thread to itself for a moment before the rest loads.
  if (vi.isFakeTimers()) {
    await trayOrEnd(starting);
    await vi.advanceTimersByTimeAsync(TRAY_FIRST_MS);
  }
  const limber = await starting;
  return { limber, engine: limber?.engine, notes, prompting: () => prompting, logs, printed, exits, clickNotification: () => click() };
}
