import type { Preset } from '../../settings/presets';
import type { Settings } from '../../settings/schema';

/** The settings' Breaks section: the presets, each kind of break's timing, and how prompts behave. */
export const breakSettingsWords = {
  presets: 'Presets',
  /** The preset whose timings are in force, its name set apart by `stress`. */
  timingsOf: <T>(stress: (name: string) => T, preset: string) => ['Your break timings: ', stress(preset), '.'] as const,
  /** The same when no preset has the timings in force. */
  customTimings: <T>(stress: (name: string) => T) => ['Your break timings: ', stress('Custom'), ', set by you rather than a preset.'] as const,
  preset: {
    gentle: { name: 'Gentle', summary: 'A long break every hour and a micro break every half hour. Good for a first week.' },
    standard: { name: 'Standard', summary: 'A long break every 45 minutes and a micro break every 15.' },
    active: { name: 'Active', summary: 'A long break every 30 minutes and a micro break every 10, with one snooze.' },
  } satisfies Record<Preset['id'], { name: string; summary: string }>,
  longBreaks: 'Long breaks',
  takeLongBreaks: 'Take long breaks',
  microBreaks: 'Micro breaks',
  takeMicroBreaks: 'Take micro breaks',
  every: 'Every',
  lasting: 'Lasting',
  countedSitting: 'Counted in time spent sitting.',
  prompts: 'Prompts',
  headsUp: 'Heads-up before a break',
  noHeadsUp: '0 means no heads-up.',
  awayAfter: 'Count as away after',
  away: 'Time without keyboard or mouse use that counts as a break.',
  snoozeLength: 'Snooze length',
  snoozeLimit: 'Snooze limit',
  snoozeLimitNote: 'For each break. 0 means no snoozing.',
  strict: 'Strict mode',
  strictAbout: 'Breaks can\'t be snoozed or skipped.',
  announced: 'How a break is announced',
  promptStyles: {
    notification: 'Notification only',
    'notification-and-window': 'Notification and a small prompt window',
  } satisfies Record<Settings['promptStyle'], string>,
} as const;

export type BreakSettingsWords = typeof breakSettingsWords;
