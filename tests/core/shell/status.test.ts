import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../../core/engine/snapshot';
import { catalogueOf, type Catalogue } from '../../../core/exercises/catalogue';
import { ROUTINES } from '../../../core/exercises/library';
import { parseSettings } from '../../../core/settings/parse';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import {
  formatDuration, lateBecause, LONG_BUSY_SECONDS, longBusyNote, promptText, tooltip, trayMenu, type MenuEntry,
} from '../../../core/shell/status';

const library = catalogueOf();
const clock = (wall: number) => `@${wall}`;
const base: EngineSnapshot = {
  sittingSeconds: 1500, longestSittingSeconds: 1500, totalSittingSeconds: 1500, settled: { totalSeconds: 1500, streakSeconds: 1500, longestSeconds: 1500 },
  nextBreak: { kind: 'long', inSeconds: 1200 }, pending: null, snoozesLeft: 3, breakInProgress: null, held: null,
  paused: null, reading: null, away: false, locked: false, suspended: false, workingTime: true,
};
const due: EngineSnapshot = { ...base, pending: { kind: 'long', phase: 'due' }, nextBreak: { kind: 'long', inSeconds: 0 } };
const labels = (entries: MenuEntry[]) => entries.map((e) => (e === 'separator' ? '---' : e.label));
const strict = (() => { const r = parseSettings({ strict: true }); if (!r.ok) throw new Error(); return r.value; })();

describe('formatDuration', () => {
  it.each([[0, '0 s'], [59.9, '59 s'], [60, '1 min'], [3599, '59 min'], [3600, '1 h 00 min'], [3900, '1 h 05 min']])(
    '%s s reads %s', (seconds, text) => { expect(formatDuration(seconds)).toBe(text); },
  );
});

describe('tooltip', () => {
  it('shows the streak and the time to the next break', () => {
    expect(tooltip(base, clock)).toBe('Limber: Sitting for 25 min\nNext long break in 20 min of sitting');
  });
  it.each([
    [due, 'Limber: A long break is due'],
    [{ ...base, paused: { until: 99 } }, 'Limber: Paused until @99: sitting still counts\nNo breaks offered meanwhile; sitting for 25 min'],
    [{ ...base, paused: { until: null } }, 'Limber: Paused until you resume: sitting still counts\nNo breaks offered meanwhile; sitting for 25 min'],
    [{ ...base, locked: true }, 'Limber: Away from the desk\nNext long break in 20 min of sitting'],
    [{ ...base, reading: { until: null } }, 'Limber: Sitting for 25 min\nNext long break in 20 min of sitting\nI’m reading (until I move): stillness counts as sitting'],
    [{ ...base, breakInProgress: { kind: 'micro' as const, startedAt: 0 } }, 'Limber: On a micro break'],
    [{ ...base, sittingSeconds: 6000, held: { kind: 'long' as const, reason: 'call' as const, seconds: 1500, free: false } },
      'Limber: Long break held: you are in a call\nWaiting 25 min; sitting for 1 h 40 min'],
    [{ ...base, held: { kind: 'long' as const, reason: 'dnd' as const, seconds: 60, free: false, until: 5 } },
      'Limber: Long break held: Do Not Disturb is on (until @5 at most)\nWaiting 1 min; sitting for 25 min'],
    [{ ...base, held: { kind: 'micro' as const, reason: 'call' as const, seconds: 600, free: true } },
      'Limber: Micro break coming within a minute: your call has ended\nWaiting 10 min; sitting for 25 min'],
  ])('says what matters most: %#', (snapshot, text) => { expect(tooltip(snapshot, clock)).toBe(text); });
  it('names a signal that has been on for hours, and not one on for less', () => {
    const held = { kind: 'long' as const, reason: 'call' as const, seconds: 7200, free: false };
    expect(tooltip({ ...base, sittingSeconds: 30000, held, busyRun: { reason: 'call', seconds: 6 * 3600 + 3599 } }, clock)).toBe(
      'Limber: Long break held: you are in a call\nWaiting 2 h 00 min; sitting for 8 h 20 min\nThe microphone or camera has been in use for 6 h',
    );
    expect(tooltip({ ...base, busyRun: { reason: 'dnd', seconds: LONG_BUSY_SECONDS - 1 } }, clock)).toBe(tooltip(base, clock));
  });
});

