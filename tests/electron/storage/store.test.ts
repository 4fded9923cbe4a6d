import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeHistory, STORED_VERSION } from '../../../core/history/codec';
import { salvageHistory } from '../../../core/history/history';
import { sampleHistory } from '../../../scripts/sample-history';
import { salvageSettings } from '../../../core/settings/parse';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { openDocument } from '../../../electron/storage/store';

// The real electron-store and conf, on real files: only `app.getPath` comes from the Electron fake.
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'limber-store-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

const file = (name: string) => join(dir, name);
const written = (name: string): unknown => JSON.parse(readFileSync(file(name), 'utf8'));
const corruptCopies = () => readdirSync(dir).filter((name) => name.startsWith('config.corrupt-'));
const openSettings = () => openDocument(dir, 'config', salvageSettings);

describe('openDocument with settings', () => {
  it('starts from defaults without a file, and a saved value is there after a restart', () => {
    const first = openSettings();
    expect(first.value()).toEqual(DEFAULT_SETTINGS);
    expect(first.problem).toBeNull();
    first.save({ ...DEFAULT_SETTINGS, strict: true });
    expect(openSettings().value().strict).toBe(true);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it.each([
    ['broken JSON', '{"longBreak": {"everyMinutes": 45,'],
    ['an empty file', ''],
    ['a write cut short', JSON.stringify(DEFAULT_SETTINGS).slice(0, 60)],
  ])('keeps %s aside, starts from defaults and says so', (_label, contents) => {
    writeFileSync(file('config.json'), contents);
    const settings = openSettings();
    expect(settings.value()).toEqual(DEFAULT_SETTINGS);
    expect(settings.problem?.problems[0]).toMatch(/^the file is not valid JSON/);
    expect(corruptCopies()).toHaveLength(1);
    expect(readFileSync(file(settings.problem?.keptAs ?? ''), 'utf8')).toBe(contents);
    expect(written('config.json')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields of a hand-edited file, resets the wrong ones and names them', () => {
    const edited = {
      version: 1, strict: true, preludeSeconds: 'soon', awayMinutes: 500,
      longBreak: { enabled: true, everyMinutes: 50, durationMinutes: 5 }, colour: 'teal',
    };
    writeFileSync(file('config.json'), JSON.stringify(edited));
    const settings = openSettings();
    expect(settings.value()).toEqual({ ...DEFAULT_SETTINGS, strict: true, longBreak: { ...DEFAULT_SETTINGS.longBreak, everyMinutes: 50 } });
    expect(settings.problem?.problems).toEqual([
      'preludeSeconds must be a whole number between 0 and 300',
      'awayMinutes must be a whole number between 1 and 60',
      'unknown setting: colour',
    ]);
    expect(written(settings.problem?.keptAs ?? '')).toEqual(edited);
    expect(written('config.json')).toEqual(settings.value());
  });

  it('keeps other weekdays when one day\'s hours are broken', () => {
    const days = { ...DEFAULT_SETTINGS.workingHours.days, tue: [['10:00', '09:00']], sat: [['08:00', '12:00']] };
    writeFileSync(file('config.json'), JSON.stringify({ workingHours: { enabled: true, days } }));
    const { workingHours } = openSettings().value();
    expect(workingHours.enabled).toBe(true);
    expect(workingHours.days.tue).toEqual(DEFAULT_SETTINGS.workingHours.days.tue);
    expect(workingHours.days.sat).toEqual([['08:00', '12:00']]);
  });

  it('reads settings from a newer Limber for what it understands, and never writes over them', () => {
    const newer = { ...DEFAULT_SETTINGS, version: 9, strict: true, longBreak: { ...DEFAULT_SETTINGS.longBreak, everyMinutes: 50 }, mood: 'calm' };
    writeFileSync(file('config.json'), JSON.stringify(newer));
    const settings = openSettings();
    expect(settings.value()).toMatchObject({ strict: true, longBreak: { everyMinutes: 50 } });
    expect(settings.problem).toEqual({ problems: ['version 9 comes from a newer Limber; this one reads up to version 1'], keptAs: null, newer: true });
    // A change lasts in memory; the file stays the newer Limber's.
    settings.save({ ...settings.value(), strict: false });
    expect(settings.value().strict).toBe(false);
    expect(written('config.json')).toEqual(newer);
    expect(openSettings().value().strict).toBe(true);
    expect(corruptCopies()).toHaveLength(0);
  });

  it('gives the defaults, and keeps the file aside, when reading it fails outright', () => {
    writeFileSync(file('config.json'), JSON.stringify({ strict: true }));
    const settings = openDocument(dir, 'config', (raw) => {
      if (raw && typeof raw === 'object' && 'strict' in raw) throw new TypeError('a defect in the reader');
      return salvageSettings(raw);
    });
    expect(settings.value()).toEqual(DEFAULT_SETTINGS);
    expect(settings.problem?.problems).toEqual(['Limber could not read it (TypeError: a defect in the reader)']);
    expect(corruptCopies()).toHaveLength(1);
  });

  it('runs on defaults and writes nothing when the file cannot be read at all', () => {
    mkdirSync(file('config.json'));
    const settings = openSettings();
    expect(settings.value()).toEqual(DEFAULT_SETTINGS);
    expect(settings.problem).toEqual({ problems: [expect.stringMatching(/^the file cannot be read \(.*EISDIR/) as string], keptAs: null });
    expect(() => { settings.save({ ...DEFAULT_SETTINGS, strict: true }); }).toThrow(/left as it is/);
    expect(settings.value().strict).toBe(false);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });
});

describe('openDocument with history', () => {
  it('never writes over a history from a newer Limber', () => {
    const stored = { ...encodeHistory(sampleHistory({ days: 3, today: '2026-11-20' })), version: STORED_VERSION + 1 };
    writeFileSync(file('history.json'), JSON.stringify(stored));
    const history = openDocument(dir, 'history', salvageHistory, { encode: encodeHistory, compact: true });
    expect(history.problem?.newer).toBe(true);
    expect(Object.keys(history.value().days)).toHaveLength(3);
    history.save(history.value());
    expect(written('history.json')).toEqual(stored);
  });


  it('drops only the damaged days', () => {
    const good = { sittingSeconds: 3600, longestStreakSeconds: 1800, prompts: 3, taken: 2, natural: 1, snoozed: 1,
      skipped: 0, routinesCompleted: 2, routinesEnded: 0, hurtStops: 0, exercises: { 'abdominal-bracing': 2 } };
    writeFileSync(file('history.json'), JSON.stringify({
      version: 1, days: { '2026-11-19': good, '2026-11-20': { ...good, taken: -1 }, yesterday: good },
    }));
    const history = openDocument(dir, 'history', salvageHistory);
    expect(Object.keys(history.value().days)).toEqual(['2026-11-19']);
    expect(history.problem?.problems).toEqual([
      '2026-11-20: taken must be a whole number of 0 or more',
      '"yesterday" is not a day like 2026-11-21',
    ]);
    expect(readdirSync(dir).filter((name) => name.startsWith('history.corrupt-'))).toHaveLength(1);
  });

  it('writes two years as one compact line well under 200 KB, reads it back whole, and upgrades the older format', () => {
    const older = sampleHistory({ days: 730, today: '2026-11-21' });
    writeFileSync(file('history.json'), JSON.stringify(older, null, '\t'));
    const format = { encode: encodeHistory, compact: true };
    const first = openDocument(dir, 'history', salvageHistory, format);
    expect(first.problem).toBeNull();
    expect(first.value()).toEqual(older);
    first.save(first.value());
    const text = readFileSync(file('history.json'), 'utf8');
    expect(text.split('\n')).toHaveLength(1);
    expect(JSON.parse(text)).toMatchObject({ version: STORED_VERSION });
    expect(statSync(file('history.json')).size).toBeLessThan(200 * 1024);
    expect(openDocument(dir, 'history', salvageHistory, format).value()).toEqual(older);
  });
});
