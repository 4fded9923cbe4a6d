import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../core/engine/engine';
import { createSimWorld } from '../../../core/replay/world';
import { parseSettings } from '../../../core/settings/parse';
import { LONG_ONLY, replayLines, timeline, type TraceLine } from '../../helpers/replay';

const withPrelude = { ...LONG_ONLY, preludeSeconds: 30 };
const run = (settings: object, ...lines: TraceLine[]) => replayLines([{ settings }, { t: 0, user: 'active' }, ...lines]);
const holds = ['prelude', 'due', 'held', 'hold-ended', 'natural-break', 'break-taken'];

// Busy is read 15 s before a decision, then every 30 s while a break is held; the held break is offered at the first
// reading that finds the user free 30 s after an earlier reading did.
describe('a break falling due while the user is busy', () => {
  it('is held, not prompted, and offered within a minute after the call with how long it waited', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 3600, busy: 'none' }, { t: 3900, end: true });
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3645 hold-ended long free call heldSeconds=945',
      '3645 due long held={"reason":"call","heldSeconds":945}',
    ]);
  });

  it('keeps the streak counting through the hold: the call was sitting', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 3600, busy: 'none' }, { t: 4000, end: true });
    expect(result.summary.longestSittingSeconds).toBe(4000);
  });

  it('holds a heads-up too, and after the hold skips straight to the prompt', () => {
    const result = run(withPrelude, { t: 2000, busy: 'fullscreen' }, { t: 2690, busy: 'none' }, { t: 3000, end: true });
    expect(timeline(result, holds)).toEqual([
      '2670 held long fullscreen',
      '2745 hold-ended long free fullscreen heldSeconds=75',
      '2745 due long held={"reason":"fullscreen","heldSeconds":75}',
    ]);
  });

  it('offers nothing between two parts of a call that dropped and reconnected', () => {
    const result = run(LONG_ONLY,
      { t: 2600, busy: 'call' }, { t: 2950, busy: 'none' }, { t: 2975, busy: 'call' }, { t: 3500, busy: 'none' },
      { t: 3700, end: true });
    // Free at the reading at 2955, busy again at 2985: no prompt. Free at 3525, and still at 3555.
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3555 hold-ended long free call heldSeconds=855',
      '3555 due long held={"reason":"call","heldSeconds":855}',
    ]);
  });

  it('prompts anyway once the hold reaches its ceiling, and reminds as usual after it', () => {
    const result = run({ ...LONG_ONLY, busy: { holdMaxMinutes: 30 } }, { t: 2600, busy: 'call' }, { t: 5000, end: true });
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '4500 hold-ended long ceiling call heldSeconds=1800',
      '4500 due long held={"reason":"call","heldSeconds":1800}',
      '4800 due long repeat=1',
    ]);
  });

  it('counts a silent call as sitting: no keyboard input is not an absence while busy', () => {
    const result = run(LONG_ONLY, { t: 500, busy: 'call' }, { t: 600, user: 'idle' },
      { t: 3000, busy: 'none' }, { t: 3000, user: 'active' }, { t: 3300, end: true });
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3045 hold-ended long free call heldSeconds=345',
      '3045 due long held={"reason":"call","heldSeconds":345}',
    ]);
    expect(result.summary.natural).toBe(0);
  });

  it('still counts leaving the desk after the call as a natural break, from the last input', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 2800, user: 'idle' }, { t: 2800, busy: 'none' },
      { t: 3400, user: 'active' }, { t: 3500, end: true });
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '2835 hold-ended long free call heldSeconds=135',
      '2835 due long held={"reason":"call","heldSeconds":135}',
      '3430 natural-break awaySeconds=630',
      '3430 break-taken long natural',
    ]);
  });

  it('ends the hold when the screen locks, and lets the natural break answer the held break', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'dnd' }, { t: 2800, system: 'lock' }, { t: 3200, system: 'unlock' },
      { t: 3300, end: true });
    expect(timeline(result, holds)).toEqual([
      '2700 held long dnd',
      '2800 hold-ended long quiet dnd heldSeconds=100',
      '3200 natural-break awaySeconds=400',
      '3200 break-taken long natural',
    ]);
  });

  it('counts only time in which a prompt could come: a pause ends the hold, and the break held again after is one held break', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 3000, action: 'pause', minutes: 30 }, { t: 5400, busy: 'none' },
      { t: 5700, end: true });
    // Its prompt tells the whole wait, both holds.
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3000 hold-ended long quiet call heldSeconds=300',
      '4800 held long call',
      '5445 hold-ended long free call heldSeconds=645 again=true',
      '5445 due long held={"reason":"call","heldSeconds":945}',
    ]);
  });

  it('reaches the ceiling on all the holds of a break: a short lock does not start it again', () => {
    const result = run({ ...LONG_ONLY, busy: { holdMaxMinutes: 30 } },
      { t: 2600, busy: 'call' }, { t: 3300, system: 'lock' }, { t: 3360, system: 'unlock' }, { t: 4700, end: true });
    // Held 600 s, then again after the return's grace: the 1200 s left of the ceiling.
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3300 hold-ended long quiet call heldSeconds=600',
      '3420 held long call',
      '4620 hold-ended long ceiling call heldSeconds=1200 again=true',
      '4620 due long held={"reason":"call","heldSeconds":1800}',
    ]);
  });

  it('keeps the holds a break has had across a restart: the ceiling still comes at their sum', () => {
    const result = run({ ...LONG_ONLY, busy: { holdMaxMinutes: 30 } },
      { t: 2600, busy: 'call' }, { t: 3300, system: 'lock' }, { t: 3360, system: 'unlock' }, { t: 3380, restart: 5 }, { t: 4800, end: true });
    expect(timeline(result, holds).at(-1)).toMatch(/^46\d\d due long held=\{"reason":"call","heldSeconds":1800\}$/);
  });

  it('gives the next break a ceiling of its own', () => {
    const result = run({ ...LONG_ONLY, busy: { holdMaxMinutes: 30 } },
      { t: 2600, busy: 'call' }, { t: 3300, system: 'lock' }, { t: 3360, system: 'unlock' }, { t: 4700, action: 'skip' }, { t: 9300, end: true });
    expect(timeline(result, [...holds, 'skipped']).slice(4)).toEqual([
      '4620 due long held={"reason":"call","heldSeconds":1800}',
      '4700 skipped long',
      '7400 held long call',
      '9200 hold-ended long ceiling call heldSeconds=1800',
      '9200 due long held={"reason":"call","heldSeconds":1800}',
    ]);
  });

  it('ends the hold when the user takes the break from the tray', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'dnd' }, { t: 2800, action: 'start-break' }, { t: 2900, end: true });
    expect(timeline(result, holds)).toEqual(['2700 held long dnd', '2800 hold-ended long answered dnd heldSeconds=100']);
  });

  it('ignores a signal that is switched off, and reads nothing when all are off', () => {
    const dndOff = run({ ...LONG_ONLY, busy: { dnd: false } }, { t: 2600, busy: 'dnd' }, { t: 2800, end: true });
    expect(timeline(dndOff, holds)).toEqual(['2700 due long']);
    const allOff = run({ ...LONG_ONLY, busy: { call: false, fullscreen: false, dnd: false } },
      { t: 2600, busy: 'call' }, { t: 2800, end: true });
    expect(timeline(allOff, holds)).toEqual(['2700 due long']);
    expect(allOff.summary.busyReads).toBe(0);
  });

  it('stops holding at once when the signal holding it is switched off, and reads the others before prompting', () => {
    const parsed = parseSettings(LONG_ONLY);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const world = createSimWorld(Date.parse('2026-03-02T09:00:00Z'));
    const seen: string[] = [];
    let reads = 0;
    const engine = createEngine(parsed.value, {
      clock: world.clock, readIdleSeconds: world.readIdleSeconds, utcOffset: () => 0, setTimer: world.setTimer,
      readSignals: (wanted, reply) => { reads++; world.readSignals(wanted, reply); },
      onEvent: (e) => { seen.push(`${world.elapsed() / 1000} ${e.event}`); },
    });
    world.busy('call');
    world.advanceTo(2800_000);
    expect(seen).toEqual(['2700 held']);
    const before = reads;
    engine.updateSettings({ ...parsed.value, busy: { ...parsed.value.busy, call: false } });
    expect(seen).toEqual(['2700 held', '2800 hold-ended', '2800 due']);
    expect(reads).toBe(before + 1);
    engine.stop();
  });

  it('waits for a reading before a prompt that a click brings, and holds it if the user is busy', () => {
    const result = run(LONG_ONLY, { t: 100, action: 'pause', until: 'resume' }, { t: 2000, busy: 'call' },
      { t: 3000, action: 'resume' }, { t: 3100, end: true });
    expect(timeline(result, [...holds, 'resumed'])).toEqual(['3000 resumed', '3000 held long call']);
  });
});

