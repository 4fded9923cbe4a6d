import type { AfterHold, EngineSnapshot } from '../engine/snapshot';
import type { BusyReason } from '../busy';
import type { EngineEvent, HoldOutcome, UserAction } from '../engine/types';
import { ROUTINES, routineSeconds } from '../exercises/library';
import type { BreakKind } from '../kinds';
import type { Settings } from '../settings/schema';

/** `45 s`, `12 min`, `1 h 05 min`: rounded down to what a glance needs. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

const breakName = (kind: BreakKind) => (kind === 'long' ? 'long break' : 'micro break');
/** The same, starting a sentence. */
const breakTitle = (kind: BreakKind) => (kind === 'long' ? 'Long break' : 'Micro break');
/** `5-minute long break`, `30-second micro break`. */
const breakWithLength = (kind: BreakKind, settings: Settings) =>
  `${kind === 'long' ? `${settings.longBreak.durationMinutes}-minute` : `${settings.microBreak.durationSeconds}-second`} ${breakName(kind)}`;

/** `30 seconds`, `2 minutes`: a heads-up's lead, said in full words. */
const spelledOut = (seconds: number) => {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
};

/** A held break: what it waits for, and when at the latest its wait ends. */
function heldLine(held: NonNullable<EngineSnapshot['held']>, clock: (wallMs: number) => string): string {
  if (held.free) return `${breakTitle(held.kind)} coming within a minute: ${BUSY_ENDED[held.reason]}`;
  const latest = held.until === undefined ? '' : ` (until ${clock(held.until)} at most)`;
  return `${breakTitle(held.kind)} held: ${BUSY_NOW[held.reason]}${latest}`;
}

/**
 * One line for the tray: what matters most right now. `clock` formats a wall time as the user's local time.
 * Without `counting`, lines name the state instead of a count that changes every minute.
 */
function statusLine(s: EngineSnapshot, clock: (wallMs: number) => string, counting = true): string {
  if (s.breakInProgress) return `On a ${breakName(s.breakInProgress.kind)}`;
  if (s.suspended || s.locked || s.away) return 'Away from the desk';
  if (s.paused) return `Paused ${s.paused.until === null ? 'until you resume' : `until ${clock(s.paused.until)}`}: sitting still counts`;
  if (s.held) return heldLine(s.held, clock);
  const pending = s.pending;
  if (pending?.phase === 'snoozed') {
    return `${breakTitle(pending.kind)} snoozed${s.snoozedUntil === undefined ? '' : `, back at ${clock(s.snoozedUntil)}`}`;
  }
  if (pending?.phase === 'due') return `A ${breakName(pending.kind)} is due`;
  if (pending) return counting && s.nextBreak ? `${breakTitle(pending.kind)} in ${spelledOut(s.nextBreak.inSeconds)}` : `${breakTitle(pending.kind)} coming up`;
  if (!counting) return `Sitting; next up: a ${breakName(s.nextBreak?.kind ?? 'long')}`;
  return `Sitting for ${formatDuration(s.sittingSeconds)}`;
}

/** The tray's status line as the menu shows it: it changes with the state, not with the clock. */
export const trayStatus = (s: EngineSnapshot, clock: (wallMs: number) => string) => statusLine(s, clock, false);

/** The tooltip's second line: the count behind the status, where there is one to tell. */
function detailLine(s: EngineSnapshot): string | null {
  if (s.breakInProgress) return null;
  const next = s.nextBreak && `Next ${breakName(s.nextBreak.kind)} in ${formatDuration(s.nextBreak.inSeconds)} of sitting`;
  if (s.suspended || s.locked || s.away) return next;
  const sitting = `sitting for ${formatDuration(s.sittingSeconds)}`;
  if (s.paused) return `No breaks offered meanwhile; ${sitting}`;
  if (s.held) return `Waiting ${formatDuration(s.held.seconds)}; ${sitting}`;
  if (s.pending?.phase === 'snoozed') return `Sitting for ${formatDuration(s.sittingSeconds)}`;
  return s.pending ? null : next;
}

