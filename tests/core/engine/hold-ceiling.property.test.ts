// A busy signal that never goes off (a capture stream left open, banners off for good) must not keep a break away for
// ever: over random settings and days with a signal on throughout, no break waits longer than busy.holdMaxMinutes in
// all, its holds added up across the quiet spells (locks, pauses, sleep) that end and restart them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSY_REASONS, type BusyReason } from '../../../core/busy';
import { createEngine } from '../../../core/engine/engine';
import type { EngineEvent } from '../../../core/engine/types';
import { MIN_GAP_MS } from '../../../core/engine/timing';
import { createSimWorld } from '../../../core/replay/world';
import { parseSettings } from '../../../core/settings/parse';
import { alwaysBusyStepsArb, settingsArb, type Step } from '../../helpers/engine-arbitraries';

/** What ends a break, so that the next hold is another break's: it is taken, skipped, or answered by an absence. */
const ENDS_A_BREAK = new Set(['break-started', 'skipped', 'natural-break']);
/** The engine never wakes sooner than this after a step, so a ceiling that falls within it comes at its end. */
const SLACK_SECONDS = MIN_GAP_MS / 1000;

function check(partial: object, reason: BusyReason, steps: Step[]): void {
  const parsed = parseSettings(partial);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const settings = { ...parsed.value, busy: { ...parsed.value.busy, [reason]: true } };
  const world = createSimWorld(Date.parse('2026-03-02T07:00:00Z'));
  world.busy(reason);
  const decisions: { t: number; event: EngineEvent }[] = [];
  const engine = createEngine(settings, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer,
    onEvent: (event) => { decisions.push({ t: world.elapsed() / 1000, event }); },
  });
  let t = 0;
  for (const step of steps) {
    t += step.gap;
    world.advanceTo(t * 1000);
    if ('user' in step) world.user(step.user);
    else if ('system' in step) { world.system(step.system); engine.system(step.system); }
    else if ('action' in step) { world.click(); engine.act(step.action); }
    else if ('media' in step) world.media(step.media);
    else if ('clock' in step) world.shiftClock(step.clock * 1000);
  }
  const end = t + 4 * 3600;
  world.advanceTo(end * 1000);
  engine.stop();

  const ceiling = settings.busy.holdMaxMinutes * 60 + SLACK_SECONDS;
  let waited = 0;
  let heldSince: number | null = null;
  let breakEnded = false;
  // A snooze the user asks for runs to its end, even past the ceiling: the held break comes back when it ends.
  let snooze = { from: Infinity, to: -Infinity };
  for (const { t: at, event } of decisions) {
    if (ENDS_A_BREAK.has(event.event)) breakEnded = true;
    if (event.event === 'snoozed') snooze = { from: at, to: at + event.minutes * 60 };
    if (event.event === 'held') {
      if (breakEnded) waited = 0;
      breakEnded = false;
      heldSince = at;
    }
    if (event.event === 'hold-ended') {
      const since = heldSince ?? at;
      waited += at - since;
      heldSince = null;
      // Ended with a snooze: the ceiling must not have come before the snooze began.
      const snoozed = at <= snooze.to + SLACK_SECONDS ? at - Math.max(since, snooze.from) : 0;
      expect(waited - Math.max(0, snoozed), `a ${event.kind} break has waited ${waited} s in all at ${at}`).toBeLessThanOrEqual(ceiling);
    }
  }
  if (heldSince !== null) expect(waited + end - heldSince, 'the break held at the end has waited too long').toBeLessThanOrEqual(ceiling);
}

describe('a busy signal on all day, over random settings and days', () => {
  it('never keeps a break waiting longer than the ceiling in all, across locks, pauses and sleep', () => {
    fc.assert(
      fc.property(
        settingsArb.chain((settings) => fc.tuple(
          fc.constant(settings), fc.constantFrom(...BUSY_REASONS), alwaysBusyStepsArb(settings.awayMinutes),
        )),
        ([settings, reason, steps]) => { check(settings, reason, steps); },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