describe('longBusyNote', () => {
  it.each([
    ['call', 'The microphone or camera has been in use for 2 h'],
    ['fullscreen', 'A window has filled the screen for 2 h'],
    ['dnd', 'Do Not Disturb has been on for 2 h'],
  ] as const)('names %s from two hours on', (reason, text) => {
    expect(longBusyNote({ reason, seconds: LONG_BUSY_SECONDS - 1 })).toBeNull();
    expect(longBusyNote({ reason, seconds: LONG_BUSY_SECONDS })).toBe(text);
  });
  it('counts whole hours', () => { expect(longBusyNote({ reason: 'call', seconds: 7 * 3600 - 1 })).toMatch(/for 6 h$/); });
});

describe('trayMenu', () => {
  it('offers a break and a pause while sitting', () => {
    expect(labels(trayMenu(base, DEFAULT_SETTINGS, clock, library))).toEqual(
      ['Sitting; next up: a long break', '---', 'Take a break now', 'Pause Limber', 'I’m reading (until I move)', '---', 'Settings…', 'Statistics…', '---', 'Quit Limber'],
    );
  });
  it('has an "I\'m reading" switch that ends as the settings say, ticked while on, and off for the engine when ticked', () => {
    const item = (entries: MenuEntry[]) => entries.find((e) => e !== 'separator' && e.label.startsWith('I’m reading'));
    expect(item(trayMenu(base, DEFAULT_SETTINGS, clock, library))).toEqual(
      { label: 'I’m reading (until I move)', checked: false, run: { do: 'act', action: { action: 'reading', until: 'input' } } },
    );
    const halfHour = { ...DEFAULT_SETTINGS, watching: { ...DEFAULT_SETTINGS.watching, readingEnds: '30-minutes' as const } };
    expect(item(trayMenu(base, halfHour, clock, library))).toEqual(
      { label: 'I’m reading (for 30 minutes)', checked: false, run: { do: 'act', action: { action: 'reading', minutes: 30 } } },
    );
    expect(item(trayMenu({ ...base, reading: { until: 1234 } }, halfHour, clock, library))).toEqual(
      { label: 'I’m reading (until @1234)', checked: true, run: { do: 'act', action: { action: 'stop-reading' } } },
    );
    expect(item(trayMenu({ ...base, reading: { until: null } }, halfHour, clock, library))).toMatchObject({ label: 'I’m reading (until I move)', checked: true });
    expect(item(trayMenu({ ...base, locked: true }, DEFAULT_SETTINGS, clock, library))).toBeUndefined();
  });
  it('offers snooze with the count left, and skip, when a break is due', () => {
    expect(labels(trayMenu({ ...due, snoozesLeft: 2 }, DEFAULT_SETTINGS, clock, library))).toEqual(
      ['A long break is due', '---', 'Start long break', 'Take a break now', 'Snooze 5 min (2 left)', 'Skip this break', 'Pause Limber', 'I’m reading (until I move)', '---', 'Settings…', 'Statistics…', '---', 'Quit Limber'],
    );
    expect(labels(trayMenu({ ...due, snoozesLeft: 0 }, DEFAULT_SETTINGS, clock, library))).not.toContain('Snooze 5 min (0 left)');
  });
  it('hides what strict mode forbids', () => {
    const entries = labels(trayMenu(due, strict, clock, library));
    expect(entries).not.toContain('Skip this break');
    expect(entries.some((label) => label.startsWith('Snooze'))).toBe(false);
  });
  it('offers Resume while paused and Finish during a break', () => {
    expect(labels(trayMenu({ ...base, paused: { until: null } }, DEFAULT_SETTINGS, clock, library))).toContain('Resume');
    expect(labels(trayMenu({ ...base, breakInProgress: { kind: 'long', startedAt: 0 } }, DEFAULT_SETTINGS, clock, library)))
      .toEqual(['On a long break', '---', 'Finish break', 'Pause Limber', '---', 'Settings…', 'Statistics…', '---', 'Quit Limber']);
  });
  const routinesIn = (catalogue: Catalogue) => {
    const take = trayMenu(base, DEFAULT_SETTINGS, clock, catalogue).find((entry) => entry !== 'separator' && entry.label === 'Take a break now');
    return take !== 'separator' ? take?.submenu ?? [] : [];
  };
  it('lists every routine with its length under Take a break now, long-break ones first', () => {
    const routines = routinesIn(library);
    const forMicro = routines.map((entry) => entry !== 'separator' && entry.run?.do === 'break-now' && library.routine(entry.run.routine ?? '')?.forKinds.includes('micro'));
    expect(routines).toHaveLength(ROUTINES.length);
    expect(forMicro).toEqual([...forMicro].sort((a, b) => Number(a) - Number(b)));
    expect(labels(routines)).toContain('Quick brace (3 min)');
    expect(labels(routines)).toContain('Posture reset (25 s)');
  });
  it('lists the user’s own routines after the library’s, less what is left out, and none with every exercise left out', () => {
    const own = catalogueOf({
      exercises: [],
      routines: [
        { id: 'own-marching', own: true, name: 'Marching', forKinds: ['micro'], exerciseIds: ['seated-march'] },
        { id: 'own-brace-and-turn', own: true, name: 'Brace and turn', forKinds: ['long'], exerciseIds: ['abdominal-bracing', 'seated-march'] },
      ],
      leftOut: [{ exercise: 'seated-march', since: 0 }],
    });
    const routines = routinesIn(own);
    const idsIn = (entries: MenuEntry[]) => entries.map((entry) => (entry !== 'separator' && entry.run?.do === 'break-now' ? entry.run.routine : null));
    expect(idsIn(routines)).toEqual([...idsIn(routinesIn(library)), 'own-brace-and-turn']);
    // Bracing alone, as the library's Quick brace is.
    expect(labels(routines).at(-1)).toBe('Brace and turn (3 min)');
  });
});