export function tooltip(s: EngineSnapshot, clock: (wallMs: number) => string): string {
  const detail = detailLine(s);
  const reading = s.reading ? `\n${readingLabel(s.reading.until, clock)}: stillness counts as sitting` : '';
  const longBusy = s.busyRun ? longBusyNote(s.busyRun) : null;
  return `Limber: ${statusLine(s, clock)}${detail ? `\n${detail}` : ''}${reading}${longBusy ? `\n${longBusy}` : ''}`;
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
  if (ceiling) return { title: `Time for a ${breakWithLength(event.kind, settings)} when you can`, body: `${why} ${sat}` };
  return { title: `${why} Time for a ${breakWithLength(event.kind, settings)}`, body: sat };
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

/**
 * Desktop notification text for a decision, or null when the decision needs none. With `promptWindow`, a window with
 * Start, Snooze and Skip is on screen beside it, so the text doesn't send the user elsewhere.
 */
export function promptText(event: EngineEvent, settings: Settings, sittingSeconds: number, promptWindow: boolean): { title: string; body: string } | null {
  if (event.event === 'prelude') {
    return {
      // Timers fire a hair late, so 29.998 s is still "30 seconds".
      title: `${breakTitle(event.kind)} in ${spelledOut(Math.round(event.inSeconds))}`,
      body: 'Find a good place to pause what you are doing.',
    };
  }
  if (event.event === 'due' && event.held) return afterHold({ kind: event.kind, held: event.held }, settings, sittingSeconds);
  if (event.event === 'due') {
    const sat = `You have been sitting for ${formatDuration(sittingSeconds)}.`;
    return {
      title: `Time for a ${breakWithLength(event.kind, settings)}`,
      body: event.kind === 'micro'
        ? 'Sit tall, brace your middle gently, and breathe out slowly.'
        : promptWindow ? sat : `${sat} Start it from Limber’s tray menu.`,
    };
  }
  return null;
}

/** The decisions after which a break's notifications are old news: it was answered, or the user stepped away or paused. */
export const withdrawsPrompts = (event: EngineEvent) =>
  ['break-started', 'break-taken', 'natural-break', 'snoozed', 'skipped', 'paused', 'held'].includes(event.event);

/** What a menu item does: an engine action, start the break on offer or a routine, open a window, quit. */
export type TrayCommand = { action: UserAction } | { start: BreakKind } | { routine: string } | { open: 'settings' | 'stats' } | 'quit';
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
  const pending = s.breakInProgress ? null : s.pending;
  // No running count in the menu, so a minute passing does not rebuild it; the tooltip counts.
  const entries: MenuEntry[] = [{ label: trayStatus(s, clock), enabled: false }, 'separator'];
  if (s.breakInProgress) entries.push({ label: 'Finish break', run: { action: { action: 'finish-break' } } });
  else {
    if (pending) entries.push({ label: `Start ${breakName(pending.kind)}`, run: { start: pending.kind } });
    entries.push({ label: 'Take a break now', submenu: ROUTINE_ENTRIES });
  }
  const answerable = !settings.strict && (pending?.phase === 'due' || pending?.phase === 'snoozed');
  // A snoozed break is not snoozed again before it is back.
  if (answerable && pending.phase === 'due' && s.snoozesLeft > 0) {
    entries.push({ label: `Snooze ${settings.snooze.minutes} min (${s.snoozesLeft} left)`, run: { action: { action: 'snooze' } } });
  }
  if (answerable) entries.push({ label: 'Skip this break', run: { action: { action: 'skip' } } });
  if (s.paused) entries.push({ label: 'Resume', run: { action: { action: 'resume' } } });
  else entries.push({ label: 'Pause Limber', submenu: PAUSES.map(([label, action]) => ({ label, run: { action } })) });
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