describe('a hold across a restart of Limber', () => {
  it('stays one hold, read again at once, and ends as it would have', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 3000, restart: 5 }, { t: 3600, busy: 'none' }, { t: 3900, end: true });
    // Read at 3005 on the restart, then every 30 s from there: free at 3605, offered at 3635.
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3635 hold-ended long free call heldSeconds=935',
      '3635 due long held={"reason":"call","heldSeconds":935}',
    ]);
  });
});

describe('a break held to its ceiling, across a restart', () => {
  it('stays spent: it is not announced afresh, nor held again', () => {
    const settings = { ...LONG_ONLY, busy: { holdMaxMinutes: 15 } };
    const result = run(settings, { t: 2600, busy: 'call' }, { t: 3700, restart: 5 }, { t: 4000, end: true });
    expect(timeline(result, [...holds, 'due'])).toEqual([
      '2700 held long call',
      '3600 hold-ended long ceiling call heldSeconds=900',
      '3600 due long held={"reason":"call","heldSeconds":900}',
      '3900 due long repeat=1',
    ]);
    expect(result.summary.prompts).toBe(1);
  });
});

describe('busy readings', () => {
  it('are taken once ahead of each prompt on an ordinary day, and twice a minute while a break is held', () => {
    const ordinary = run({}, { t: 3600, end: true });
    const prompts = ordinary.events.filter((e) => e.event === 'prelude' || e.event === 'due').length;
    expect(ordinary.summary.busyReads).toBe(prompts);

    const held = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 2700 + 3600, end: true });
    expect(held.summary.busyReads).toBeGreaterThanOrEqual(120);
    expect(held.summary.busyReads).toBeLessThanOrEqual(123);
  });

  it('are not taken while the user is away or the screen is locked', () => {
    const result = run(LONG_ONLY, { t: 100, system: 'lock' }, { t: 3600, end: true });
    expect(result.summary.busyReads).toBe(0);
  });
});

