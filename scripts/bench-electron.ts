// Limber against a bare Electron tray app, both packaged on the same real Electron, on a virtual desktop:
// `npm run bench:electron [-- --rounds 5 --idle-minutes 5 --prompts 1 --floors 5 --breaks 50 --only idle,cpu,prompt,breaks]`;
// `--limber path/to/linux-unpacked/limber` measures another packaged build of Limber instead of release/.
// It measures and reports; it asserts nothing and exits 0 whatever the figures are. Memory is read 30 s after the
// tray icon appears by default: V8's memory reducer shrinks a heap grown at start between 20 and 30 s after it
// (Limber's main process: heap 16.9 → 8.6 MB, new space 8 → 1 MB, 4 MB less PSS), so earlier is not settled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { findRuntime } from './electron-runtime';
import { ROOT } from './package-linux';
import { otherLimber, packagedBareTray, packagedLimber, type BenchApp } from './bench-electron/apps';
import { breaksSample, floorSample, idleCpu, idleSample, promptSample } from './bench-electron/figures';
import { watchMapEvents, type MapEvents } from './bench-electron/map-events';
import { figures, idleAfterBreaks, memoryByKind, table, type Samples } from './bench-electron/report';
import { DESKTOP_PROGRAMS, startDesktop, type Desktop } from '../harness/desktop';
import { missingPrograms } from '../harness/programs';

const PARTS = ['idle', 'cpu', 'prompt', 'breaks'] as const;
type Part = (typeof PARTS)[number];

function options() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      'idle-minutes': { type: 'string', default: '5' },
      prompts: { type: 'string', default: '1' },
      floors: { type: 'string', default: '5' },
      breaks: { type: 'string', default: '50' },
      'settle-seconds': { type: 'string', default: '30' },
      only: { type: 'string', default: PARTS.join(',') },
      json: { type: 'string', default: join(ROOT, 'test-results', 'bench-electron.json') },
      limber: { type: 'string' },
    },
  });
  const only = values.only.split(',').filter((part): part is Part => (PARTS as readonly string[]).includes(part));
  return {
    rounds: Number(values.rounds), idleMinutes: Number(values['idle-minutes']), prompts: Number(values.prompts), floors: Number(values.floors),
    breaks: Number(values.breaks), settleMs: Number(values['settle-seconds']) * 1000, only: new Set(only), json: values.json,
    limber: values.limber,
  };
}
type Options = ReturnType<typeof options>;


/** Why this machine can't run the bench, or null. */
function whyNot(): string | null {
  const runtime = findRuntime();
  if ('missing' in runtime) return runtime.missing;
  const missing = missingPrograms([...DESKTOP_PROGRAMS, 'dbus-monitor', 'wmctrl', 'xev', 'stdbuf']);
  if (missing.length === 0) return null;
  return `no ${missing.join(', ')} (apt-get install xvfb dbus xsettingsd dunst libnotify-bin openbox trayer xdotool x11-utils x11-xserver-utils imagemagick wmctrl)`;
}

const say = (line: string) => { console.log(line); };

/** startDesktop, tried again: it sometimes times out while other virtual desktops start beside it. */
async function desktopWithRetry(tries = 3): Promise<Desktop> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startDesktop();
    } catch (error) {
      if (attempt >= tries) throw error;
      say(`The virtual desktop did not start (${String(error)}); trying again.`);
    }
  }
}

/**
 * Rounds of bare, Limber, bare, Limber…: each app on a fresh home folder, so drift on the machine hits both alike.
 * One unmeasured start of each comes first: the first start of a freshly copied runtime measured 18 MB more PSS.
 */
