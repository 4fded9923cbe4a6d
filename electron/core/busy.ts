/** Why the user can't take a break right now, most telling first: a call outranks a fullscreen window, which outranks Do Not Disturb. */
export const BUSY_REASONS = ['call', 'fullscreen', 'dnd'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

/** Whether a busy signal can be read on this machine, and how; or why not, in words the settings show beside its switch. */
export type SignalStatus = { readable: true; via: string } | { readable: false; why: string };
