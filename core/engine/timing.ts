import type { BreakKind } from '../kinds';
import type { Settings } from '../settings/schema';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** How often idle time is read while the user could be at the desk. */
export const POLL_MS = 30 * SECOND;
/** The shortest gap between two wakeups, so integer idle readings can never make the engine spin. */
export const MIN_GAP_MS = SECOND;
/** A due break that is ignored is announced again after this much sitting. */
export const REMIND_MS = 5 * MINUTE;
/** After an unlock or resume, prompts wait this long so nothing fires the moment you sit back down. */
export const RETURN_GRACE_MS = 60 * SECOND;
/** A micro break due less than this before a long one is folded into the long one. */
export const MERGE_MS = 2 * MINUTE;
/** A break still open this long after its planned end is closed as taken (the window was lost or left open). */
export const BREAK_OVERRUN_MS = 10 * MINUTE;

export const awayMs = (settings: Settings) => settings.awayMinutes * MINUTE;
export const preludeMs = (settings: Settings) => settings.preludeSeconds * SECOND;
export const breakMs = (settings: Settings, kind: BreakKind) =>
  kind === 'long' ? settings.longBreak.durationMinutes * MINUTE : settings.microBreak.durationSeconds * SECOND;
