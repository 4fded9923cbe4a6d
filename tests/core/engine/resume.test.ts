import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../core/engine/engine';
import { downtime, resumeState } from '../../../core/engine/resume';
import { salvageSavedEngine, shouldSave, type MachineTime, type SavedEngine } from '../../../core/engine/saved';
import { MINUTE } from '../../../core/engine/timing';
import type { UserAction } from '../../../core/engine/types';
import { createSimWorld } from '../../../core/replay/world';
import { replayLines, type TraceLine } from '../../helpers/replay';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/schema';

const START = Date.parse('2026-03-02T09:00:00Z');
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  microBreak: { ...DEFAULT_SETTINGS.microBreak, everyMinutes: 20 },
  longBreak: { ...DEFAULT_SETTINGS.longBreak, enabled: false },
  awayMinutes: 5,
  preludeSeconds: 30,
  workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: false },
};

/** Runs an engine on a simulated desk for `minutes` of typing (with `actions` first), and saves it as Limber quits. */
function savedAfter(minutes: number, actions: UserAction[] = []): SavedEngine {
  const world = createSimWorld(START);
  const engine = createEngine(SETTINGS, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer, onEvent: () => undefined,
  });
  for (const action of actions) engine.act(action);
  world.advanceTo(minutes * MINUTE);
  const saved = engine.save(world.machine());
  engine.stop();
  return saved;
}

const machineAfter = (saved: SavedEngine, ms: number, asleep = 0): MachineTime =>
  ({ monoMs: saved.machine.monoMs + ms - asleep, uptimeMs: saved.machine.uptimeMs + ms, bootId: saved.machine.bootId });

/** Limber starting `ms` after the save, with the user's last input `idleSeconds` ago. */
function resume(saved: SavedEngine | null, ms: number, idleSeconds: number, machine?: MachineTime) {
  const wall = (saved?.savedAt ?? START) + ms;
  const at = { mono: 1_000, wall, idleSeconds };
  return resumeState(saved, SETTINGS, at, machine ?? (saved ? machineAfter(saved, ms) : { monoMs: 0, uptimeMs: 0, bootId: null }), () => 0);
}
const sittingMinutes = (saved: SavedEngine) => saved.sitting.sit / MINUTE;

describe('resuming the engine from what it saved', () => {
  it('goes on counting after a quick restart, so the next break comes at its usual time', () => {
    const saved = savedAfter(15);
    const { state, events } = resume(saved, 10_000, 0);
    expect(events).toEqual([]);
    expect((state.sit - state.streakFrom) / MINUTE).toBeCloseTo(15 + 10 / 60, 5);
    expect(state.microFrom).toBe(0);
  });

  it('counts a stop of awayMinutes or more with no input since as a natural break', () => {
    const saved = savedAfter(15);
    const { state } = resume(saved, 6 * MINUTE, 6 * 60 + 2);
    expect(state.away).toBe(true);
    expect(state.sit / MINUTE).toBeCloseTo(sittingMinutes(saved), 0);
  });

  it('counts an unseen stretch of awayMinutes or more before the last input as a natural break, and a shorter one as sitting', () => {
    const long = resume(savedAfter(15), 8 * MINUTE, 30);
    expect(long.events.map((e) => e.event)).toContain('natural-break');
    expect(long.state.streakFrom).toBe(long.state.microFrom);
    const short = resume(savedAfter(15), 3 * MINUTE, 0);
    expect(short.events).toEqual([]);
    expect((short.state.sit - short.state.streakFrom) / MINUTE).toBeCloseTo(18, 1);
  });

  it('does not count the time a machine was asleep or off as sitting, but keeps the streak when that was short', () => {
    const saved = savedAfter(15);
    const slept = resume(saved, 3 * MINUTE, 0, machineAfter(saved, 3 * MINUTE, 2 * MINUTE));
    expect(slept.events).toEqual([]);
    expect(slept.state.sit / MINUTE).toBeCloseTo(16, 1);
    const rebooted = resume(saved, 4 * MINUTE, 0, { monoMs: 60_000, uptimeMs: 60_000, bootId: 'another boot' });
    expect(rebooted.events).toEqual([]);
    expect(rebooted.state.sit / MINUTE).toBeCloseTo(16, 1);
  });

  it('measures the stop with the machine clocks, not a wall clock that was changed meanwhile', () => {
    const saved = savedAfter(15);
    const gap = downtime(saved, saved.savedAt + 3 * 3_600_000, machineAfter(saved, 20_000));
    expect(gap).toEqual({ elapsed: 20_000, asleep: 0 });
    const { state, events } = resumeState(saved, SETTINGS, { mono: 0, wall: saved.savedAt + 3 * 3_600_000, idleSeconds: 0 },
      machineAfter(saved, 20_000), () => 0);
    expect(events).toEqual([]);
    expect(state.sit / MINUTE).toBeCloseTo(15 + 1 / 3, 1);
  });

  it('tells one boot from another by the boot time where the system names no boot', () => {
    const saved = { ...savedAfter(15), machine: { monoMs: 5_000_000, uptimeMs: 5_000_000, bootId: null } };
    // Same boot: the boot time (wall clock less uptime) is where it was.
    expect(downtime(saved, saved.savedAt + 60_000, { monoMs: 5_060_000, uptimeMs: 5_060_000, bootId: null }))
      .toEqual({ elapsed: 60_000, asleep: 0 });
    // A reboot five minutes after the save, and two minutes up since: off for three.
    expect(downtime(saved, saved.savedAt + 5 * MINUTE, { monoMs: 2 * MINUTE, uptimeMs: 2 * MINUTE, bootId: null }))
      .toEqual({ elapsed: 5 * MINUTE, asleep: 3 * MINUTE });
  });

  it('keeps a pause in force, and ends one that ran out with the heads-up for an overdue break', () => {
    const tomorrow = resume(savedAfter(1, [{ action: 'pause', until: 'tomorrow' }]), 5_000, 0);
    expect(tomorrow.state.pause).toMatchObject({ untilWall: expect.any(Number) as number });
    // Paused for 30 minutes, with the micro break falling due at 20 meanwhile.
    const saved = savedAfter(29, [{ action: 'pause', minutes: 30 }]);
    expect(resume(saved, 30_000, 0).state.pause).toMatchObject({ untilMono: expect.any(Number) as number });
    const over = resume(saved, 2 * MINUTE, 0);
    // The heads-up waits for a busy reading, which the engine asks for at once: nothing has said yet whether the user is free.
    expect(over.events).toEqual([{ event: 'resumed' }]);
    expect(over.state.promptWaitSince).toBe(over.state.now);
  });

  it('keeps the snoozes used on a break with it', () => {
    const saved = { ...savedAfter(21), announced: { kind: 'micro' as const, dueSit: 22 * MINUTE, preludeSent: true, dues: 1, snoozes: 2, snoozed: true } };
    expect(resume(saved, 5_000, 0).state.announced?.snoozes).toBe(2);
  });

  it('ignores a saved state more than a day old', () => {
    const saved = savedAfter(15);
    const { state, ignored } = resume(saved, 25 * 60 * MINUTE, 0, { monoMs: 1, uptimeMs: 25 * 60 * MINUTE, bootId: 'another boot' });
    expect(ignored).toBe('it is more than a day old');
    expect(state.sit).toBe(0);
  });
});

