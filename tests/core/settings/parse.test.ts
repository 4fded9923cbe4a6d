import { describe, expect, it } from 'vitest';
import { deepMerge, migrate, parseSettings } from '../../../core/settings/parse';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';

const errorsOf = (raw: unknown) => {
  const result = parseSettings(raw);
  return result.ok ? [] : result.errors;
};

describe('parseSettings', () => {
  it('accepts the defaults and an empty object as the defaults', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(parseSettings({})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('deep-merges a partial object over the defaults', () => {
    const result = parseSettings({ longBreak: { everyMinutes: 60 }, workingHours: { days: { sat: [['10:00', '12:00']] } } });
    expect(result.ok && result.value.longBreak).toEqual({ ...DEFAULT_SETTINGS.longBreak, everyMinutes: 60 });
    expect(result.ok && result.value.workingHours.days.sat).toEqual([['10:00', '12:00']]);
    expect(result.ok && result.value.workingHours.days.mon).toEqual(DEFAULT_SETTINGS.workingHours.days.mon);
  });

  it.each([
    [{ longBreak: { everyMinutes: 4 } }, 'longBreak.everyMinutes must be a whole number between 5 and 240'],
    [{ longBreak: { everyMinutes: 241 } }, 'longBreak.everyMinutes must be a whole number between 5 and 240'],
    [{ longBreak: { durationMinutes: 0 } }, 'longBreak.durationMinutes must be a whole number between 1 and 30'],
    [{ microBreak: { everyMinutes: 1 } }, 'microBreak.everyMinutes must be a whole number between 2 and 120'],
    [{ microBreak: { durationSeconds: 301 } }, 'microBreak.durationSeconds must be a whole number between 10 and 300'],
    [{ preludeSeconds: -1 }, 'preludeSeconds must be a whole number between 0 and 300'],
    [{ awayMinutes: 61 }, 'awayMinutes must be a whole number between 1 and 60'],
    [{ snooze: { minutes: 0 } }, 'snooze.minutes must be a whole number between 1 and 60'],
    [{ snooze: { limit: 11 } }, 'snooze.limit must be a whole number between 0 and 10'],
    [{ awayMinutes: 2.5 }, 'awayMinutes must be a whole number between 1 and 60'],
    [{ awayMinutes: '5' }, 'awayMinutes must be a whole number between 1 and 60'],
    [{ strict: 'yes' }, 'strict must be true or false'],
    [{ longBreak: { enabled: 1 } }, 'longBreak.enabled must be true or false'],
    [{ colour: 'red' }, 'unknown setting: colour'],
    [{ colour: 'red', size: 'large' }, 'unknown settings: colour, size'],
    [{ microBreak: null }, 'microBreak must be an object'],
    [{ workingHours: { days: [] } }, 'workingHours.days must be an object'],
    [{ snooze: { minutes: 5, max: 2 } }, 'unknown setting: snooze.max'],
    [{ workingHours: { days: { mon: [['9:00', '17:00']] } } }, 'workingHours.days.mon[0][0] must be a time like "09:00"'],
    [{ workingHours: { days: { mon: [['17:00', '09:00']] } } }, 'workingHours.days.mon[0] must start before it ends'],
    [{ workingHours: { days: { tue: [['09:00', '13:00'], ['12:00', '17:00']] } } }, 'workingHours.days.tue has ranges that overlap'],
    [{ workingHours: { days: { wed: 'all day' } } }, 'workingHours.days.wed must be a list of time ranges'],
    [{ workingHours: { days: { funday: [] } } }, 'unknown setting: workingHours.days.funday'],
  ])('rejects %j with a message naming the field', (raw, message) => {
    expect(errorsOf(raw)).toContain(message);
  });

  it('allows a range to end at midnight but not to start there', () => {
    expect(parseSettings({ workingHours: { days: { fri: [['20:00', '24:00']] } } }).ok).toBe(true);
    expect(errorsOf({ workingHours: { days: { fri: [['24:00', '24:00']] } } }))
      .toContain('workingHours.days.fri[0][0] must be a time like "09:00"');
  });

  it('checks the choices of the settings window by name', () => {
    expect(parseSettings({ routines: { long: 'posture-reset', micro: 'rotate' }, sound: { volume: 101 }, promptStyle: 'popup', theme: 'blue' })).toEqual({
      ok: false,
      errors: [
        'routines.long must be "rotate", one of the long routines (quick-brace, lower-back-reset, neck-and-shoulders, stand-and-stretch, unwind, hips-and-legs, loosen-up) or the id of one of your own (own-…)',
        'sound.volume must be a whole number between 0 and 100',
        'promptStyle must be "notification" or "notification-and-window"',
        'theme must be "system", "light" or "dark"',
      ],
    });
    expect(parseSettings({ routines: { micro: 'posture-reset' }, checkIns: true })).toMatchObject({ ok: true, value: { routines: { long: 'rotate', micro: 'posture-reset' }, checkIns: true } });
  });

  it('reports every problem at once, and applies nothing', () => {
    expect(errorsOf({ awayMinutes: 0, snooze: { limit: -1 } })).toHaveLength(2);
  });

  it('rejects what is not an object', () => {
    expect(errorsOf([1, 2])).toEqual(['settings must be a JSON object']);
    expect(errorsOf(null)).toEqual(['settings must be a JSON object']);
  });
});

describe('migrate', () => {
  it('treats a missing version as the current one', () => {
    expect(migrate({ awayMinutes: 3 })).toEqual({ ok: true, value: { awayMinutes: 3, version: 1 } });
  });

  it('refuses settings from a newer Limber instead of guessing', () => {
    expect(migrate({ version: 2 })).toEqual({
      ok: false, errors: ['version 2 comes from a newer Limber; this one reads up to version 1'],
    });
    expect(migrate({ version: 'one' }).ok).toBe(false);
  });

  it('runs each step in order, keeping what the user set', () => {
    const steps = {
      1: ({ breakEvery, ...rest }: Record<string, unknown>) => ({ ...rest, longBreak: { everyMinutes: breakEvery } }),
      2: (old: Record<string, unknown>) => ({ ...old, awayMinutes: 7 }),
    };
    expect(migrate({ version: 1, breakEvery: 50 }, steps, 3)).toEqual({
      ok: true, value: { version: 3, longBreak: { everyMinutes: 50 }, awayMinutes: 7 },
    });
    expect(migrate({ version: 1 }, {}, 2)).toEqual({ ok: false, errors: ['no migration from settings version 1'] });
  });
});

describe('deepMerge', () => {
  it('merges objects, and replaces arrays and scalars', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, e: 2 })).toEqual({ a: { b: 1, c: [3] }, d: 1, e: 2 });
  });
});
