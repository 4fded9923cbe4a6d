import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../electron/core/engine/engine';
import type { EngineEvent } from '../../../../electron/core/engine/types';
import { createSimWorld } from '../../../../electron/core/replay/world';
import { parseSettings } from '../../../../electron/core/settings/parse';
import type { Settings } from '../../../../electron/core/settings/schema';
import { settingsArb, stepArb, type Step } from '../../../helpers/engine-arbitraries';

interface Decision { t: number; event: EngineEvent; absentFor: number; locked: boolean; paused: boolean }
interface Look { t: number; sitting: number; values: number[] }
type Entry = { decision: Decision } | { look: Look };

/** Replays random steps, recording each decision with what the simulated world looked like at that moment. */
function simulate(settings: Settings, steps: Step[]) {
  const world = createSimWorld(Date.parse('2026-03-02T07:00:00Z'));
  const log: Entry[] = [];
  let paused = false;
  const engine = createEngine(settings, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, utcOffset: () => 0, setTimer: world.setTimer,
    onEvent: ({ wall: _wall, ...event }) => {
      if (event.event === 'paused') paused = true;
      if (event.event === 'resumed') paused = false;
      const t = world.elapsed() / 1000;
      log.push({ decision: { t, event, absentFor: world.readIdleSeconds(), locked: world.isLocked(), paused } });
    },
  });
  const look = () => {
    const s = engine.snapshot();
    log.push({ look: {
      t: world.elapsed() / 1000, sitting: s.sittingSeconds,
      values: [s.sittingSeconds, s.longestSittingSeconds, s.totalSittingSeconds, s.nextBreak?.inSeconds ?? 0, s.snoozesLeft],
    } });
  };
  let t = 0;
  for (const step of steps) {
    t += step.gap;
    world.advanceTo(t * 1000);
    look();
    if ('user' in step) world.user(step.user);
    else if ('system' in step) { world.system(step.system); engine.system(step.system); }
    else if ('action' in step) { world.click(); engine.act(step.action); }
    else world.shiftClock(step.clock * 1000);
    look();
  }
  world.advanceTo((t + 3600) * 1000);
  look();
  return { log, wakeups: engine.wakeups(), seconds: t + 3600 };
}

const RESOLVING = new Set(['break-started', 'break-taken', 'skipped', 'natural-break']);

function checkInvariants(settings: Settings, steps: Step[]): void {
  const { log, wakeups, seconds } = simulate(settings, steps);
  const awaySeconds = settings.awayMinutes * 60;
  let announcedKind: string | null = null;
  let lastRepeat = 0;
  let snoozes = 0;
  let streakReset = 0;
  for (const entry of log) {
    if ('look' in entry) {
      const { t, sitting, values } = entry.look;
      for (const value of values) expect(value).toBeGreaterThanOrEqual(0);
      expect(sitting, `streak at ${t} longer than the time since it last restarted`)
        .toBeLessThanOrEqual(Math.max(0, t - streakReset) + 1);
      continue;
    }
    const { t, event, absentFor, locked, paused } = entry.decision;
    if ('awaySeconds' in event) expect(event.awaySeconds).toBeGreaterThanOrEqual(0);
    if ('inSeconds' in event) expect(event.inSeconds).toBeGreaterThanOrEqual(0);
    if (event.event === 'prelude' || event.event === 'due') {
      expect(paused, `prompt while paused at ${t}`).toBe(false);
      expect(locked, `prompt while locked or suspended at ${t}`).toBe(false);
      expect(absentFor, `prompt while away at ${t}`).toBeLessThan(awaySeconds);
    }
    if (event.event === 'due' && event.repeat === undefined) {
      expect(announcedKind, `a second due for one ${event.kind} break at ${t}`).not.toBe(event.kind);
      announcedKind = event.kind;
      lastRepeat = 0;
    }
    if (event.event === 'due' && event.repeat !== undefined) {
      expect(event.repeat).toBe(lastRepeat + 1);
      lastRepeat = event.repeat;
    }
    if (event.event === 'snoozed') expect(++snoozes).toBeLessThanOrEqual(settings.snooze.limit);
    if (RESOLVING.has(event.event)) {
      announcedKind = null;
      snoozes = 0;
    }
    // A natural break is reported at the first reading after the return, at most one poll (and a second) late.
    if (event.event === 'natural-break') streakReset = t - 31;
    if (event.event === 'break-taken' && event.kind === 'long' && event.via === 'break') streakReset = t;
  }
  expect(wakeups).toBeLessThanOrEqual((2 * seconds) / 30 + 10 * steps.length + 10);
}

describe('engine invariants over random traces', () => {
  it('hold for any settings and any sequence of input, system events, actions and clock changes', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(stepArb, { maxLength: 40 }), (partial, steps) => {
        const settings = parseSettings(partial);
        if (!settings.ok) throw new Error(settings.errors.join('; '));
        checkInvariants(settings.value, steps);
      }),
      { numRuns: 300 },
    );
  // 300 random traces take under 2 s alone, several times that on a loaded 2-core machine: a limit, not a measurement.
  }, 60_000);
});