/** An engine on a simulated desk where the user keeps typing, for looking at its snapshots as time goes by. */
function atDesk(settings: object) {
  const parsed = parseSettings(settings);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const world = createSimWorld(Date.parse('2026-03-02T09:00:00Z'));
  const engine = createEngine(parsed.value, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer,
    onEvent: () => undefined,
  });
  const at = (t: number) => {
    world.advanceTo(t * 1000);
    return engine.snapshot();
  };
  return { world, engine, at };
}

describe('a signal found on reading after reading', () => {
  it('is a run that the snapshot tells, as of its latest reading', () => {
    const { world, engine, at } = atDesk(LONG_ONLY);
    world.busy('dnd');
    // Read first 15 s ahead of the break at 2700, then twice a minute while it is held, up to the ceiling at 9900.
    expect(at(2600).busyRun).toBeUndefined();
    expect(at(2700).busyRun).toEqual({ reason: 'dnd', seconds: 0 });
    expect(at(9000).busyRun).toEqual({ reason: 'dnd', seconds: 8985 - 2685 });
    expect(at(9900).busyRun).toEqual({ reason: 'dnd', seconds: 7200 });
    // After the ceiling, the reminders every 5 minutes are read ahead too.
    expect(at(12000).busyRun).toEqual({ reason: 'dnd', seconds: 11985 - 2685 });
    engine.stop();
  });

  it('starts again after a reading that finds it off, or one that finds another signal', () => {
    const { world, engine, at } = atDesk(LONG_ONLY);
    world.busy('call');
    at(4000);
    world.busy(null);
    expect(at(4010).busyRun).toBeUndefined();
    world.busy('call');
    expect(at(4100).busyRun).toEqual({ reason: 'call', seconds: 4095 - 4035 });
    world.busy('fullscreen');
    expect(at(4130).busyRun).toEqual({ reason: 'fullscreen', seconds: 0 });
    engine.stop();
  });

  it('is not told across half an hour without a reading, as during a long lock', () => {
    const { world, engine, at } = atDesk({ ...LONG_ONLY, awayMinutes: 60 });
    world.busy('call');
    expect(at(3000).busyRun).toEqual({ reason: 'call', seconds: 2985 - 2685 });
    world.system('lock');
    engine.system('lock');
    // The last reading was at 2985.
    expect(at(2985 + 30 * 60).busyRun).toBeDefined();
    const back = 2985 + 30 * 60 + 1;
    expect(at(back).busyRun).toBeUndefined();
    world.system('unlock');
    engine.system('unlock');
    // Read again 15 s before the return's grace of a minute ends: a new run.
    expect(at(back + 60).busyRun).toEqual({ reason: 'call', seconds: 0 });
    engine.stop();
  });

  it('ends when its switch is turned off', () => {
    const { world, engine, at } = atDesk(LONG_ONLY);
    world.busy('call');
    expect(at(3000).busyRun).toBeDefined();
    const parsed = parseSettings({ ...LONG_ONLY, busy: { call: false } });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    engine.updateSettings(parsed.value);
    expect(engine.snapshot().busyRun).toBeUndefined();
    engine.stop();
  });
});

