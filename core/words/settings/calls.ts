import type { BusyReason, SignalStatus } from '../../busy';
import type { Settings } from '../../settings/schema';

/** Ends with a full stop, unless it ends a sentence already. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The settings' Calls and watching section: the busy signals that hold a break, and stillness that is still sitting. */
export const callSettingsWords = {
  busy: 'Calls and presentations',
  busyHint: 'While you are busy, a break waits instead of interrupting you, and comes within a minute of your being free. Your sitting time keeps counting.',
  signals: {
    call: {
      label: 'Hold breaks during calls',
      looksAt: 'Looks only at whether some app is recording from a microphone or using the camera, never at what it hears or sees.',
    },
    fullscreen: {
      label: 'Hold breaks while a window fills the screen',
      looksAt: 'Presentations, shared screens and films: looks only at whether the window in front is fullscreen.',
    },
    dnd: {
      label: 'Hold breaks while Do Not Disturb is on',
      looksAt: 'Follows your desktop’s own Do Not Disturb switch.',
    },
  } satisfies Record<BusyReason, { label: string; looksAt: string }>,
  /** What a signal looks at, then how this machine reads it or why it can't (nothing more while that is being asked). */
  signalAbout: (looksAt: string, status: SignalStatus | undefined) => {
    if (!status) return looksAt;
    return status.readable ? `${looksAt} Here it reads ${status.via}.` : `${looksAt} Not available here: ${sentence(status.why)}`;
  },
  /** The same for a signal that has been on for hours, with `note` saying how long. */
  onForHours: (about: string, note: string) => `${about} ${note}. If that is not right, switch this off and breaks stop waiting for it.`,
  couldNotCheck: 'Limber could not check.',
  /** Why the preview, in a browser, reads no signal. */
  notInABrowser: 'A web page cannot see this; the desktop app can.',
  holdAtMost: 'Hold a break at most',
  watching: 'Watching and reading',
  watchingHint: (awayMinutes: number) =>
    `Without keyboard or mouse input for ${awayMinutes} minutes, Limber counts you as away from the desk. Watching or reading is still sitting: these keep that stillness from counting as a break. Breaks still come on time. The tray’s “I’m reading” switch lasts 90 minutes at most, and ends when the screen locks.`,
  media: 'Count watching a video as sitting',
  mediaLooksAt: 'Looks only at whether something is playing, never at what. Whatever the system reports counts: on Linux music too, on Windows and macOS anything that keeps the screen awake (a presentation, a keep-awake tool). Switch this off if such a thing runs while you step away.',
  readingEndsLabel: 'The tray’s “I’m reading” switch turns off',
  readingEnds: {
    input: 'When I next type or move the mouse',
    '30-minutes': 'After 30 minutes',
    '60-minutes': 'After 60 minutes',
  } satisfies Record<Settings['watching']['readingEnds'], string>,
} as const;

export type CallSettingsWords = typeof callSettingsWords;
