import { z } from 'zod';

export const SETTINGS_VERSION = 1;

export const whole = (min: number, max: number) => {
  const error = `must be a whole number between ${min} and ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const flag = z.boolean({ error: 'must be true or false' });

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = (allowMidnightEnd: boolean) =>
  z.string({ error: 'must be a time like "09:00"' }).refine(
    (value) => CLOCK.test(value) || (allowMidnightEnd && value === '24:00'),
    { error: 'must be a time like "09:00"' },
  );

export const minutesOfDay = (hhmm: string): number => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
};

const timeRange = z
  .tuple([clockTime(false), clockTime(true)], { error: 'must be a pair of times like ["09:00", "17:00"]' })
  .refine(([start, end]) => minutesOfDay(start) < minutesOfDay(end), { error: 'must start before it ends' });

const dayRanges = z
  .array(timeRange, { error: 'must be a list of time ranges' })
  .max(12, { error: 'can hold at most 12 ranges' })
  .refine(
    (ranges) => {
      const sorted = ranges.map(([s, e]) => [minutesOfDay(s), minutesOfDay(e)] as const).sort((a, b) => a[0] - b[0]);
      return sorted.every((range, i) => i === 0 || (sorted[i - 1]?.[1] ?? 0) <= range[0]);
    },
    { error: 'has ranges that overlap' },
  );

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const group = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: 'must be an object' });

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION, { error: `must be ${SETTINGS_VERSION}` }),
  longBreak: group({ enabled: flag, everyMinutes: whole(5, 240), durationMinutes: whole(1, 30) }),
  microBreak: group({ enabled: flag, everyMinutes: whole(2, 120), durationSeconds: whole(10, 300) }),
  preludeSeconds: whole(0, 300),
  awayMinutes: whole(1, 60),
  snooze: group({ minutes: whole(1, 60), limit: whole(0, 10) }),
  strict: flag,
  startAtLogin: flag,
  workingHours: group({
    enabled: flag,
    days: group(Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])) as Record<Weekday, typeof dayRanges>),
  }),
}, { error: 'settings must be a JSON object' });

export type Settings = z.infer<typeof settingsSchema>;
export type TimeRange = Settings['workingHours']['days'][Weekday][number];

const officeDay: TimeRange[] = [['09:00', '17:30']];

/** Defaults for a desk worker; the README explains each choice. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  longBreak: { enabled: true, everyMinutes: 45, durationMinutes: 5 },
  microBreak: { enabled: true, everyMinutes: 15, durationSeconds: 30 },
  preludeSeconds: 30,
  awayMinutes: 5,
  snooze: { minutes: 5, limit: 3 },
  strict: false,
  startAtLogin: true,
  workingHours: {
    enabled: false,
    days: { sun: [], mon: officeDay, tue: officeDay, wed: officeDay, thu: officeDay, fri: officeDay, sat: [] },
  },
};