describe('promptText', () => {
  it('words a prelude and a due break, and nothing else', () => {
    expect(promptText({ event: 'prelude', kind: 'long', inSeconds: 29.998 }, DEFAULT_SETTINGS, 0, true)?.title).toBe('Long break in 30 seconds');
    expect(promptText({ event: 'prelude', kind: 'micro', inSeconds: 120 }, DEFAULT_SETTINGS, 0, true)?.title).toBe('Micro break in 2 minutes');
    expect(promptText({ event: 'prelude', kind: 'micro', inSeconds: 1 }, DEFAULT_SETTINGS, 0, true)?.title).toBe('Micro break in 1 second');
    expect(promptText({ event: 'due', kind: 'long' }, DEFAULT_SETTINGS, 2820, false)).toEqual({
      title: 'Time for a 5-minute long break', body: 'You have been sitting for 47 min. Start it from Limber’s tray menu.',
    });
    expect(promptText({ event: 'due', kind: 'micro', repeat: 1 }, DEFAULT_SETTINGS, 0, true)?.title).toBe('Time for a 30-second micro break');
    expect(promptText({ event: 'natural-break', awaySeconds: 400 }, DEFAULT_SETTINGS, 0, true)).toBeNull();
    expect(promptText({ event: 'held', kind: 'long', reason: 'call' }, DEFAULT_SETTINGS, 0, true)).toBeNull();
  });

  it('sends the user to the tray menu only when no prompt window is on screen', () => {
    const due = { event: 'due', kind: 'long' } as const;
    expect(promptText(due, DEFAULT_SETTINGS, 2820, true)).toEqual({ title: 'Time for a 5-minute long break', body: 'You have been sitting for 47 min.' });
    expect(promptText(due, DEFAULT_SETTINGS, 2820, false)?.body).toMatch(/tray menu/);
  });

  it('says what happened when a held break is offered: the call ended, or it waited as long as it may', () => {
    expect(promptText({ event: 'due', kind: 'long', held: { reason: 'call', heldSeconds: 1500 } }, DEFAULT_SETTINGS, 6000, true)).toEqual({
      title: 'Your call has ended. Time for a 5-minute long break', body: 'You have been sitting for 1 h 40 min.',
    });
    expect(promptText({ event: 'due', kind: 'micro', held: { reason: 'fullscreen', heldSeconds: 7200 } }, DEFAULT_SETTINGS, 9000, true)).toEqual({
      title: 'Time for a 30-second micro break when you can',
      body: 'A fullscreen window has kept it waiting for 2 h 00 min. You have been sitting for 2 h 30 min.',
    });
  });

  it('says why a held break is late in the words the prompt window uses too', () => {
    const ended = { reason: 'dnd' as const, heldSeconds: 900 };
    expect(lateBecause({ ...ended, ceiling: false })).toBe('Do Not Disturb is off.');
    expect(promptText({ event: 'due', kind: 'long', held: ended }, DEFAULT_SETTINGS, 0, true)?.title).toBe('Do Not Disturb is off. Time for a 5-minute long break');
    const ceiling = { reason: 'call' as const, heldSeconds: 7300 };
    expect(lateBecause({ ...ceiling, ceiling: true })).toBe('Your call has kept it waiting for 2 h 01 min.');
    expect(promptText({ event: 'due', kind: 'long', held: ceiling }, DEFAULT_SETTINGS, 0, true)?.body).toMatch(/^Your call has kept it waiting for 2 h 01 min\. /);
  });
});
