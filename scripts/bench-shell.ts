// Runs Limber's whole main process (against the Electron fake) through a simulated working day and counts
// what wakes the process: `npm run bench:shell`. Counts, not timings, so the result is exact and repeatable.
import { register } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import FakeTimers from '@sinonjs/fake-timers';

register('./electron-alias.mjs', import.meta.url);
const electron = await import('../harness/fake-electron');
const { startLimber } = await import('../electron/root/launch');
const { fake, powerMonitor } = electron;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.UTC(2026, 10, 23, 8, 30);
const clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });

let timerFirings = 0;
const fakeSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fire: () => void, ms?: number) =>
  fakeSetTimeout(() => { timerFirings++; fire(); }, ms)) as typeof setTimeout;

// The day: at the desk with short pauses, two meetings away from the desk, lunch with the screen locked.
type Where = 'desk' | 'meeting' | 'lunch';
const PLAN: [number, Where][] = [[0, 'desk'], [1.5, 'meeting'], [2.25, 'desk'], [3.5, 'lunch'], [4.5, 'desk'], [6, 'meeting'], [6.75, 'desk']];
const DAY_HOURS = 9;
const where = (t: number): [Where, number] => {
  const hours = (t - START) / HOUR;
  const [from, place] = PLAN.filter(([at]) => at <= hours).at(-1) ?? [0, 'desk'];
  return [place, START + from * HOUR];
};
let idleReads = 0;
let lockReads = 0;
powerMonitor.getSystemIdleTime = () => {
  idleReads++;
  const [place, since] = where(Date.now());
  // At the desk the last input is at most 20 s old; away, it is when the user left.
  return place === 'desk' ? Math.floor((Date.now() % 20_000) / 1000) : Math.floor((Date.now() - since) / 1000);
};
powerMonitor.getSystemIdleState = () => {
  lockReads++;
  return where(Date.now())[0] === 'lunch' ? 'locked' : 'active';
};

fake.reset();
fake.userData = mkdtempSync(join(tmpdir(), 'limber-bench-'));
const quiet = () => undefined;
const starting = startLimber({
  log: { info: quiet, warn: quiet, error: quiet },
  rendererDir: '/nonexistent', preload: '/nonexistent/preload.cjs', argv: ['electron', '.'],
  notifier: () => ({ notify: quiet, prompt: quiet, withdrawPrompts: quiet }), print: quiet, exit: quiet,
});
// The launch gives the tray icon a moment of its own on a timer, which only the simulated clock can run out.
const launch = { done: false };
void starting.finally(() => { launch.done = true; });
while (!launch.done) {
  if (clock.countTimers() > 0) await clock.nextAsync();
  else await new Promise((resolve) => setImmediate(resolve));
}
const limber = await starting;
if (!limber) throw new Error('Limber did not start');

let breaksTaken = 0;
for (let minute = 0; minute < DAY_HOURS * 60; minute++) {
  await clock.tickAsync(MINUTE);
  const prompt = fake.openWindows().find((w) => w.webContents.url.includes('#/prompt'));
  const breakWindow = fake.openWindows().find((w) => w.webContents.url.includes('#/break'));
  if (prompt) {
    breaksTaken++;
    await fake.invoke('limber:startBreak', prompt.webContents, prompt.webContents.url.includes('kind=micro') ? 'posture-reset' : 'quick-brace');
  } else if (breakWindow) breakWindow.close();
}
const tray = fake.trays[0];
electron.app.emit('before-quit');
clock.uninstall();
rmSync(fake.userData, { recursive: true, force: true });

const perHour = (n: number) => (n / DAY_HOURS).toFixed(1);
console.log(`A simulated ${DAY_HOURS}-hour day (awake, Limber running): 2 meetings, a locked lunch, ${breaksTaken} breaks taken`);
console.table({
  'timer firings (process wakeups)': { total: timerFirings, perHour: perHour(timerFirings) },
  'idle-time reads': { total: idleReads, perHour: perHour(idleReads) },
  'lock-state reads (Linux)': { total: lockReads, perHour: perHour(lockReads) },
  'engine wakeups (its own count)': { total: limber.engine.wakeups(), perHour: perHour(limber.engine.wakeups()) },
  'tray icon redraws': { total: tray?.updates.image ?? 0, perHour: perHour(tray?.updates.image ?? 0) },
  'tray menu rebuilds': { total: tray?.updates.menu ?? 0, perHour: perHour(tray?.updates.menu ?? 0) },
  'windows created': { total: fake.windows.length, perHour: perHour(fake.windows.length) },
});
// Idle and lock reads happen inside the engine's own wakeups; the adapters set no timers of their own.
console.log(`Process wakeups per active hour: ${perHour(timerFirings)} (target at most 130)`);
