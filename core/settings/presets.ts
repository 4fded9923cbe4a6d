import type { Settings } from './schema';

/** How often and how long: a preset leaves whether each kind of break is on to the user. */
interface Timing {
  longBreak: Omit<Settings['longBreak'], 'enabled'>;
  microBreak: Omit<Settings['microBreak'], 'enabled'>;
  snooze: Settings['snooze'];
}

/** A preset's name and summary are in core/words/settings/breaks.ts. */
export interface Preset { id: 'gentle' | 'standard' | 'active'; timing: Timing }

/** Break timings a desk worker can pick from; every other setting is left as it is. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'gentle',
    timing: {
      longBreak: { everyMinutes: 60, durationMinutes: 5 },
      microBreak: { everyMinutes: 30, durationSeconds: 20 },
      snooze: { minutes: 10, limit: 3 },
    },
  },
  {
    id: 'standard',
    timing: {
      longBreak: { everyMinutes: 45, durationMinutes: 5 },
      microBreak: { everyMinutes: 15, durationSeconds: 30 },
      snooze: { minutes: 5, limit: 3 },
    },
  },
  {
    id: 'active',
    timing: {
      longBreak: { everyMinutes: 30, durationMinutes: 5 },
      microBreak: { everyMinutes: 10, durationSeconds: 30 },
      snooze: { minutes: 5, limit: 1 },
    },
  },
];

const sameValues = (preset: object, actual: object) =>
  Object.entries(preset).every(([key, value]) => (actual as Record<string, unknown>)[key] === value);

/** The preset whose timings the settings have, or null when the user has made their own. */
export const matchingPreset = (settings: Settings): Preset | null =>
  PRESETS.find(({ timing }) => (Object.keys(timing) as (keyof Timing)[]).every((group) => sameValues(timing[group], settings[group]))) ?? null;
