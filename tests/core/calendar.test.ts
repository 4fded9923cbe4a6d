import { describe, expect, it } from 'vitest';
import { isWorkingTime, nextWorkingHoursChange, tomorrowMorning } from '../../core/calendar';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';

const hours = { ...DEFAULT_SETTINGS.workingHours, enabled: true };
const utc = () => 0;
const plusOne = () => 60;
const at = (iso: string) => Date.parse(iso);

describe('working hours', () => {
  it('holds on weekdays from 09:00 to 17:30 local time, and never on weekends', () => {
    expect(isWorkingTime(hours, at('2026-03-02T09:00:00Z'), utc)).toBe(true); // Monday
    expect(isWorkingTime(hours, at('2026-03-02T17:30:00Z'), utc)).toBe(false);
    expect(isWorkingTime(hours, at('2026-03-02T08:59:00Z'), utc)).toBe(false);
    expect(isWorkingTime(hours, at('2026-03-07T12:00:00Z'), utc)).toBe(false); // Saturday
    expect(isWorkingTime(hours, at('2026-03-02T08:30:00Z'), plusOne)).toBe(true); // 09:30 at UTC+1
  });

  it('always holds when switched off', () => {
    expect(isWorkingTime(DEFAULT_SETTINGS.workingHours, at('2026-03-07T03:00:00Z'), utc)).toBe(true);
    expect(nextWorkingHoursChange(DEFAULT_SETTINGS.workingHours, at('2026-03-07T03:00:00Z'), utc)).toBeNull();
  });

  it('finds the next edge, across a weekend', () => {
    expect(nextWorkingHoursChange(hours, at('2026-03-02T10:00:00Z'), utc)).toBe(at('2026-03-02T17:30:00Z'));
    expect(nextWorkingHoursChange(hours, at('2026-03-06T18:00:00Z'), utc)).toBe(at('2026-03-09T09:00:00Z'));
    expect(nextWorkingHoursChange(hours, at('2026-03-02T10:00:00Z'), plusOne)).toBe(at('2026-03-02T16:30:00Z'));
  });
});

describe('tomorrowMorning', () => {
  it('is 06:00 on the next day, or the first working hour when those are on', () => {
    expect(tomorrowMorning(DEFAULT_SETTINGS.workingHours, at('2026-03-02T17:00:00Z'), utc)).toBe(at('2026-03-03T06:00:00Z'));
    expect(tomorrowMorning(hours, at('2026-03-02T17:00:00Z'), utc)).toBe(at('2026-03-03T09:00:00Z'));
    expect(tomorrowMorning(hours, at('2026-03-06T17:00:00Z'), utc)).toBe(at('2026-03-07T06:00:00Z'));
  });

  it('treats the small hours as part of the day before', () => {
    expect(tomorrowMorning(DEFAULT_SETTINGS.workingHours, at('2026-03-03T01:30:00Z'), utc)).toBe(at('2026-03-03T06:00:00Z'));
  });
});