describe('the break a hold made late', () => {
  it('keeps what held it while due, for the prompt to say, and drops it at a snooze or a reminder', () => {
    const { world, engine, at } = atDesk(LONG_ONLY);
    world.busy('call');
    at(3000);
    world.busy(null);
    expect(at(3100).pending).toEqual({ kind: 'long', phase: 'due', afterHold: { reason: 'call', heldSeconds: 345, ceiling: false } });
    // The reminder 5 minutes of sitting later is an ordinary one.
    expect(at(3400).pending).toEqual({ kind: 'long', phase: 'due' });
    engine.stop();

    const snoozing = atDesk(LONG_ONLY);
    snoozing.world.busy('call');
    snoozing.at(3000);
    snoozing.world.busy(null);
    snoozing.at(3100);
    snoozing.engine.act({ action: 'snooze' });
    expect(snoozing.engine.snapshot().pending).toEqual({ kind: 'long', phase: 'snoozed' });
    snoozing.engine.stop();
  });

  it('says when the hold reached its ceiling', () => {
    const { world, engine, at } = atDesk({ ...LONG_ONLY, busy: { holdMaxMinutes: 30 } });
    world.busy('fullscreen');
    expect(at(4600).pending).toEqual({ kind: 'long', phase: 'due', afterHold: { reason: 'fullscreen', heldSeconds: 1800, ceiling: true } });
    engine.stop();
  });

  it('is told the whole wait while held, every hold of the break added up', () => {
    const { world, engine, at } = atDesk(LONG_ONLY);
    world.busy('call');
    at(3300);
    world.system('lock');
    engine.system('lock');
    at(3360);
    world.system('unlock');
    engine.system('unlock');
    // Held 600 s before the lock, and again from 3420 after the return's grace.
    expect(at(3500).held).toMatchObject({ reason: 'call', seconds: 680 });
    engine.stop();
  });
});
