import type { AfterHold, EngineSnapshot } from '../engine/snapshot';
import type { BusyReason } from '../busy';
import { act, type Command } from '../commands/command';
import type { EngineEvent, HoldOutcome, UserAction } from '../engine/types';
import type { Catalogue } from '../exercises/catalogue';
import { prepareBreak } from '../exercises/fit';
import { exercisesSeconds } from '../exercises/library';
import type { BreakKind } from '../kinds';
import type { Settings } from '../settings/schema';
import { busyWords } from '../words/busy';
import { durationsWords } from '../words/durations';
import { notificationsWords } from '../words/notifications';
import { trayWords } from '../words/tray';

/** `45 s`, `12 min`, `1 h 05 min`: rounded down to what a glance needs. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return durationsWords.seconds(Math.floor(seconds));
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return durationsWords.minutes(minutes);
  return durationsWords.hoursAndMinutes(Math.floor(minutes / 60), minutes % 60);
}

/** A break's length as its settings give it: minutes for a long break, seconds for a micro one. */
const breakLength = (kind: BreakKind, settings: Settings) =>
  (kind === 'long' ? settings.longBreak.durationMinutes : settings.microBreak.durationSeconds);

/** `30 seconds`, `2 minutes`: a heads-up's lead, said in full words. */
const spelledOut = (seconds: number) =>
  (seconds < 60 ? durationsWords.secondsInFull(seconds) : durationsWords.minutesInFull(Math.round(seconds / 60)));

/** A held break: what it waits for, and when at the latest its wait ends. */
function heldLine(held: NonNullable<EngineSnapshot['held']>, clock: (wallMs: number) => string): string {
  if (held.free) return trayWords.comingOnceFree(held.kind, held.reason);
  return trayWords.held(held.kind, held.reason, held.until === undefined ? null : clock(held.until));
}

/**
 * One line for the tray: what matters most right now. `clock` formats a wall time as the user's local time.
 * Without `counting`, lines name the state instead of a count that changes every minute.
 */
function statusLine(s: EngineSnapshot, clock: (wallMs: number) => string, counting = true): string {
  if (s.breakInProgress) return trayWords.onBreak(s.breakInProgress.kind);
  if (s.suspended || s.locked || s.away) return trayWords.away;
  if (s.paused) return trayWords.paused(s.paused.until === null ? null : clock(s.paused.until));
  if (s.held) return heldLine(s.held, clock);
  const pending = s.pending;
  if (pending?.phase === 'snoozed') return trayWords.snoozed(pending.kind, s.snoozedUntil === undefined ? null : clock(s.snoozedUntil));
  if (pending?.phase === 'due') return trayWords.due(pending.kind);
  if (pending) return counting && s.nextBreak ? trayWords.comingIn(pending.kind, spelledOut(s.nextBreak.inSeconds)) : trayWords.comingUp(pending.kind);
  if (!counting) return trayWords.nextUp(s.nextBreak?.kind ?? 'long');
  return trayWords.sittingFor(formatDuration(s.sittingSeconds));
}

/** The tray's status line as the menu shows it: it changes with the state, not with the clock. */
export const trayStatus = (s: EngineSnapshot, clock: (wallMs: number) => string) => statusLine(s, clock, false);

/** The tooltip's second line: the count behind the status, where there is one to tell. */
function detailLine(s: EngineSnapshot): string | null {
  if (s.breakInProgress) return null;
  const next = s.nextBreak && trayWords.nextIn(s.nextBreak.kind, formatDuration(s.nextBreak.inSeconds));
  if (s.suspended || s.locked || s.away) return next;
  const sitting = formatDuration(s.sittingSeconds);
  if (s.paused) return trayWords.pausedDetail(sitting);
  if (s.held) return trayWords.heldDetail(formatDuration(s.held.seconds), sitting);
  if (s.pending?.phase === 'snoozed') return trayWords.sittingFor(sitting);
  return s.pending ? null : next;
}

