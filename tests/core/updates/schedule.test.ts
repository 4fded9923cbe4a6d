import { describe, expect, it } from 'vitest';
import { CHECK_EVERY_MS, FIRST_CHECK_AFTER_MS, NO_UPDATE_MEMORY, nextCheckIn, tellsFailure } from '../../../core/updates/schedule';

const NOW = Date.parse('2026-12-07T09:00:00Z');
const HOUR = 3_600_000;

describe('when Limber asks for updates', () => {
  it('asks a minute after a start when it never asked, and then once a day', () => {
    expect(nextCheckIn(NO_UPDATE_MEMORY, NOW)).toBe(FIRST_CHECK_AFTER_MS);
    expect(nextCheckIn({ ...NO_UPDATE_MEMORY, lastCheck: NOW - 3 * HOUR }, NOW)).toBe(CHECK_EVERY_MS - 3 * HOUR);
    expect(nextCheckIn({ ...NO_UPDATE_MEMORY, lastCheck: NOW - 30 * HOUR }, NOW)).toBe(FIRST_CHECK_AFTER_MS);
  });

  it('takes a last check in the future for a clock set back, and asks soon', () => {
    expect(nextCheckIn({ ...NO_UPDATE_MEMORY, lastCheck: NOW + 5 * HOUR }, NOW)).toBe(FIRST_CHECK_AFTER_MS);
  });

  it('tells a failure once a day at most', () => {
    expect(tellsFailure(NO_UPDATE_MEMORY, NOW)).toBe(true);
    expect(tellsFailure({ ...NO_UPDATE_MEMORY, failureTold: NOW - 23 * HOUR }, NOW)).toBe(false);
    expect(tellsFailure({ ...NO_UPDATE_MEMORY, failureTold: NOW - 24 * HOUR }, NOW)).toBe(true);
    expect(tellsFailure({ ...NO_UPDATE_MEMORY, failureTold: NOW + HOUR }, NOW)).toBe(true);
  });
});
