import { describe, expect, it } from 'vitest';
import {
  addCheckIn, addLeftOut, addRoutine, addSitting, countEvent, dayKey, prune, salvageHistory,
} from '../../../core/history/history';
import { encodeHistory } from '../../../core/history/codec';
import { EMPTY_DAY, EMPTY_HISTORY, type History } from '../../../core/history/records';

const UTC = () => 0;
const BERLIN_WINTER = () => 60;
const day = (history: History, key = '2026-11-20') => history.days[key] ?? EMPTY_DAY;

describe('dayKey', () => {
  it('counts the small hours towards the day before, in local time', () => {
    expect(dayKey(Date.UTC(2026, 10, 20, 3, 59), UTC)).toBe('2026-11-19');
    expect(dayKey(Date.UTC(2026, 10, 20, 4, 0), UTC)).toBe('2026-11-20');
    expect(dayKey(Date.UTC(2026, 10, 20, 3, 0), BERLIN_WINTER)).toBe('2026-11-20');
    expect(dayKey(Date.UTC(2026, 10, 20, 23, 30), BERLIN_WINTER)).toBe('2026-11-20');
    expect(dayKey(Date.UTC(2026, 10, 21, 2, 59), BERLIN_WINTER)).toBe('2026-11-20');
  });
});

describe('daily records', () => {
  it('counts first prompts, natural breaks, snoozes and skips, and leaves breaks taken to the recorder', () => {
    let h = EMPTY_HISTORY;
    for (const event of [
      { event: 'due', kind: 'long' }, { event: 'due', kind: 'long', repeat: 1 }, { event: 'snoozed', kind: 'long', minutes: 5, snoozesLeft: 2 },
      { event: 'break-taken', kind: 'long', via: 'break' }, { event: 'break-taken', kind: 'long', via: 'natural' },
      { event: 'natural-break', awaySeconds: 600 }, { event: 'skipped', kind: 'micro' }, { event: 'prelude', kind: 'long', inSeconds: 30 },
    ] as const) h = countEvent(h, '2026-11-20', event);
    expect(day(h)).toMatchObject({ prompts: 1, taken: 0, natural: 1, snoozed: 1, skipped: 1 });
    expect(countEvent(h, '2026-11-20', { event: 'resumed' })).toBe(h);
  });

  it('counts each hold once, when it ends, with the seconds it waited', () => {
    let h = EMPTY_HISTORY;
    for (const event of [
      { event: 'held', kind: 'long', reason: 'call' },
      { event: 'hold-ended', kind: 'long', why: 'free', reason: 'call', heldSeconds: 1500 },
      { event: 'due', kind: 'long', held: { reason: 'call', heldSeconds: 1500 } },
      { event: 'held', kind: 'micro', reason: 'dnd' },
      { event: 'hold-ended', kind: 'micro', why: 'answered', reason: 'dnd', heldSeconds: 120 },
    ] as const) h = countEvent(h, '2026-11-20', event);
    expect(day(h)).toMatchObject({ held: 2, heldSeconds: 1620, prompts: 1 });
  });

  it('adds sitting time and keeps the longest streak', () => {
    let h = addSitting(EMPTY_HISTORY, '2026-11-20', 600, 600);
    h = addSitting(h, '2026-11-20', 300, 200);
    expect(day(h)).toMatchObject({ sittingSeconds: 900, longestStreakSeconds: 600 });
    expect(addSitting(h, '2026-11-20', 0, 100)).toBe(h);
  });

  it('counts routines by outcome and the exercises done', () => {
    let h = addRoutine(EMPTY_HISTORY, '2026-11-20', { routineId: 'quick-brace', outcome: 'completed', exercisesDone: ['abdominal-bracing'] });
    h = addRoutine(h, '2026-11-20', { routineId: 'lower-back-reset', outcome: 'hurt', exercisesDone: ['abdominal-bracing', 'seated-rotation'] });
    h = addRoutine(h, '2026-11-20', { routineId: 'unwind', outcome: 'ended', exercisesDone: [] });
    expect(day(h)).toMatchObject({
      routinesCompleted: 1, routinesEnded: 1, hurtStops: 1, exercises: { 'abdominal-bracing': 2, 'seated-rotation': 1 },
    });
  });

  it('counts own exercises, and lists the exercises left out and brought back in order, with none on other days', () => {
    let h = addRoutine(EMPTY_HISTORY, '2026-11-20', { routineId: 'own-desk', outcome: 'completed', exercisesDone: ['own-wall-press'] });
    h = addLeftOut(h, '2026-11-20', 'own-wall-press', 'left-out');
    h = addLeftOut(h, '2026-11-20', 'chin-tuck', 'left-out');
    h = addLeftOut(h, '2026-11-20', 'own-wall-press', 'brought-back');
    expect(day(h)).toMatchObject({ exercises: { 'own-wall-press': 1 }, leftOut: ['own-wall-press', 'chin-tuck'], broughtBack: ['own-wall-press'] });
    expect(salvageHistory(JSON.parse(JSON.stringify(h)))).toEqual({ value: h, problems: [] });
    expect(Object.keys(day(addSitting(h, '2026-11-21', 60, 60), '2026-11-21'))).not.toContain('leftOut');
  });

  it('keeps the newest days only', () => {
    const days = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`2026-01-${String(i + 1).padStart(2, '0')}`, EMPTY_DAY]));
    expect(Object.keys(prune({ version: 1, days }, 3).days)).toEqual(['2026-01-08', '2026-01-09', '2026-01-10']);
  });
});

