// Each of bench:electron's measurements, on a running virtual desktop. They only measure: nothing here asserts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import type { Desktop } from '../../harness/desktop';
import { startApp, type BenchApp, type Running } from './apps';
import type { MapEvents } from './map-events';
import { cpuSecondsBetween, rendererCount, treeCpuTicks, treeMemory, type TreeMemory } from './probe';
import { describeWindow, isGone, locateColour, isPainted, pollUntil, trayIconId, trayPanel, visibleWindows, waitForNewWindow } from './screen';

const ICON_TIMEOUT_MS = 60_000;

/** A returning user's settings, so that no welcome window opens. */
export const returningUser = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });

const readLog = (run: Running) => {
  const file = join(run.userData, 'logs', 'main.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

/** Starts `app` and waits for trayer to embed its icon; `launchMs` runs from the spawn to the poll that saw it. */
async function startToTray(app: BenchApp, desktop: Desktop, config: Settings, args: string[] = []) {
  const panel = trayPanel(desktop);
  const run = startApp(app, desktop, config, args);
  try {
    const icon = await pollUntil(`${app.name}'s tray icon`, () => trayIconId(desktop, panel, app.windowClass), ICON_TIMEOUT_MS);
    const cpuMs = cpuSecondsBetween(new Map(), treeCpuTicks(run.pid)) * 1000;
    return { run, iconId: icon.value, launchMs: icon.at - run.spawnedAt, launchCpuMs: cpuMs };
  } catch (error) {
    const log = readLog(run);
    await run.stop();
    throw new Error(`${String(error)}${log ? `\n${app.name}'s log:\n${log}` : ''}`, { cause: error });
  }
}

/** Stops the app and waits until its icon has left the tray, so the next start is timed on an empty tray. */
async function stopAndClearTray(run: Running, desktop: Desktop): Promise<void> {
  await run.stop();
  const panel = trayPanel(desktop);
  await pollUntil('the tray icon to go', () => (trayIconId(desktop, panel, run.app.windowClass) === null ? true : null), 10_000);
}

export interface IdleSample {
  launchMs: number;
  /** CPU time the tree had used when its icon was seen: what the start costs, less swayed by a busy machine. */
  launchCpuMs: number;
  memory: TreeMemory;
  renderers: number;
}

/** Figures 1–3: launch to tray icon, then PSS and renderer processes once the app has settled with no window open. */
export async function idleSample(app: BenchApp, desktop: Desktop, settleMs: number): Promise<IdleSample> {
  const { run, launchMs, launchCpuMs } = await startToTray(app, desktop, returningUser());
  try {
    await sleep(settleMs);
    return { launchMs, launchCpuMs, memory: treeMemory(run.pid), renderers: rendererCount(run.pid) };
  } finally {
    await stopAndClearTray(run, desktop);
  }
}

export interface CpuSample { cpuSecondsPerHour: number; memoryAfter: TreeMemory }

/** Figure 4: CPU time while both apps sit idle side by side, with no input on the desktop, scaled to an hour. */
export async function idleCpu(apps: BenchApp[], desktop: Desktop, minutes: number, settleMs: number): Promise<Map<string, CpuSample>> {
  const started = [];
  try {
    for (const app of apps) started.push(await startToTray(app, desktop, returningUser()));
    await sleep(settleMs);
    const before = started.map(({ run }) => treeCpuTicks(run.pid));
    await sleep(minutes * 60_000);
    return new Map(started.map(({ run }, i) => [run.app.name, {
      cpuSecondsPerHour: cpuSecondsBetween(before[i] ?? new Map<number, number>(), treeCpuTicks(run.pid)) * (60 / minutes),
      memoryAfter: treeMemory(run.pid),
    }]));
  } finally {
    for (const { run } of started) await stopAndClearTray(run, desktop);
  }
}

/** electron-log's local time stamp, `[2025-01-31 09:30:00.123]`, as ms since the epoch. */
export function logTime(line: string): number | null {
  const m = /^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\]/.exec(line);
  if (!m) return null;
  const [year, month, day, hour, minute, second, ms] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  return new Date(year, month - 1, day, hour, minute, second, ms).getTime();
}

/** Wall-clock times (ms) of the Notify calls dunst receives, read from dbus-monitor on the desktop's session bus. */
function watchNotifyCalls(desktop: Desktop) {
  const monitor = spawn('dbus-monitor', ['--session', "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
    { env: desktop.env, stdio: ['ignore', 'pipe', 'ignore'] });
  const calls: number[] = [];
  createInterface({ input: monitor.stdout }).on('line', (line) => {
    const time = /^method call time=(\d+\.\d+) .*member=Notify$/.exec(line)?.[1];
    if (time) calls.push(Number(time) * 1000);
  });
  return { calls, stop: () => { monitor.kill(); } };
}

/** Real pointer input every few seconds, so that Limber's idle readings see someone at the desk. */
function keepUserPresent(desktop: Desktop): () => void {
  const timer = setInterval(() => { desktop.nudgeMouse(); }, 5000);
  return () => { clearInterval(timer); };
}

/**
 * When a window the polls found was mapped: the X server's event, or the poll's own time if no event came, which the
 * sample then says (`polled`) and the report counts.
 */
async function mappedAt(maps: MapEvents, found: { value: string; at: number }, since: number): Promise<{ at: number; polled: boolean }> {
  const at = await maps.mappedAt(found.value, since);
  if (at === null) console.log(`  (no map event for window ${found.value}: timed by the poll that found it)`);
  return { at: at ?? found.at, polled: at === null };
}

/** Polls until the window shows more than a flat colour; returns when the check that saw it started. */
async function whenPainted(desktop: Desktop, id: string): Promise<number> {
  const { value } = await pollUntil('the window to be painted', () => {
    const checkedAt = Date.now();
    return isPainted(desktop, id) ? checkedAt : null;
  }, 10_000);
  return value;
}

export interface PromptSample {
  /** From the moment the engine decided the break was due (Limber's log) to its prompt window mapped. */
  dueToPromptMs: number;
  /** The same end, from dunst receiving the due notification, which Limber sends right after the break falls due. */
  notifyToPromptMs: number | null;
  /** The first look at the mapped window found it painted this long after it was mapped (a bound, not a duration). */
  paintedCheckMs: number;
  /** From a real click on Start (found by its colour) to the break window mapped. */
  startToBreakMs: number;
  breakPaintedCheckMs: number;
  /** The windows taken for the prompt and the break: title and size, to tell them apart in the results. */
  windows: string[];
  /** Timed by the poll that found them, no map event having come: the prompt, the break. */
  polled: [boolean, boolean];
}

const MICRO_EVERY_MINUTES = 2;
/** The light theme's --accent, the background of the prompt's one primary button: Start. */
const ACCENT = [31, 122, 112] as const;
const PROMPT_SETTINGS = returningUser({
  microBreak: { ...DEFAULT_SETTINGS.microBreak, enabled: true, everyMinutes: MICRO_EVERY_MINUTES },
  longBreak: { ...DEFAULT_SETTINGS.longBreak, enabled: false },
  preludeSeconds: 0,
  promptStyle: 'notification-and-window',
});
/** The engine starts right after this line: sitting is counted from then, so the first micro break falls due an interval later. */
const ENGINE_START_LINE = /^.*Idle time from: .*$/m;
/** Limber logs each break the moment the engine decides it is due, before anything is shown. */
const DUE_LINE = /^.*Break due: micro$/m;

/** Figure 5: waits for the first micro break of a run started with PROMPT_SETTINGS, and times its prompt window. */
async function timePrompt(run: Running, desktop: Desktop, maps: MapEvents, iconId: string, notifyCalls: readonly number[]) {
  // The log file opens once Limber is wired, a moment after the icon; the line keeps the time it was logged at.
  const engineStart = await pollUntil('the "Idle time from" line in Limber\'s log', () => logTime(ENGINE_START_LINE.exec(readLog(run))?.[0] ?? ''), 10_000)
    .then(({ value }) => value, () => null);
  if (engineStart === null) throw new Error(`no "Idle time from" line in Limber's log:\n${readLog(run)}`);
  await sleep(Math.max(0, engineStart + MICRO_EVERY_MINUTES * 60_000 - Date.now() - 3000));
  const prompt = await waitForNewWindow(desktop, run.app.windowClass, [iconId], 60_000);
  const painted = await whenPainted(desktop, prompt.value);
  const due = logTime(DUE_LINE.exec(readLog(run))?.[0] ?? '');
  if (due === null) throw new Error(`no "Break due" line in Limber's log:\n${readLog(run)}`);
  const notified = notifyCalls.find((at) => at > due - 1000) ?? null;
  const mapped = await mappedAt(maps, prompt, due);
  return {
    id: prompt.value,
    window: describeWindow(desktop, prompt.value),
    dueToPromptMs: mapped.at - due,
    notifyToPromptMs: notified === null ? null : Math.round(mapped.at - notified),
    paintedCheckMs: painted - mapped.at,
    promptPolled: mapped.polled,
  };
}

/** How long the button is held down, as a person's click holds it. */
const PRESS_MS = 80;

/** Figure 6: clicks the prompt's Start button with the real pointer and times the break window that replaces it. */
async function timeStart(run: Running, desktop: Desktop, maps: MapEvents, known: string[], promptId: string) {
  const start = locateColour(desktop, promptId, ACCENT);
  if (!start) throw new Error('no Start button (the accent colour) on the prompt');
  desktop.run('xdotool', 'mousemove', '--sync', String(start.x), String(start.y));
  desktop.run('xdotool', 'mousedown', '1');
  await sleep(PRESS_MS);
  // Timed from the release, which is what clicks the button. Not `xdotool click`: it returns only after a 100 ms pause
  // of its own, and the window can't be looked for until it has returned.
  const releasedAt = Date.now();
  desktop.run('xdotool', 'mouseup', '1');
  const breakWindow = await waitForNewWindow(desktop, run.app.windowClass, [...known, promptId], 30_000);
  const painted = await whenPainted(desktop, breakWindow.value);
  const window = describeWindow(desktop, breakWindow.value);
  const mapped = await mappedAt(maps, breakWindow, releasedAt);
  desktop.run('wmctrl', '-i', '-c', breakWindow.value);
  return { window, startToBreakMs: mapped.at - releasedAt, breakPaintedCheckMs: painted - mapped.at, breakPolled: mapped.polled };
}

/**
 * How long each break window stays on screen: long enough for a routine's first tone (Chromium starts its audio
 * service for it). The bare app's window stays as long, for the floor after one window.
 */
const BREAK_ON_SCREEN_MS = 1500;

export interface FloorSample {
  /** From the bare app's showInactive() on a window it loaded hidden to the window mapped. */
  showToMappedMs: number;
  /** Timed by the poll that found the window, no map event having come. */
  polled: boolean;
  paintedCheckMs: number;
  /** The bare app's idle PSS once that window has been shown once and destroyed, settled as Limber is after a break. */
  afterOneWindow: TreeMemory;
}

const benchLog = (run: Running) => {
  const file = join(run.userData, 'bench.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

/**
 * The floors of figures 5, 6 and 8: a bare app that loaded a small page in a hidden window shows it without focus, as
 * Limber shows its prompt, and the window is timed to mapped the same way; then it is destroyed, and the app's idle
 * memory read once it has settled.
 */
export async function floorSample(bare: BenchApp, desktop: Desktop, maps: MapEvents, settleMs: number): Promise<FloorSample> {
  const { run, iconId } = await startToTray(bare, desktop, returningUser(), ['--window']);
  try {
    await pollUntil('the bare app\'s hidden page loaded', () => (benchLog(run).includes('loaded') ? true : null), 30_000);
    run.again('--show');
    const window = await waitForNewWindow(desktop, bare.windowClass, [iconId], 30_000);
    const painted = await whenPainted(desktop, window.value);
    const shownAt = Number(/^shown (\d+)$/m.exec(benchLog(run))?.[1]);
    if (!shownAt) throw new Error(`no "shown" line in the bare app's bench.log:\n${benchLog(run)}`);
    const mapped = await mappedAt(maps, window, shownAt);
    // On screen as long as each of Limber's break windows, whose idle memory after it this one is the floor of.
    await sleep(BREAK_ON_SCREEN_MS);
    run.again('--close');
    await pollUntil('the bare window to close', () => (isGone(desktop, window.value) ? true : null), 10_000);
    return { showToMappedMs: mapped.at - shownAt, polled: mapped.polled, paintedCheckMs: painted - mapped.at, afterOneWindow: await settledMemory(run, settleMs) };
  } finally {
    await stopAndClearTray(run, desktop);
  }
}

/** Figures 5 and 6: one micro break falling due in a fresh Limber, its prompt, and Start clicked on it. */
export async function promptSample(limber: BenchApp, desktop: Desktop, maps: MapEvents): Promise<PromptSample> {
  const notifies = watchNotifyCalls(desktop);
  const { run, iconId } = await startToTray(limber, desktop, PROMPT_SETTINGS);
  const stopInput = keepUserPresent(desktop);
  try {
    const { id, window, promptPolled, ...prompt } = await timePrompt(run, desktop, maps, iconId, notifies.calls);
    const { window: breakWindow, breakPolled, ...start } = await timeStart(run, desktop, maps, [iconId], id);
    return { ...prompt, ...start, windows: [window, breakWindow], polled: [promptPolled, breakPolled] };
  } finally {
    stopInput();
    notifies.stop();
    await stopAndClearTray(run, desktop);
  }
}

export interface BreaksSample {
  count: number;
  /** The bare tray app settled, measured in the same part of the run. */
  bare: TreeMemory;
  afterStart: TreeMemory;
  afterFirst: TreeMemory;
  afterLast: TreeMemory;
  growthMb: number;
}

/** Opens a break from the command line, as a user would, and closes its window through the window manager. */
async function oneBreak(run: Running, desktop: Desktop, iconId: string): Promise<void> {
  const known = [iconId, ...visibleWindows(desktop, run.app.windowClass)];
  run.again('--break-now');
  const window = await waitForNewWindow(desktop, run.app.windowClass, known, 30_000);
  await sleep(BREAK_ON_SCREEN_MS);
  desktop.run('wmctrl', '-i', '-c', window.value);
  await pollUntil('the break window to close', () => (isGone(desktop, window.value) ? true : null), 10_000);
}

/** Memory once the renderer of the last window has gone and the main process has had time to settle. */
async function settledMemory(run: Running, settleMs: number): Promise<TreeMemory> {
  await pollUntil('no renderer process', () => (rendererCount(run.pid) === 0 ? true : null), 15_000).catch(() => undefined);
  await sleep(settleMs);
  return treeMemory(run.pid);
}

/**
 * Figures 7 and 8: idle PSS of the tree, and its processes, after start, after the first and after the last of
 * `count` break windows opened and closed; beside the bare app's, settled as long.
 */
export async function breaksSample(apps: { bare: BenchApp; limber: BenchApp }, desktop: Desktop, count: number, settleMs: number): Promise<BreaksSample> {
  // As in the idle rounds, the first start of a freshly copied runtime is left unmeasured: it holds more memory.
  for (const app of [apps.bare, apps.limber]) await idleSample(app, desktop, 1000);
  const { memory: bare } = await idleSample(apps.bare, desktop, settleMs);
  const { run, iconId } = await startToTray(apps.limber, desktop, returningUser());
  try {
    const afterStart = await settledMemory(run, settleMs);
    await oneBreak(run, desktop, iconId);
    const afterFirst = await settledMemory(run, settleMs);
    for (let i = 1; i < count; i++) await oneBreak(run, desktop, iconId);
    const afterLast = await settledMemory(run, settleMs);
    return { count, bare, afterStart, afterFirst, afterLast, growthMb: afterLast.totalMb - afterFirst.totalMb };
  } finally {
    await stopAndClearTray(run, desktop);
  }
}
