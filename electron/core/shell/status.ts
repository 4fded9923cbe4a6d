import { dueBreak, type AfterHold, type EngineSnapshot } from '../engine/snapshot';
import type { BusyReason } from '../busy';
import type { BreakKind, EngineEvent, HoldOutcome, UserAction } from '../engine/types';
import { ROUTINES, routineSeconds } from '../exercises/library';
import type { Settings } from '../settings/schema';

/** `45 s`, `12 min`, `1 h 05 min`: rounded down to what a glance needs. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

const breakName = (kind: BreakKind) => (kind === 'long' ? 'long break' : 'micro break');
const breakLength = (kind: BreakKind, settings: Settings) =>
  kind === 'long' ? `${settings.longBreak.durationMinutes}-minute` : `${settings.microBreak.durationSeconds}-second`;

/**
 * One line for the tray: what matters most right now. `clock` formats a wall time as the user's local time.
 * Without `counting`, the sitting line names the next break instead of a count that changes every minute.
 */
function statusLine(s: EngineSnapshot, clock: (wallMs: number) => string, counting = true): string {
  if (s.breakInProgress) return `On a ${breakName(s.breakInProgress.kind)}`;
  if (s.suspended || s.locked || s.away) return 'Away from the desk';
  if (s.paused) return s.paused.until === null ? 'Paused until you resume' : `Paused until ${clock(s.paused.until)}`;
  if (s.held) return s.held.free ? `Break coming within a minute: ${BUSY_ENDED[s.held.reason]}` : `Break held: ${BUSY_NOW[s.held.reason]}`;
  const due = dueBreak(s);
  if (due) return `A ${breakName(due.kind)} is due`;
  if (!counting) return `Sitting; next up: a ${breakName(s.nextBreak?.kind ?? 'long')}`;
  return `Sitting for ${formatDuration(s.sittingSeconds)}`;
}

export function tooltip(s: EngineSnapshot, clock: (wallMs: number) => string): string {
  const held = s.held && !s.paused && !s.breakInProgress;
  const next = held
    ? `\nWaiting ${formatDuration(s.held?.seconds ?? 0)}; sitting for ${formatDuration(s.sittingSeconds)}`
    : s.nextBreak && !s.breakInProgress && !dueBreak(s)
      ? `\nNext ${breakName(s.nextBreak.kind)} in ${formatDuration(s.nextBreak.inSeconds)} of sitting`
      : '';
  const reading = s.reading ? `\n${readingLabel(s.reading.until, clock)}: stillness counts as sitting` : '';
  const longBusy = s.busyRun ? longBusyNote(s.busyRun) : null;
  return `Limber: ${statusLine(s, clock)}${next}${reading}${longBusy ? `\n${longBusy}` : ''}`;
}

const readingLabel = (until: number | null, clock: (wallMs: number) => string) =>
  `I’m reading (${until === null ? 'until I move' : `until ${clock(until)}`})`;

const READING_MINUTES: Record<Settings['watching']['readingEnds'], number | null> = { input: null, '30-minutes': 30, '60-minutes': 60 };

/** The "I'm reading" switch: ticked while on; when off, it says how the settings make it end. */
function readingEntry(s: EngineSnapshot, settings: Settings, clock: (wallMs: number) => string): MenuEntry {
  if (s.reading) return { label: readingLabel(s.reading.until, clock), checked: true, run: { action: { action: 'stop-reading' } } };
  const minutes = READING_MINUTES[settings.watching.readingEnds];
  return {
    label: `I’m reading (${minutes === null ? 'until I move' : `for ${minutes} minutes`})`,
    checked: false,
    run: { action: minutes === null ? { action: 'reading', until: 'input' } : { action: 'reading', minutes } },
  };
}

const BUSY_NOW: Record<BusyReason, string> = {
  call: 'you are in a call',
  fullscreen: 'a window fills the screen',
  dnd: 'Do Not Disturb is on',
};
const BUSY_ENDED: Record<BusyReason, string> = {
  call: 'your call has ended',
  fullscreen: 'the fullscreen window is gone',
  dnd: 'Do Not Disturb is off',
};
/** "Your call has ended.": what ended, as a sentence of its own. */
const busyOver = (reason: BusyReason) => `${BUSY_ENDED[reason].charAt(0).toUpperCase()}${BUSY_ENDED[reason].slice(1)}.`;
const BUSY_LONG: Record<BusyReason, string> = {
  call: 'Your call',
  fullscreen: 'A fullscreen window',
  dnd: 'Do Not Disturb',
};

/** Why a break comes late, in the notification and the prompt alike: what held it has ended, or kept it waiting this long. */
export const lateBecause = ({ reason, heldSeconds, ceiling }: AfterHold) =>
  (ceiling ? `${BUSY_LONG[reason]} has kept it waiting for ${formatDuration(heldSeconds)}.` : busyOver(reason));

