import type { BreakKind } from '../kinds';
import type { Settings } from './schema';

/** How long a break of `kind` lasts, as the settings say. */
export const breakSeconds = (settings: Pick<Settings, 'longBreak' | 'microBreak'>, kind: BreakKind): number =>
  (kind === 'long' ? settings.longBreak.durationMinutes * 60 : settings.microBreak.durationSeconds);