export function tooltip(s: EngineSnapshot, clock: (wallMs: number) => string): string {
  const detail = detailLine(s);
  const reading = s.reading ? trayWords.readingDetail(readingUntil(s.reading.until, clock)) : null;
  const longBusy = s.busyRun ? longBusyNote(s.busyRun) : null;
  return [trayWords.tooltip(statusLine(s, clock)), detail, reading, longBusy].filter((line): line is string => Boolean(line)).join('\n');
}

const readingUntil = (until: number | null, clock: (wallMs: number) => string) => (until === null ? null : clock(until));

const READING_MINUTES: Record<Settings['watching']['readingEnds'], number | null> = { input: null, '30-minutes': 30, '60-minutes': 60 };

/** The "I'm reading" switch: ticked while on; when off, it says how the settings make it end. */
function readingEntry(s: EngineSnapshot, settings: Settings, clock: (wallMs: number) => string): MenuEntry {
  if (s.reading) return { label: trayWords.reading(readingUntil(s.reading.until, clock)), checked: true, run: act({ action: 'stop-reading' }) };
  return { label: trayWords.readFor(READING_MINUTES[settings.watching.readingEnds]), checked: false, run: act(readingAction(settings)) };
}

/** Turning "I'm reading" on, for as long as the settings say. */
export function readingAction(settings: Settings): UserAction {
  const minutes = READING_MINUTES[settings.watching.readingEnds];
  return minutes === null ? { action: 'reading', until: 'input' } : { action: 'reading', minutes };
}

/** Why a break comes late, in the notification and the prompt alike: what held it has ended, or kept it waiting this long. */
export const lateBecause = ({ reason, heldSeconds, ceiling }: AfterHold) =>
  (ceiling ? busyWords.keptWaiting[reason](formatDuration(heldSeconds)) : busyWords.ended[reason]);

/** A due break's text after a hold: what happened, and how long the user has sat. */
function afterHold(event: { kind: BreakKind; held: HoldOutcome }, settings: Settings, sittingSeconds: number) {
  const { due } = notificationsWords;
  const sitting = formatDuration(sittingSeconds);
  const length = breakLength(event.kind, settings);
  const ceiling = event.held.heldSeconds >= settings.busy.holdMaxMinutes * 60;
  const why = lateBecause({ ...event.held, ceiling });
  // At the ceiling the user is still busy: say so, and leave the moment to them.
  if (ceiling) return { title: due.whenYouCan(event.kind, length), body: due.stillBusy(why, sitting) };
  return { title: due.afterHold(why, event.kind, length), body: due.sat(sitting) };
}

/**
 * A signal found on this long while the user sat is more likely left on (a capture stream never closed, banners off
 * for good) than a meeting: longer than nearly any meeting, and as long as a hold's default ceiling.
 */
export const LONG_BUSY_SECONDS = 2 * 60 * 60;
/** "The microphone or camera has been in use for 6 h", for a signal on that long; null for a shorter run. */
export function longBusyNote(run: { reason: BusyReason; seconds: number }): string | null {
  if (run.seconds < LONG_BUSY_SECONDS) return null;
  return busyWords.onForLong[run.reason](durationsWords.hours(Math.floor(run.seconds / 3600)));
}

/**
 * Desktop notification text for a decision, or null when the decision needs none. With `promptWindow`, a window with
 * Start, Snooze and Skip is on screen beside it, so the text doesn't send the user elsewhere.
 */
export function promptText(event: EngineEvent, settings: Settings, sittingSeconds: number, promptWindow: boolean): { title: string; body: string } | null {
  if (event.event === 'prelude') {
    const { headsUp } = notificationsWords;
    // Timers fire a hair late, so 29.998 s is still "30 seconds".
    return { title: headsUp.title(event.kind, spelledOut(Math.round(event.inSeconds))), body: headsUp.body };
  }
  if (event.event === 'due' && event.held) return afterHold({ kind: event.kind, held: event.held }, settings, sittingSeconds);
  if (event.event === 'due') {
    const { due } = notificationsWords;
    const sitting = formatDuration(sittingSeconds);
    return {
      title: due.title(event.kind, breakLength(event.kind, settings)),
      body: event.kind === 'micro' ? due.microBody : promptWindow ? due.sat(sitting) : due.satStartFromTray(sitting),
    };
  }
  return null;
}