/** A due break's text after a hold: what happened, and how long the user has sat. */
function afterHold(event: { kind: BreakKind; held: HoldOutcome }, settings: Settings, sittingSeconds: number) {
  const sat = `You have been sitting for ${formatDuration(sittingSeconds)}.`;
  const ceiling = event.held.heldSeconds >= settings.busy.holdMaxMinutes * 60;
  const why = lateBecause({ ...event.held, ceiling });
  // At the ceiling the user is still busy: say so, and leave the moment to them.
  if (ceiling) return { title: `Time for a ${breakLength(event.kind, settings)} break when you can`, body: `${why} ${sat}` };
  return { title: `${why} Time for a ${breakLength(event.kind, settings)} break`, body: sat };
}

/**
 * A signal found on this long while the user sat is more likely left on (a capture stream never closed, banners off
 * for good) than a meeting: longer than nearly any meeting, and as long as a hold's default ceiling.
 */
export const LONG_BUSY_SECONDS = 2 * 60 * 60;
const LONG_BUSY: Record<BusyReason, (hours: string) => string> = {
  call: (hours) => `The microphone or camera has been in use for ${hours}`,
  fullscreen: (hours) => `A window has filled the screen for ${hours}`,
  dnd: (hours) => `Do Not Disturb has been on for ${hours}`,
};

/** "The microphone or camera has been in use for 6 h", for a signal on that long; null for a shorter run. */
export function longBusyNote(run: { reason: BusyReason; seconds: number }): string | null {
  if (run.seconds < LONG_BUSY_SECONDS) return null;
  return LONG_BUSY[run.reason](`${Math.floor(run.seconds / 3600)} h`);
}

/** Desktop notification text for a decision, or null when the decision needs none. */
export function promptText(event: EngineEvent, settings: Settings, sittingSeconds: number): { title: string; body: string } | null {
  if (event.event === 'prelude') {
    return {
      // Timers fire a hair late, so 29.998 s is still "30 s".
      title: `A ${breakLength(event.kind, settings)} break in ${formatDuration(Math.round(event.inSeconds))}`,
      body: 'Find a good place to pause what you are doing.',
    };
  }
  if (event.event === 'due' && event.held) return afterHold({ kind: event.kind, held: event.held }, settings, sittingSeconds);
  if (event.event === 'due') {
    return {
      title: `Time for a ${breakLength(event.kind, settings)} break`,
      body: event.kind === 'long'
        ? `You have been sitting for ${formatDuration(sittingSeconds)}. Start it from the Limber menu.`
        : 'Sit tall, brace your middle gently, and breathe out slowly.',
    };
  }
  return null;
}

export type TrayCommand = { action: UserAction } | { routine: string } | { open: 'settings' | 'stats' } | 'quit';
export type MenuEntry =
  | { label: string; enabled?: false; run?: TrayCommand; submenu?: MenuEntry[]; checked?: boolean }
  | 'separator';

const PAUSES: [string, UserAction][] = [
  ['For 30 minutes', { action: 'pause', minutes: 30 }],
  ['For 1 hour', { action: 'pause', minutes: 60 }],
  ['For 2 hours', { action: 'pause', minutes: 120 }],
  ['Until tomorrow', { action: 'pause', until: 'tomorrow' }],
  ['Until I resume', { action: 'pause', until: 'resume' }],
];

const roughLength = (seconds: number) => (seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`);

// Long-break routines first, then the micro ones, each with how long it takes.
const ROUTINE_ENTRIES: MenuEntry[] = [...ROUTINES]
  .sort((a, b) => Number(a.forKinds.includes('micro')) - Number(b.forKinds.includes('micro')))
  .map((routine) => ({ label: `${routine.name} (${roughLength(routineSeconds(routine))})`, run: { routine: routine.id } }));

/** The tray menu for a state; rebuilt when the state changes, never on a clock tick. */
export function trayMenu(s: EngineSnapshot, settings: Settings, clock: (wallMs: number) => string): MenuEntry[] {
  const pending = dueBreak(s);
  // No running count in the menu, so a minute passing does not rebuild it; the tooltip counts.
  const entries: MenuEntry[] = [{ label: statusLine(s, clock, false), enabled: false }, 'separator'];
  if (s.breakInProgress) entries.push({ label: 'Finish break', run: { action: { action: 'finish-break' } } });
  else {
    entries.push({ label: 'Take a break now', submenu: ROUTINE_ENTRIES });
  }
  if (pending && !settings.strict && s.snoozesLeft > 0) {
    entries.push({ label: `Snooze ${settings.snooze.minutes} min (${s.snoozesLeft} left)`, run: { action: { action: 'snooze' } } });
  }
  if (pending && !settings.strict) entries.push({ label: 'Skip this break', run: { action: { action: 'skip' } } });
  if (s.paused) entries.push({ label: 'Resume', run: { action: { action: 'resume' } } });
  else entries.push({ label: 'Pause', submenu: PAUSES.map(([label, action]) => ({ label, run: { action } })) });
  // Only at the desk: a lock or sleep turns it off, and during a break nobody is still at the keyboard.
  if (!s.breakInProgress && !s.locked && !s.suspended) entries.push(readingEntry(s, settings, clock));
  entries.push(
    'separator',
    { label: 'Settings…', run: { open: 'settings' } },
    { label: 'Statistics…', run: { open: 'stats' } },
    'separator',
    { label: 'Quit Limber', run: 'quit' },
  );
  return entries;
}
