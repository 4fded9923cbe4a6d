import * as z from 'zod/mini';
import '../zod-english';
import { LANGUAGE_CHOICES } from '../i18n/languages';
import { minutesOfDay, WEEKDAYS, type TimeRange, type Weekday } from '../calendar';
import { ROUTINES } from '../exercises/library';
import { OWN_PREFIX } from '../exercises/own-ids';
import { kebabIdSchema } from '../exercises/schema';
import type { BreakKind } from '../kinds';
import { keysProblem, keysRefusal } from '../shortcuts/keys';
import { SHORTCUT_ACTIONS, type ShortcutAction } from '../shortcuts/names';
import { shortcutsWords } from '../words/shortcuts';
import { validationWords as words } from '../words/validation';

export const SETTINGS_VERSION = 1;

export const whole = (min: number, max: number) => {
  const error = () => words.wholeNumber(min, max);
  return z.number({ error }).check(z.int({ error }), z.minimum(min, { error }), z.maximum(max, { error }));
};
/** The range of every number setting, by its path; the settings window shows the same bounds. */
export const LIMITS = {
  'longBreak.everyMinutes': [5, 240],
  'longBreak.durationMinutes': [1, 30],
  'microBreak.everyMinutes': [2, 120],
  'microBreak.durationSeconds': [10, 300],
  preludeSeconds: [0, 300],
  awayMinutes: [1, 60],
  'snooze.minutes': [1, 60],
  'snooze.limit': [0, 10],
  'sound.volume': [0, 100],
  'busy.holdMaxMinutes': [15, 480],
} as const satisfies Record<string, readonly [number, number]>;
export type NumberSetting = keyof typeof LIMITS;
const limited = (path: NumberSetting) => whole(LIMITS[path][0], LIMITS[path][1]);

const flag = z.boolean({ error: () => words.trueOrFalse });

/** A time of day like 09:00; a range may also end at 24:00. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_RANGES_A_DAY = 12;
const clockTime = (allowMidnightEnd: boolean) =>
  z.string({ error: () => words.clockTime }).check(z.refine(
    (value) => CLOCK_TIME.test(value) || (allowMidnightEnd && value === '24:00'),
    { error: () => words.clockTime },
  ));

const timeRange = z.tuple([clockTime(false), clockTime(true)], { error: () => words.timeRange })
  .check(z.refine(([start, end]) => minutesOfDay(start) < minutesOfDay(end), { error: () => words.startsBeforeEnd }));

const dayRanges = z.array(timeRange, { error: () => words.timeRanges }).check(
  z.maxLength(MAX_RANGES_A_DAY, { error: () => words.atMostRanges(MAX_RANGES_A_DAY) }),
  z.refine(
    (ranges) => {
      const sorted = ranges.map(([s, e]) => [minutesOfDay(s), minutesOfDay(e)] as const).sort((a, b) => a[0] - b[0]);
      return sorted.every((range, i) => i === 0 || (sorted[i - 1]?.[1] ?? 0) <= range[0]);
    },
    { error: () => words.overlap },
  ),
);

/**
 * A kind's routines offered in turn, or always the one chosen: one of the library's for that kind, or one of the
 * user's own (own-…), which the host checks against routines.json.
 */
const routineChoice = (kind: BreakKind) => {
  const ids = ROUTINES.filter((r) => r.forKinds.includes(kind)).map((r) => r.id);
  // Said only when refused: the list of ids is formatted by Intl, whose data would otherwise be read at every start.
  const error = () => words.routine(kind, ids);
  return z.string({ error }).check(z.refine((id) => id === 'rotate' || ids.includes(id) || (id.startsWith(OWN_PREFIX) && kebabIdSchema.safeParse(id).success), { error }));
};

export const THEMES = ['system', 'light', 'dark'] as const;
/** When the "I'm reading" switch turns itself off: at the next keyboard or mouse input, or after some minutes. */
export const READING_ENDS = ['input', '30-minutes', '60-minutes'] as const;
/** How a due break is announced: a desktop notification, or that and a small always-on-top prompt window. */
export const PROMPT_STYLES = ['notification', 'notification-and-window'] as const;

