import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../electron/core/engine/engine';
import { createSimWorld } from '../../../../electron/core/replay/world';
import { parseSettings } from '../../../../electron/core/settings/parse';
import { LONG_ONLY, replayLines, timeline, type TraceLine } from '../../../helpers/replay';

const withPrelude = { ...LONG_ONLY, preludeSeconds: 30 };
const run = (settings: object, ...lines: TraceLine[]) => replayLines([{ settings }, { t: 0, user: 'active' }, ...lines]);
const holds = ['prelude', 'due', 'held', 'hold-ended', 'natural-break', 'break-taken'];

// Busy is read 15 s before a decision, then every 60 s while a break is held; the held break is offered at the first
// reading that finds the user free a minute after an earlier reading did.
describe('a break falling due while the user is busy', () => {
  it('is held, not prompted, and offered after the call with how long it waited', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 3600, busy: 'none' }, { t: 4000, end: true });
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3705 hold-ended long free call heldSeconds=1005',
      '3705 due long held={"reason":"call","heldSeconds":1005}',
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
      '2775 hold-ended long free fullscreen heldSeconds=105',
      '2775 due long held={"reason":"fullscreen","heldSeconds":105}',
    ]);
  });

  it('offers nothing between two parts of a call that dropped and reconnected', () => {
    const result = run(LONG_ONLY,
      { t: 2600, busy: 'call' }, { t: 2950, busy: 'none' }, { t: 3030, busy: 'call' }, { t: 3500, busy: 'none' },
      { t: 3700, end: true });
    // Free at the reading at 2985, busy again at 3045: no prompt. Free at 3525, and still at 3585.
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3585 hold-ended long free call heldSeconds=885',
      '3585 due long held={"reason":"call","heldSeconds":885}',
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
      '3105 hold-ended long free call heldSeconds=405',
      '3105 due long held={"reason":"call","heldSeconds":405}',
    ]);
    expect(result.summary.natural).toBe(0);
  });

  it('still counts leaving the desk after the call as a natural break, from the last input', () => {
    const result = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 2800, user: 'idle' }, { t: 2800, busy: 'none' },
      { t: 3400, user: 'active' }, { t: 3500, end: true });
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '2865 hold-ended long free call heldSeconds=165',
      '2865 due long held={"reason":"call","heldSeconds":165}',
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
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3000 hold-ended long quiet call heldSeconds=300',
      '4800 held long call',
      '5505 hold-ended long free call heldSeconds=705 again=true',
      '5505 due long held={"reason":"call","heldSeconds":705}',
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
      readBusy: (enabled, reply) => { reads++; world.readBusy(enabled, reply); },
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
    // Read at 3005 on the restart, then every minute from there: free at 3605, offered at 3665.
    expect(timeline(result, holds)).toEqual([
      '2700 held long call',
      '3665 hold-ended long free call heldSeconds=965',
      '3665 due long held={"reason":"call","heldSeconds":965}',
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
  it('are taken once ahead of each prompt on an ordinary day, and once a minute while a break is held', () => {
    const ordinary = run({}, { t: 3600, end: true });
    const prompts = ordinary.events.filter((e) => e.event === 'prelude' || e.event === 'due').length;
    expect(ordinary.summary.busyReads).toBe(prompts);

    const held = run(LONG_ONLY, { t: 2600, busy: 'call' }, { t: 2700 + 3600, end: true });
    expect(held.summary.busyReads).toBeGreaterThanOrEqual(60);
    expect(held.summary.busyReads).toBeLessThanOrEqual(63);
  });

  it('are not taken while the user is away or the screen is locked', () => {
    const result = run(LONG_ONLY, { t: 100, system: 'lock' }, { t: 3600, end: true });
    expect(result.summary.busyReads).toBe(0);
  });
});
