// Replays a year of generated working days through the engine and reports cost: run with `npm run bench`.
import './in-english';
import { performance } from 'node:perf_hooks';
import { replay } from '../core/replay/replay';
import type { Trace, TraceStep } from '../core/replay/trace';
import { DEFAULT_SETTINGS } from '../core/settings/schema';
import { seededRandom } from './seeded-random';

const DAY = 86_400;
const RUNS = 7;

/** A year of weekdays at a desk: arrive, work with pauses, meetings and lunch, react to prompts, sleep the machine. */
function workingYear(seed: number): { trace: Trace; days: number; deskSeconds: number; awakeSeconds: number } {
  const rnd = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo));
  const steps: Trace['steps'] = [];
  const at = (t: number, step: TraceStep) => { steps.push({ ...step, t, line: steps.length + 1 }); };
  let days = 0;
  let deskSeconds = 0;
  let awakeSeconds = 0;
  at(0, { system: 'suspend' });
  for (let day = 0; day < 364; day++) {
    if (day % 7 >= 5) continue;
    days++;
    const leave = day * DAY + between(17 * 3600, 18.5 * 3600);
    let t = day * DAY + between(8 * 3600, 9.5 * 3600);
    awakeSeconds += leave - t;
    at(t, { system: 'resume' });
    at(t, { user: 'active' });
    const lunch = day * DAY + between(12 * 3600, 13 * 3600);
    let lunched = false;
    while (t < leave) {
      const work = between(300, 1500);
      deskSeconds += Math.min(work, leave - t);
      t += work;
      if (t >= leave) break;
      const roll = rnd();
      if (!lunched && t >= lunch) {
        lunched = true;
        at(t, { system: 'lock' });
        t += between(1800, 3600);
        at(t, { system: 'unlock' });
      } else if (roll < 0.35) {
        at(t, { user: 'idle' });
        const pause = between(20, 240);
        deskSeconds += pause;
        t += pause;
        at(t, { user: 'active' });
      } else if (roll < 0.45) {
        at(t, { user: 'idle' });
        t += between(1800, 3600);
        at(t, { user: 'active' });
      } else if (roll < 0.7) {
        at(t, { action: { action: 'start-break' } });
        t += between(30, 300);
        at(t, { action: { action: 'finish-break' } });
      } else if (roll < 0.8) at(t, { action: { action: 'snooze' } });
      else if (roll < 0.85) at(t, { action: { action: 'skip' } });
      else if (roll < 0.9) {
        at(t, { system: 'lock' });
        t += between(30, 240);
        at(t, { system: 'unlock' });
      }
    }
    at(leave, { system: 'suspend' });
  }
  at(364 * DAY, { end: true });
  const trace: Trace = { start: Date.parse('2026-01-05T00:00:00Z'), utcOffsetMinutes: 0, settings: DEFAULT_SETTINGS, steps };
  return { trace, days, deskSeconds, awakeSeconds };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const { trace, days, deskSeconds, awakeSeconds } = workingYear(2026);
const times: number[] = [];
let result = replay(trace);
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  result = replay(trace);
  times.push(performance.now() - started);
}
const yearMs = median(times);
const awakeHours = awakeSeconds / 3600;
const deskHours = deskSeconds / 3600;
const { summary } = result;
console.log(`replayed ${days} working days (${trace.steps.length} trace lines), median of ${RUNS} runs`);
console.log(`  year:            ${yearMs.toFixed(0)} ms  (target < 2000 ms)`);
console.log(`  per day:         ${(yearMs / days).toFixed(2)} ms`);
console.log(`  wakeups:         ${summary.wakeups}`);
console.log(`  per active hour: ${(summary.wakeups / awakeHours).toFixed(1)}  (${awakeHours.toFixed(0)} h with the machine awake and Limber running; target <= 130)`);
console.log(`  per desk hour:   ${(summary.wakeups / deskHours).toFixed(1)}  (${deskHours.toFixed(0)} h typing or pausing at the desk; reads go on in meetings and at lunch)`);
console.log(`  prompts ${summary.prompts}, taken ${summary.taken}, natural ${summary.natural}, snoozed ${summary.snoozed}, skipped ${summary.skipped}`);

/** A working day in one long call, with the hold's ceiling at its highest: every minute of it is held. */
function dayInACall(): Trace {
  const steps: Trace['steps'] = [
    { user: 'active', t: 0, line: 1 }, { busy: 'call', t: 60, line: 2 }, { end: true, t: 8 * 3600, line: 3 },
  ];
  return { start: Date.parse('2026-01-05T09:00:00Z'), utcOffsetMinutes: 0, settings: { ...DEFAULT_SETTINGS, busy: { ...DEFAULT_SETTINGS.busy, holdMaxMinutes: 480 } }, steps };
}
const held = replay(dayInACall());
const heldHours = held.events.reduce((sum, e) => sum + (e.event === 'hold-ended' ? e.heldSeconds : 0), 0) / 3600
  || (8 * 3600 - (held.events.find((e) => e.event === 'held')?.t ?? 0)) / 3600;
console.log(`  busy reads:      ${(summary.busyReads / awakeHours).toFixed(1)} per ordinary hour (one ahead of each heads-up, prompt and natural break)`);
console.log(`                   ${(held.summary.busyReads / heldHours).toFixed(1)} per held hour (a day in one call: ${held.summary.busyReads} reads over ${heldHours.toFixed(1)} h held)`);

/** Two hours of video watched without touching the keyboard or mouse: read again each time the stillness nears awayMinutes. */
function twoHourVideo(): Trace {
  const steps: Trace['steps'] = [
    { user: 'active', t: 0, line: 1 }, { user: 'idle', t: 60, line: 2 }, { media: 'playing', t: 60, line: 3 },
    { media: 'stopped', t: 60 + 7200, line: 4 }, { end: true, t: 60 + 7200, line: 5 },
  ];
  return { start: Date.parse('2026-01-05T09:00:00Z'), utcOffsetMinutes: 0, settings: DEFAULT_SETTINGS, steps };
}
const watched = replay(twoHourVideo());
console.log(`                   ${(watched.summary.busyReads / 2).toFixed(1)} per watched hour (a 2-hour video with no input: ${watched.summary.busyReads} reads, ${watched.summary.natural} natural breaks, ${watched.summary.prompts} breaks prompted)`);
