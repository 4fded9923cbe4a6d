/** Why the user can't take a break right now, most telling first: a call outranks a fullscreen window, which outranks Do Not Disturb. */
export const BUSY_REASONS = ['call', 'fullscreen', 'dnd'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

/** Whether a busy signal can be read on this machine, and how; or why not, in words the settings show beside its switch. */
export type SignalStatus = { readable: true; via: string } | { readable: false; why: string };

/** What one reading of the signals found: why the user can't take a break now, and whether something is playing. */
export interface SignalReading { busy: BusyReason | null; media: boolean }
/** Every signal a reading can ask: the busy ones, and media playing. */
export const SIGNAL_NAMES = [...BUSY_REASONS, 'media'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];
/** The signals a reading asks: the busy signals switched on, and media while watching counts as sitting. */
export type WantedSignals = Record<SignalName, boolean>;