describe('salvageHistory', () => {
  it('reads an empty or missing document as no history, without complaint', () => {
    expect(salvageHistory({})).toEqual({ value: EMPTY_HISTORY, problems: [] });
  });
  it('refuses a history of a version it never wrote, and names fields it does not know', () => {
    expect(salvageHistory({ version: 0, days: {} }).problems).toEqual(['history version 0 is not one this Limber reads (1, 2, 3 or 4)']);
    expect(salvageHistory({ version: 1, days: {}, mood: [] }).problems).toEqual(['unknown fields: mood']);
    expect(salvageHistory({ version: 1, days: [] }).problems).toEqual(['the history has no list of days']);
  });
});

describe('a history from a newer Limber', () => {
  it('is read for the days this one understands, and marked as newer so that it is never written over', () => {
    const stored = encodeHistory(addSitting(EMPTY_HISTORY, '2026-11-20', 600, 600));
    const newer = { ...stored, version: 9, days: { ...stored.days, '2026-11-21': [1, 2, 3] }, moods: {} };
    const read = salvageHistory(newer);
    expect(read.newer).toBe(true);
    expect(read.problems).toEqual(['history version 9 comes from a newer Limber; this one reads up to version 4']);
    expect(Object.keys(read.value.days)).toEqual(['2026-11-20']);
    expect(read.value.days['2026-11-20']?.sittingSeconds).toBe(600);
  });
});

describe('check-ins', () => {
  it('add up each moment\'s ratings for the day, and survive a save and a read', () => {
    let h = addCheckIn(EMPTY_HISTORY, '2026-11-20', { moment: 'before', rating: 7 });
    h = addCheckIn(h, '2026-11-20', { moment: 'after', rating: 3 });
    h = addCheckIn(h, '2026-11-20', { moment: 'before', rating: 5 });
    expect(day(h).stiffness).toEqual({ before: { sum: 12, count: 2 }, after: { sum: 3, count: 1 } });
    expect(salvageHistory(JSON.parse(JSON.stringify(h)))).toEqual({ value: h, problems: [] });
    const damaged = { version: 1, days: { '2026-11-20': { ...day(h), stiffness: { before: { sum: -1, count: 1 } } } } };
    expect(salvageHistory(damaged).problems[0]).toMatch(/^2026-11-20: stiffness/);
  });
});
