import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../core/engine/engine';
import type { BusyReason } from '../../../core/busy';
import type { EngineEvent } from '../../../core/engine/types';
import { createSimWorld } from '../../../core/replay/world';
import { parseSettings } from '../../../core/settings/parse';
import type { Settings } from '../../../core/settings/schema';
import { settingsArb, stepArb, type Step } from '../../helpers/engine-arbitraries';

interface Decision {
  t: number; event: EngineEvent; absentFor: number; locked: boolean; paused: boolean; sinceBusy: number; sinceStill: number;
  busy: { reason: BusyReason; seconds: number } | null;
}
interface Look { t: number; sitting: number; values: number[]; quiet: boolean }
type Entry = { decision: Decision } | { look: Look };

/** Replays random steps, recording each decision with what the simulated world looked like at that moment. */
function simulate(settings: Settings, steps: Step[]) {
  const world = createSimWorld(Date.parse('2026-03-02T07:00:00Z'));
  const log: Entry[] = [];
  let paused = false;
  // Media playing or the reading switch keeps a still user at the desk; stillness counts from when they end.
  let stillUntil = -Infinity;
  let reading = false;
  const sinceStill = () => {
    const now = world.elapsed() / 1000;
    if (reading || (settings.watching.media && world.isPlaying())) stillUntil = now;
    return now - stillUntil;
  };
  const engine = createEngine(settings, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, ...(world.watchMedia && { watchMedia: world.watchMedia }), utcOffset: () => 0, setTimer: world.setTimer,
    onEvent: ({ wall: _wall, ...event }) => {
      if (event.event === 'paused') paused = true;
      if (event.event === 'resumed') paused = false;
      if (event.event === 'reading') reading = true;
      if (event.event === 'reading-ended') {
        sinceStill();
        reading = false;
      }
      const t = world.elapsed() / 1000;
      log.push({ decision: {
        t, event, absentFor: world.readIdleSeconds(), locked: world.isLocked(), paused, sinceBusy: world.secondsSinceBusy(), sinceStill: sinceStill(), busy: world.busyNow(),
      } });
    },
  });
  const look = () => {
    const s = engine.snapshot();
    log.push({ look: {
      t: world.elapsed() / 1000, sitting: s.sittingSeconds,
      values: [s.sittingSeconds, s.longestSittingSeconds, s.totalSittingSeconds, s.nextBreak?.inSeconds ?? 0, s.snoozesLeft],
      quiet: s.paused !== null || s.locked || s.suspended || s.away || !s.workingTime,
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
    else if ('busy' in step) world.busy(step.busy);
    else if ('media' in step) {
      sinceStill();
      world.media(step.media);
    } else world.shiftClock(step.clock * 1000);
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
  let heldAt: number | null = null;
  let endedAt: number | null = null;
  let endedWhy: string | null = null;
  // Prompts were held back for other reasons during the hold: then it may outlast its ceiling.
  let quietInHold = false;
  // The kind of the announced break that was held up to its ceiling: it prompts now, busy or not.
  let spent: string | null = null;
  for (const entry of log) {
    if ('look' in entry) {
      const { t, sitting, values, quiet } = entry.look;
      if (heldAt !== null && quiet) quietInHold = true;
      for (const value of values) expect(value).toBeGreaterThanOrEqual(0);
      expect(sitting, `streak at ${t} longer than the time since it last restarted`)
        .toBeLessThanOrEqual(Math.max(0, t - streakReset) + 1);
      continue;
    }
    const { t, event, absentFor, locked, paused, sinceBusy, sinceStill, busy } = entry.decision;
    if ('awaySeconds' in event) expect(event.awaySeconds).toBeGreaterThanOrEqual(0);
    if ('inSeconds' in event) expect(event.inSeconds).toBeGreaterThanOrEqual(0);
    if (event.event === 'held') {
      expect(heldAt, `a second hold at ${t} before the first ended`).toBeNull();
      expect(settings.busy[event.reason], `held for ${event.reason}, which is switched off`).toBe(true);
      heldAt = t;
      quietInHold = false;
    }
    if (event.event === 'hold-ended') {
      expect(heldAt, `a hold ended at ${t} that never began`).not.toBeNull();
      const ceiling = settings.busy.holdMaxMinutes * 60;
      if (!quietInHold) expect(event.heldSeconds, `a hold ended at ${t}`).toBeLessThanOrEqual(ceiling);
      heldAt = null;
      endedAt = t;
      endedWhy = event.why;
    }
    if (event.event === 'due' && event.held) {
      expect(endedAt, `a due at ${t} says it was held, but no hold ended then`).toBe(t);
      // A break's holds add up to the ceiling: the one that reaches it may be the last of several.
      if (endedWhy === 'ceiling') expect(event.held.heldSeconds).toBeGreaterThanOrEqual(settings.busy.holdMaxMinutes * 60);
    }
    if (event.event === 'hold-ended' && event.why === 'ceiling') spent = event.kind;
    // A break that answers the spent one ends it; the next is held again as usual. A long break taking a spent micro
    // break's place has waited as long.
    if (event.event === 'skipped' || event.event === 'natural-break' || (event.event === 'break-started' && (event.kind === 'long' || event.kind === spent))) spent = null;
    if (event.event === 'prelude' || event.event === 'due') {
      expect(heldAt, `a prompt at ${t} while its break is held`).toBeNull();
      // Busy is read at most 15 s before each prompt: a user busy longer than that is never prompted, until the ceiling.
      if (busy && settings.busy[busy.reason] && busy.seconds > 16 && spent === null) throw new Error(`a prompt at ${t} while busy (${busy.reason}) for ${busy.seconds} s`);
      expect(paused, `prompt while paused at ${t}`).toBe(false);
      expect(locked, `prompt while locked or suspended at ${t}`).toBe(false);
      // Busy without input is still at the desk, until a reading (at most a minute and a lead apart) sees it end; so is
      // watching or reading, until it ends.
      const away = Math.min(absentFor, sinceBusy - 75, sinceStill);
      expect(away, `prompt while away at ${t}`).toBeLessThan(awaySeconds);
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
