// A restart of a few seconds, anywhere in a random trace, changes no decision except by the restart's own length:
// the same decisions, none more than the restart's length later. Two things may differ, and only so:
// - starting again is a step like any input: it reads the idle time and looks at what is due, so what it shows (a
//   return, a pause that has run out) may be decided at that moment, and what follows with it, at most one
//   half-minute reading sooner, and so before a click that, read later, would have made it moot (a reading
//   chosen again, say, before the running engine next read the input that ended the first);
// - a reminder delayed a few seconds may fall after the moment the user left, and then not come at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLL_MS } from '../../../core/engine/timing';
import { replay, type ReplayLine } from '../../../core/replay/replay';
import type { Trace } from '../../../core/replay/trace';
import { parseSettings } from '../../../core/settings/parse';
import { settingsArb, stepArb, toTrace } from '../../helpers/engine-arbitraries';

/** Moments where a restart of `seconds` fits before the next line, with the machine awake (it can't restart asleep). */
function restartPoints(trace: Trace, seconds: number): number[] {
  const points: number[] = [];
  let asleep = false;
  let previous = 0;
  for (const step of trace.steps) {
    if (!asleep && step.t - previous > seconds) points.push(previous + (step.t - previous - seconds) / 2);
    if ('system' in step) asleep = step.system === 'suspend';
    if ('action' in step) asleep = false;
    previous = step.t;
  }
  return points;
}

function withRestart(trace: Trace, at: number, seconds: number): Trace {
  const steps = [...trace.steps];
  const index = steps.findIndex((step) => step.t > at);
  steps.splice(index, 0, { restart: seconds, t: at, line: 0 });
  return { ...trace, steps };
}

/**
 * Each kind of decision (without the numbers that say when or for how long) and the times it was made. Kinds are
 * compared on their own: a decision that moves a few seconds may move past a click, which is no change of decision.
 */
function byDecision(events: ReplayLine[]): Map<string, number[]> {
  const kinds = new Map<string, number[]>();
  for (const { t, ...event } of events) {
    const { awaySeconds: _a, inSeconds: _i, until: _u, ...what } = event as Record<string, unknown>;
    const key = JSON.stringify(what);
    kinds.set(key, [...(kinds.get(key) ?? []), t]);
  }
  return kinds;
}

/**
 * No clock changes: the engine notices one at its next step, and starting again is a step, so a change of the wall
 * clock shows at once where the running engine would have seen it later. Restarts across clock changes have tests of their own.
 */
// A restarted engine reads busy on a schedule of its own, so it samples a changing busy signal at other moments and
// can see a different reason, or none; restarts during holds have tests of their own (busy.test.ts).
const steadyClockStep = stepArb.filter((step) => !('clock' in step) && !('busy' in step));

describe('a restart of Limber', () => {
  it('changes no decision except by its own length, wherever it falls', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(steadyClockStep, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 10 }), fc.nat(),
        (partial, steps, seconds, pick) => {
          const settings = parseSettings(partial);
          if (!settings.ok) throw new Error(settings.errors.join('; '));
          const trace = toTrace(settings.value, steps);
          const points = restartPoints(trace, seconds);
          fc.pre(points.length > 0);
          const at = points[pick % points.length] ?? 0;
          const last = trace.steps.at(-1)?.t ?? 0;
          const clicks = trace.steps.filter((step) => 'action' in step).map((step) => step.t);
          const started = at + seconds;
          const clickBeforeNextReading = clicks.some((click) => click > started && click <= started + POLL_MS / 1000);
          const straight = byDecision(replay(trace).events);
          const restarted = byDecision(replay(withRestart(trace, at, seconds)).events);
          /** What the restarted run decided, less what its start decided that a click soon after would have made moot. */
          const unforeseen = (times: number[]): number[] => times.filter((t) => !(t === started && clickBeforeNextReading));
          const context = `after a restart of ${seconds} s at t=${at}`;
          for (const [decision, times] of straight) {
            const moved = restarted.get(decision) ?? [];
            times.forEach((t, i) => {
              const came = moved[i];
              // What happens near the end may move past it; a reminder moved a few seconds may fall after the
              // moment the user left, which then answers the break instead, or into a break, which it then follows.
              if (came === undefined && t > last - seconds - 1) return;
              // A prompt moved a few seconds may fall after a click that makes it moot (a pause, a break).
              if (came === undefined && clicks.some((click) => click >= t && click <= t + seconds + 1)) return;
              if (decision.includes('"repeat"') && (came === undefined || came > t + seconds + 1)) return;
              expect(came, `${decision} at ${t}, ${context}`).toBeDefined();
              // Idle readings are whole seconds, so a return read at the start can be dated up to a second apart.
              expect(came, `${decision} at ${t} came at ${came}, ${context}`).toBeLessThanOrEqual(t + seconds + 1);
              // Sooner only by what a reading shows (at most a reading's interval), or at the start itself.
              if (came !== at + seconds) expect(came, `${decision} at ${t} came at ${came}, ${context}`).toBeGreaterThanOrEqual(t - POLL_MS / 1000);
            });
            // Nothing new, except what moved in from past the end.
            expect(unforeseen(moved).filter((t) => t <= last - POLL_MS / 1000).length, `${decision}, ${context}`).toBeLessThanOrEqual(times.length);
          }
          // A reminder series that came a reading sooner can fit one more reminder before a click or the end.
          for (const [decision, times] of restarted) {
            if (decision.includes('"repeat"') || unforeseen(times).length === 0) continue;
            expect(straight.has(decision), `${decision}, ${context}`).toBe(true);
          }
        }),
      {
        numRuns: 500,
        // Found by CI: "reading until input" begun while locked, the screen unlocked, and a restart reads that input
        // before the user chooses to read again; the running engine's next reading came after the new choice.
        examples: [[
          { longBreak: { enabled: false, everyMinutes: 5 }, microBreak: { enabled: false, everyMinutes: 2 }, preludeSeconds: 0, awayMinutes: 1,
            snooze: { minutes: 1, limit: 0 }, strict: false, workingHours: { enabled: false },
            busy: { call: false, fullscreen: false, dnd: false, holdMaxMinutes: 15 }, watching: { media: false } },
          [{ gap: 944, system: 'lock' }, { gap: 2821, action: { action: 'reading', until: 'input' } }, { gap: 73, system: 'resume' },
            { gap: 586, system: 'unlock' }, { gap: 18, action: { action: 'reading', minutes: 1 } }, { gap: 9, system: 'lock' }, { gap: 9, system: 'lock' }],
          1, 251644196,
        ]],
      },
    );
  }, 60_000);
});
