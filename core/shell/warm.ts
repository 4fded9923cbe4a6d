import type { EngineSnapshot } from '../engine/snapshot';
import type { BreakKind } from '../kinds';
import type { Settings } from '../settings/schema';

/**
 * How long before a break falls due its prompt window is loaded, hidden. While someone sits, the engine wakes at
 * least every 30 seconds, so one of its wakeups always lands within this much of the moment the break falls due.
 */
export const WARM_AHEAD_SECONDS = 35;

/**
 * The kind of break whose prompt window should be loaded and kept hidden now, so that it only has to appear when the
 * break falls due; null when no prompt window is coming soon. Whatever keeps prompts quiet (a pause, time outside
 * working hours, being away, a break under way, a call) means no prompt is coming.
 */
export function promptToWarm(s: EngineSnapshot, settings: Settings): BreakKind | null {
  if (settings.promptStyle !== 'notification-and-window') return null;
  if (s.breakInProgress || s.paused || s.away || s.locked || s.suspended || !s.workingTime) return null;
  // A held break's prompt loads once a reading finds the user free: it is offered at the next one, unless busy again.
  if (s.held) return s.held.free ? s.held.kind : null;
  return s.nextBreak && s.nextBreak.inSeconds <= WARM_AHEAD_SECONDS ? s.nextBreak.kind : null;
}
