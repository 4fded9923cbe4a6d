// Random settings and traces for the engine's property tests.
import fc from 'fast-check';
import { BUSY_REASONS, type BusyReason } from '../../core/busy';
import type { SystemEvent, UserAction } from '../../core/engine/types';
import type { Trace, TraceStep } from '../../core/replay/trace';
import type { Settings } from '../../core/settings/schema';

export type Step =
  | { gap: number; user: 'active' | 'idle' }
  | { gap: number; system: SystemEvent }
  | { gap: number; action: UserAction }
  | { gap: number; clock: number }
  | { gap: number; busy: BusyReason | null }
  | { gap: number; media: 'playing' | 'stopped' };
/** Limber quits and starts again some seconds later; only replays (traces) have it. */
export interface RestartStep { gap: number; restart: number }

export const settingsArb = fc.record({
  longBreak: fc.record({ enabled: fc.boolean(), everyMinutes: fc.integer({ min: 5, max: 90 }) }),
  microBreak: fc.record({ enabled: fc.boolean(), everyMinutes: fc.integer({ min: 2, max: 40 }) }),
  preludeSeconds: fc.integer({ min: 0, max: 120 }),
  awayMinutes: fc.integer({ min: 1, max: 15 }),
  snooze: fc.record({ minutes: fc.integer({ min: 1, max: 10 }), limit: fc.integer({ min: 0, max: 4 }) }),
  strict: fc.boolean(),
  workingHours: fc.record({ enabled: fc.boolean() }),
  busy: fc.record({ call: fc.boolean(), fullscreen: fc.boolean(), dnd: fc.boolean(), holdMaxMinutes: fc.integer({ min: 15, max: 180 }) }),
  watching: fc.record({ media: fc.boolean() }),
});

const actionArb: fc.Arbitrary<UserAction> = fc.oneof(
  fc.constantFrom<UserAction>(
    { action: 'snooze' }, { action: 'skip' }, { action: 'finish-break' }, { action: 'resume' },
    { action: 'start-break' }, { action: 'start-break', kind: 'micro' }, { action: 'pause', until: 'resume' },
    { action: 'pause', until: 'tomorrow' }, { action: 'reading', until: 'input' }, { action: 'stop-reading' },
  ),
  fc.integer({ min: 1, max: 90 }).map((minutes): UserAction => ({ action: 'reading', minutes })),
  fc.integer({ min: 1, max: 180 }).map((minutes): UserAction => ({ action: 'pause', minutes })),
);

export const stepArb: fc.Arbitrary<Step> = fc.integer({ min: 0, max: 3600 }).chain((gap) => fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<'active' | 'idle'>('active', 'idle').map((user): Step => ({ gap, user })) },
  { weight: 2, arbitrary: fc.constantFrom<SystemEvent>('lock', 'unlock', 'suspend', 'resume').map((system) => ({ gap, system })) },
  { weight: 3, arbitrary: actionArb.map((action) => ({ gap, action })) },
  { weight: 1, arbitrary: fc.integer({ min: -7200, max: 7200 }).filter((s) => s !== 0).map((clock) => ({ gap, clock })) },
  { weight: 2, arbitrary: fc.constantFrom<BusyReason | null>(...BUSY_REASONS, null).map((busy) => ({ gap, busy })) },
  { weight: 1, arbitrary: fc.constantFrom<'playing' | 'stopped'>('playing', 'stopped').map((media) => ({ gap, media })) },
));

/**
 * Steps for a day with a busy signal on throughout: no busy steps, and locks shorter than `awayMinutes` (a lock, then
 * an unlock within it) as often as anything else, since those end a hold without being a natural break.
 */
export const alwaysBusyStepsArb = (awayMinutes: number): fc.Arbitrary<Step[]> => fc.array(fc.oneof(
  stepArb.filter((step) => !('busy' in step)).map((step) => [step]),
  fc.tuple(fc.integer({ min: 0, max: 3600 }), fc.integer({ min: 1, max: awayMinutes * 60 - 1 }))
    .map(([gap, lockedFor]): Step[] => [{ gap, system: 'lock' }, { gap: lockedFor, system: 'unlock' }]),
), { maxLength: 30 }).map((groups) => groups.flat());

/** Limber stopped for a moment, a while, or longer than a saved state is trusted (a day). */
export const restartArb: fc.Arbitrary<RestartStep> = fc.record({
  gap: fc.integer({ min: 0, max: 3600 }),
  restart: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 121, max: 6 * 3600 }), fc.integer({ min: 86_400, max: 2 * 86_400 })),
});

const TRACE_START = Date.parse('2026-03-02T07:00:00Z');

/**
 * A trace of `steps` from 07:00 UTC, ending an hour after the last so that what it sets going can happen, or
 * `tailSeconds` after it.
 */
export function toTrace(settings: Settings, steps: (Step | RestartStep)[], { start = TRACE_START, tailSeconds = 3600 } = {}): Trace {
  let t = 0;
  const timed = steps.map(({ gap, ...rest }, i) => {
    t += gap;
    const step = ('action' in rest ? { action: rest.action } : rest) as TraceStep;
    return { ...step, t, line: i + 1 };
  });
  return { start, utcOffsetMinutes: 0, settings, steps: [...timed, { end: true, t: t + tailSeconds, line: steps.length + 1 }] };
}
