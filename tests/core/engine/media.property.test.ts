// Watching is sitting, over random settings and viewing sessions, on a platform that reports a player stopping
// (Linux) and on one where only the next reading sees it (macOS, Windows):
// - media playing never produces a natural break, and keeps the streak counting;
// - once it stops, a user who has gone is found away within awayMinutes, and one reading's interval more where the
//   stop is not reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../core/engine/engine';
import { BUSY_LEAD_MS } from '../../../core/engine/busy';
import { createSimWorld } from '../../../core/replay/world';
import { parseSettings } from '../../../core/settings/parse';
import { settingsArb } from '../../helpers/engine-arbitraries';

interface Viewing { activeFor: number; videoFor: number; after: number }

const viewingArb = (awayMinutes: number) => fc.record({
  activeFor: fc.integer({ min: 0, max: 3600 }),
  // Longer than awayMinutes, with a margin: the issue is a video that outlasts it.
  videoFor: fc.integer({ min: awayMinutes * 60 + 20, max: 3 * 3600 }),
  after: fc.integer({ min: 0, max: 3 * awayMinutes * 60 }),
});

function check(partial: object, reports: boolean, viewings: Viewing[]): void {
  const parsed = parseSettings(partial);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const settings = { ...parsed.value, watching: { ...parsed.value.watching, media: true } };
  const away = settings.awayMinutes * 60;
  // Without reports, the stop is seen at the next reading: at most awayMinutes less the lead after it.
  const lateBy = reports ? 0 : away - BUSY_LEAD_MS / 1000;
  const world = createSimWorld(Date.parse('2026-03-02T07:00:00Z'), { mediaReports: reports });
  const naturals: { t: number; from: number }[] = [];
  const engine = createEngine(settings, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer,
    ...(world.watchMedia && { watchMedia: world.watchMedia }),
    onEvent: (event) => {
      const t = world.elapsed() / 1000;
      if (event.event === 'natural-break') naturals.push({ t, from: t - event.awaySeconds });
    },
  });
  const at = (t: number) => {
    world.advanceTo(t * 1000);
    return engine.snapshot();
  };
  let t = 0;
  const stops: number[] = [];
  for (const { activeFor, videoFor, after } of viewings) {
    t += activeFor;
    at(t);
    // Pressing play is the last input; then the user sits still.
    world.user('idle');
    world.media('playing');
    const start = t;
    const stop = start + videoFor;
    for (const moment of [start + away + 1, (start + stop) / 2, stop - 1]) {
      const seen = at(moment);
      expect(seen.away, `away at ${moment} during a video from ${start} to ${stop}`).toBe(false);
      expect(seen.sittingSeconds, `streak at ${moment}`).toBeGreaterThanOrEqual(moment - start - 1);
    }
    at(stop);
    world.media('stopped');
    stops.push(stop);
    const foundBy = stop + away + lateBy + 1;
    if (after > foundBy - stop) expect(at(foundBy).away, `still not away at ${foundBy}, after a video that stopped at ${stop}`).toBe(true);
    t = stop + after;
    at(t);
    world.user('active');
  }
  at(t + 60);
  engine.stop();
  for (const natural of naturals) {
    const lastStop = Math.max(...stops.filter((stop) => stop <= natural.t));
    expect(natural.from, `a natural break reported at ${natural.t} began before the video stopped at ${lastStop}`).toBeGreaterThanOrEqual(lastStop - 1);
  }
}

describe('watching media, over random settings and viewings', () => {
  it.each([['reports a player stopping', true], ['sees a stop only at the next reading', false]])(
    'on a platform that %s: never a natural break while it plays, and one soon after it stops', (_name, reports) => {
      fc.assert(
        fc.property(
          settingsArb.chain((settings) => fc.tuple(fc.constant(settings), fc.array(viewingArb(settings.awayMinutes), { minLength: 1, maxLength: 4 }))),
          ([settings, viewings]) => { check(settings, reports, viewings); },
        ),
        { numRuns: 150 },
      );
    },
    60_000,
  );
});