async function idleRounds(apps: BenchApp[], desktop: Desktop, o: Options): Promise<Samples['idle']> {
  const idle: Samples['idle'] = { bare: [], limber: [] };
  for (const app of apps) await idleSample(app, desktop, 1000);
  for (let round = 1; round <= o.rounds; round++) {
    for (const app of apps) {
      const sample = await idleSample(app, desktop, o.settleMs);
      idle[app.name].push(sample);
      say(`  round ${round} ${app.name.padEnd(6)} tray icon ${sample.launchMs} ms (CPU ${sample.launchCpuMs.toFixed(0)} ms), PSS ${sample.memory.totalMb.toFixed(1)} MB, ${sample.renderers} renderers`);
    }
  }
  return idle;
}

async function measure(apps: BenchApp[], desktop: Desktop, maps: MapEvents, o: Options): Promise<Samples> {
  const samples: Samples = { idle: { bare: [], limber: [] }, cpu: null, prompts: [], floors: [], breaks: null };
  const limber = apps.find((app) => app.name === 'limber');
  const bare = apps.find((app) => app.name === 'bare');
  if (!limber || !bare) throw new Error('no Limber or no bare app');
  if (o.only.has('idle')) {
    say(`Idle: ${o.rounds} interleaved rounds, ${o.settleMs / 1000} s after the tray icon appears`);
    samples.idle = await idleRounds(apps, desktop, o);
    say(memoryByKind(samples.idle));
  }
  if (o.only.has('cpu')) {
    say(`CPU: both apps idle side by side for ${o.idleMinutes} min, no input`);
    samples.cpu = await idleCpu(apps, desktop, o.idleMinutes, o.settleMs);
  }
  if (o.only.has('prompt') || o.only.has('breaks')) {
    say(`Floors: ${o.floors} starts of the bare app showing a window it loaded hidden, then idle after it`);
    // As in the idle rounds, the first start of a freshly copied runtime is left unmeasured: it holds more memory.
    if (!o.only.has('idle')) await idleSample(bare, desktop, 1000);
    for (let i = 1; i <= o.floors; i++) {
      const floor = await floorSample(bare, desktop, maps, o.settleMs);
      samples.floors.push(floor);
      say(`  show → mapped ${floor.showToMappedMs} ms (painted by ${floor.paintedCheckMs} ms after), idle after it ${floor.afterOneWindow.totalMb.toFixed(1)} MB`);
    }
  }
  for (let i = 1; o.only.has('prompt') && i <= o.prompts; i++) {
    say(`Prompt ${i} of ${o.prompts}: a micro break every 2 minutes, with real input every 5 s`);
    const sample = await promptSample(limber, desktop, maps);
    samples.prompts.push(sample);
    say(`  due → prompt ${sample.dueToPromptMs} ms (Notify → prompt ${sample.notifyToPromptMs ?? '?'} ms), Start → break ${sample.startToBreakMs} ms; ${sample.windows.join(', ')}`);
  }
  if (o.only.has('breaks')) {
    say(`Breaks: ${o.breaks} break windows opened with --break-now and closed`);
    samples.breaks = await breaksSample({ bare, limber }, desktop, o.breaks, o.settleMs);
    say(idleAfterBreaks(samples.breaks, samples.floors));
  }
  return samples;
}

async function main() {
  const why = whyNot();
  if (why) {
    say(`bench:electron: not run here: ${why}.`);
    return;
  }
  const o = options();
  const work = mkdtempSync(join(tmpdir(), 'bench-electron-'));
  const limber = o.limber ? otherLimber(o.limber) : await packagedLimber(say);
  const apps = [await packagedBareTray(work), limber];
  const desktop = await desktopWithRetry();
  const maps = watchMapEvents(desktop);
  try {
    say(`bench:electron on ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const samples = await measure(apps, desktop, maps, o);
    const rows = figures(samples);
    say(`\n${table(rows)}\n(load at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
    mkdirSync(dirname(o.json), { recursive: true });
    writeFileSync(o.json, `${JSON.stringify({ date: new Date().toISOString(), options: { ...o, only: [...o.only] }, figures: rows, samples: { ...samples, cpu: samples.cpu && Object.fromEntries(samples.cpu) } }, null, 2)}\n`);
    say(`Written to ${o.json}`);
  } finally {
    maps.stop();
    await desktop.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