describe('the saved engine file', () => {
  it('is written at once when something happens, and otherwise once a minute', () => {
    const saved = savedAfter(15);
    const later = (ms: number, patch: Partial<SavedEngine> = {}) => ({ ...saved, ...patch, machine: { ...saved.machine, monoMs: saved.machine.monoMs + ms } });
    expect(shouldSave(null, saved)).toBe(true);
    expect(shouldSave(saved, later(30_000))).toBe(false);
    expect(shouldSave(saved, later(60_000))).toBe(true);
    // The wakeup a minute on, measured on the machine's clock a hair short of it.
    expect(shouldSave(saved, later(59_999.5))).toBe(true);
    expect(shouldSave(saved, later(1_000, { pause: { indefinite: true } }))).toBe(true);
  });

  it('reads back what was written', () => {
    const saved = savedAfter(15, [{ action: 'pause', minutes: 30 }]);
    expect(salvageSavedEngine(JSON.parse(JSON.stringify(saved)))).toEqual({ value: saved, problems: [] });
  });

  it('reads back a break held in a call, and one held to its ceiling', () => {
    const inCall = (minutes: number, ceiling: number) => {
      const world = createSimWorld(START);
      const engine = createEngine({ ...SETTINGS, busy: { ...SETTINGS.busy, holdMaxMinutes: ceiling } }, {
        clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer, onEvent: () => undefined,
      });
      world.busy('call');
      world.advanceTo(minutes * MINUTE);
      const saved = engine.save(world.machine());
      engine.stop();
      return saved;
    };
    const held = inCall(25, 120);
    expect(held.held).toMatchObject({ kind: 'micro', reason: 'call' });
    expect(salvageSavedEngine(JSON.parse(JSON.stringify(held)))).toEqual({ value: held, problems: [] });
    const spent = inCall(40, 15);
    expect(spent.announced).toMatchObject({ holdSpent: true, wasHeld: true });
    expect(salvageSavedEngine(JSON.parse(JSON.stringify(spent)))).toEqual({ value: spent, problems: [] });
  });

  it('keeps the parts it can read from a damaged or newer file and names the rest', () => {
    const saved = savedAfter(15);
    const { value, problems } = salvageSavedEngine({ ...saved, version: 2, pause: { until: 'never' }, colour: 'blue' });
    expect(problems).toEqual([
      'version 2 comes from a newer Limber; this one reads version 1',
      'unknown field: colour',
      expect.stringMatching(/^pause /) as string,
    ]);
    expect(value).toEqual({ ...saved, pause: null });
    expect(salvageSavedEngine({ ...saved, sitting: 'lots' }).value).toBeNull();
    expect(salvageSavedEngine('[').problems).toEqual(['the file does not hold an object']);
    expect(salvageSavedEngine({})).toEqual({ value: null, problems: [] });
  });
});

describe('a restart just after a forgotten break was closed, while the user is idle', () => {
  it('counts sitting from the end of the break, not from the last input in it', () => {
    const settings = { longBreak: { everyMinutes: 5 }, microBreak: { enabled: false }, preludeSeconds: 0, awayMinutes: 6 };
    const dues = (restart: TraceLine[]) => replayLines([
      { settings }, { t: 0, user: 'active' }, { t: 2817, action: 'start-break' }, { t: 3557, user: 'idle' }, ...restart,
      { t: 3878, user: 'active' }, { t: 4400, end: true },
    ]).events.filter((e) => e.event === 'due' && e.t > 3700).map((e) => e.t);
    // The break is closed as taken at 3717, ten minutes after its planned end; the next comes five minutes of sitting on.
    expect(dues([])).toEqual([4017, 4317]);
    expect(dues([{ t: 3720, restart: 1 }])).toEqual([4017, 4317]);
  });
});