const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: () => words.oneOf(values) });

const group = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: () => words.object });

const shortcut = z.string({ error: () => shortcutsWords.notText }).check(z.refine((keys) => keys === '' || keysProblem(keys) === null, {
  error: (issue) => keysRefusal(String(issue.input)) ?? shortcutsWords.notText,
}));
const shortcuts = group(Object.fromEntries(SHORTCUT_ACTIONS.map((action) => [action, shortcut])) as Record<ShortcutAction, typeof shortcut>)
  .check(z.superRefine((chosen, context) => {
    const seen = new Map<string, ShortcutAction>();
    for (const action of SHORTCUT_ACTIONS) {
      const keys = chosen[action];
      const before = seen.get(keys);
      if (keys !== '' && before) context.issues.push({ code: 'custom', message: shortcutsWords.sameAs(keys, before), input: keys, path: [action] });
      seen.set(keys, before ?? action);
    }
  }));

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION, { error: () => words.exactly(SETTINGS_VERSION) }),
  longBreak: group({ enabled: flag, everyMinutes: limited('longBreak.everyMinutes'), durationMinutes: limited('longBreak.durationMinutes') }),
  microBreak: group({ enabled: flag, everyMinutes: limited('microBreak.everyMinutes'), durationSeconds: limited('microBreak.durationSeconds') }),
  preludeSeconds: limited('preludeSeconds'),
  awayMinutes: limited('awayMinutes'),
  snooze: group({ minutes: limited('snooze.minutes'), limit: limited('snooze.limit') }),
  strict: flag,
  startAtLogin: flag,
  routines: group({ long: routineChoice('long'), micro: routineChoice('micro') }),
  sound: group({ enabled: flag, volume: limited('sound.volume') }),
  /** Which busy signals hold a break, and for how long at most. */
  busy: group({ call: flag, fullscreen: flag, dnd: flag, holdMaxMinutes: limited('busy.holdMaxMinutes') }),
  /** Whether playing media keeps a still user sitting, and how the manual reading switch ends. */
  watching: group({ media: flag, readingEnds: choice(READING_ENDS) }),
  promptStyle: choice(PROMPT_STYLES),
  theme: choice(THEMES),
  /** The language of every word Limber shows, or the system's. */
  language: choice(LANGUAGE_CHOICES),
  checkIns: flag,
  /** Global shortcuts, as Electron's accelerators ("Ctrl+Alt+B"); '' for none, which is each one's default. */
  shortcuts,
  /** Whether Limber asks its releases' feed once a day for a newer version: off until the user chooses. */
  updates: group({ check: flag }),
  workingHours: group({
    enabled: flag,
    days: group(Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])) as Record<Weekday, typeof dayRanges>),
  }),
}, { error: () => words.settingsObject });

export type Settings = z.infer<typeof settingsSchema>;

/** A settings file is a few kilobytes; anything near this is not one. */
export const MAX_SETTINGS_FILE_CHARS = 100_000;

const officeDay: TimeRange[] = [['09:00', '17:30']];

/** Defaults for a desk worker; docs/settings.md explains each choice. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  longBreak: { enabled: true, everyMinutes: 45, durationMinutes: 5 },
  microBreak: { enabled: true, everyMinutes: 15, durationSeconds: 30 },
  preludeSeconds: 30,
  awayMinutes: 5,
  snooze: { minutes: 5, limit: 3 },
  strict: false,
  startAtLogin: true,
  routines: { long: 'rotate', micro: 'rotate' },
  sound: { enabled: true, volume: 70 },
  busy: { call: true, fullscreen: true, dnd: true, holdMaxMinutes: 120 },
  watching: { media: true, readingEnds: 'input' },
  promptStyle: 'notification-and-window',
  theme: 'system',
  language: 'system',
  checkIns: false,
  shortcuts: { breakNow: '', startDue: '', snooze: '', skip: '', pause: '', reading: '' },
  updates: { check: false },
  workingHours: {
    enabled: false,
    days: { sun: [], mon: officeDay, tue: officeDay, wed: officeDay, thu: officeDay, fri: officeDay, sat: [] },
  },
};
