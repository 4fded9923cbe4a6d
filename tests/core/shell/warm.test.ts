import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../../core/engine/snapshot';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { promptToWarm, WARM_AHEAD_SECONDS } from '../../../core/shell/warm';

const sitting: EngineSnapshot = {
  sittingSeconds: 870, longestSittingSeconds: 870, totalSittingSeconds: 870, settled: { totalSeconds: 870, streakSeconds: 870, longestSeconds: 870 },
  nextBreak: { kind: 'micro', inSeconds: 30 }, pending: null, snoozesLeft: 3, breakInProgress: null, held: null,
  paused: null, reading: null, away: false, locked: false, suspended: false, workingTime: true,
};

describe('promptToWarm', () => {
  it('warms the prompt of the next break once it is at most 35 s of sitting away, whether announced or not', () => {
    expect(promptToWarm(sitting, DEFAULT_SETTINGS)).toBe('micro');
    expect(promptToWarm({ ...sitting, nextBreak: { kind: 'long', inSeconds: WARM_AHEAD_SECONDS } }, DEFAULT_SETTINGS)).toBe('long');
    expect(promptToWarm({ ...sitting, pending: { kind: 'micro', phase: 'prelude' } }, DEFAULT_SETTINGS)).toBe('micro');
    expect(promptToWarm({ ...sitting, pending: { kind: 'micro', phase: 'snoozed' }, nextBreak: { kind: 'micro', inSeconds: 5 } }, DEFAULT_SETTINGS)).toBe('micro');
  });

  it('warms nothing while the next break is further away, or there is none', () => {
    expect(promptToWarm({ ...sitting, nextBreak: { kind: 'micro', inSeconds: WARM_AHEAD_SECONDS + 1 } }, DEFAULT_SETTINGS)).toBeNull();
    expect(promptToWarm({ ...sitting, nextBreak: null }, DEFAULT_SETTINGS)).toBeNull();
  });

  it('warms nothing when prompts come as notifications only', () => {
    expect(promptToWarm(sitting, { ...DEFAULT_SETTINGS, promptStyle: 'notification' })).toBeNull();
  });

  it.each<[string, Partial<EngineSnapshot>]>([
    ['a break under way', { breakInProgress: { kind: 'micro', startedAt: 0 } }],
    ['a pause', { paused: { until: null } }],
    ['time away from the desk', { away: true }],
    ['a locked screen', { locked: true }],
    ['a sleeping machine', { suspended: true }],
    ['time outside working hours', { workingTime: false }],
    ['a call that is still going on', { held: { kind: 'micro', reason: 'call', seconds: 600, free: false } }],
  ])('warms nothing during %s, which keeps prompts quiet', (_name, change) => {
    expect(promptToWarm({ ...sitting, ...change }, DEFAULT_SETTINGS)).toBeNull();
  });

  it('warms a held break\'s prompt once a reading finds the user free, however long ago it fell due', () => {
    const held = { ...sitting, nextBreak: { kind: 'long' as const, inSeconds: 0 } };
    expect(promptToWarm({ ...held, held: { kind: 'long', reason: 'call', seconds: 900, free: true } }, DEFAULT_SETTINGS)).toBe('long');
  });
});
