import type { UserAction } from '../engine/types';
import type { BreakKind } from '../kinds';

/**
 * What a user can ask of Limber from outside its windows. Every way of asking maps to one of these: a tray menu item or
 * a click on the icon, the command line (Limber started with arguments, or a second start handing them over), a click
 * on a notification, macOS's activate (opening Limber again), and global shortcuts. One router does them all
 * (router.ts), whichever way they came.
 */
export type Command =
  /** Something the engine decides on: pause, resume, snooze, skip, finish the break, reading. */
  | { do: 'act'; action: UserAction }
  /**
   * Start the break coming or due with the routine its prompt offered: the one of this kind, or without a kind,
   * whichever is coming or due, if any.
   */
  | { do: 'start-offered'; kind?: BreakKind }
  /** Start a break right away: with this routine, or a long break with the routine on offer. */
  | { do: 'break-now'; routine?: string }
  /** A window: the update window shows the newer version on offer. */
  | { do: 'open'; window: 'settings' | 'stats' | 'update' }
  | { do: 'quit' };

/**
 * A click on any of Limber's notifications: one about a break coming or due starts that break, the others (a file
 * repaired, a save that failed) do nothing.
 */
export const NOTIFICATION_CLICK: Command = { do: 'start-offered' };

/**
 * Limber opened again while it runs: a second start with no arguments, or macOS's activate (there, opening an app
 * again starts no second process). The user is looking for Limber, so its settings open.
 */
export const OPENED_AGAIN: Command = { do: 'open', window: 'settings' };

/** The command for something the engine decides on. */
export const act = (action: UserAction): Command => ({ do: 'act', action });