/** The decisions after which a break's notifications are old news: it was answered, or the user stepped away or paused. */
export const withdrawsPrompts = (event: EngineEvent) =>
  ['break-started', 'break-taken', 'natural-break', 'snoozed', 'skipped', 'paused', 'held'].includes(event.event);

export type MenuEntry =
  | { label: string; enabled?: false; run?: Command; submenu?: MenuEntry[]; checked?: boolean }
  | 'separator';

/** The pauses offered, read when the menu is built: their words are in the language of that moment. */
const pauses = (): [string, UserAction][] => [
  [trayWords.pauseFor[30], { action: 'pause', minutes: 30 }],
  [trayWords.pauseFor[60], { action: 'pause', minutes: 60 }],
  [trayWords.pauseFor[120], { action: 'pause', minutes: 120 }],
  [trayWords.pauseFor.tomorrow, { action: 'pause', until: 'tomorrow' }],
  [trayWords.pauseFor.resume, { action: 'pause', until: 'resume' }],
];

const roughLength = (seconds: number) => (seconds < 60 ? durationsWords.seconds(seconds) : durationsWords.minutes(Math.round(seconds / 60)));

/**
 * The routines to start now: the library's, then the user's own, long-break ones before micro ones within each, with
 * how long each takes less what is left out. A routine with every exercise left out is not offered.
 */
const routineEntries = (catalogue: Catalogue): MenuEntry[] => [...catalogue.routines]
  .sort((a, b) => Number(a.own === true) - Number(b.own === true) || Number(a.forKinds.includes('micro')) - Number(b.forKinds.includes('micro')))
  .flatMap((routine) => {
    const prepared = prepareBreak(catalogue, routine.id, null);
    if (!prepared) return [];
    return [{ label: trayWords.routine(routine.name, roughLength(exercisesSeconds(prepared.exercises))), run: { do: 'break-now', routine: routine.id } }];
  });

/**
 * The tray menu for a state, and the routines it can start; rebuilt when the state or the user's own routines change,
 * never on a clock tick.
 */
export function trayMenu(s: EngineSnapshot, settings: Settings, clock: (wallMs: number) => string, catalogue: Catalogue): MenuEntry[] {
  const pending = s.breakInProgress ? null : s.pending;
  // No running count in the menu, so a minute passing does not rebuild it; the tooltip counts.
  const entries: MenuEntry[] = [{ label: trayStatus(s, clock), enabled: false }, 'separator'];
  if (s.breakInProgress) entries.push({ label: trayWords.finishBreak, run: act({ action: 'finish-break' }) });
  else {
    if (pending) entries.push({ label: trayWords.start(pending.kind), run: { do: 'start-offered', kind: pending.kind } });
    entries.push({ label: trayWords.takeBreakNow, submenu: routineEntries(catalogue) });
  }
  const answerable = !settings.strict && (pending?.phase === 'due' || pending?.phase === 'snoozed');
  // A snoozed break is not snoozed again before it is back.
  if (answerable && pending.phase === 'due' && s.snoozesLeft > 0) {
    entries.push({ label: trayWords.snooze(settings.snooze.minutes, s.snoozesLeft), run: act({ action: 'snooze' }) });
  }
  if (answerable) entries.push({ label: trayWords.skip, run: act({ action: 'skip' }) });
  if (s.paused) entries.push({ label: trayWords.resume, run: act({ action: 'resume' }) });
  else entries.push({ label: trayWords.pause, submenu: pauses().map(([label, action]) => ({ label, run: act(action) })) });
  // Only at the desk: a lock or sleep turns it off, and during a break nobody is still at the keyboard.
  if (!s.breakInProgress && !s.locked && !s.suspended) entries.push(readingEntry(s, settings, clock));
  entries.push(
    'separator',
    { label: trayWords.settings, run: { do: 'open', window: 'settings' } },
    { label: trayWords.statistics, run: { do: 'open', window: 'stats' } },
    'separator',
    { label: trayWords.quit, run: { do: 'quit' } },
  );
  return entries;
}
