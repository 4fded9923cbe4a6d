import { describe, expect, it } from 'vitest';
import { exportedFile, historyCsv } from '../../../core/history/export';
import { salvageHistory } from '../../../core/history/history';
import { EMPTY_DAY, HISTORY_VERSION } from '../../../core/history/records';
import { parseSettings } from '../../../core/settings/parse';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { sampleHistory } from '../../../scripts/sample-history';

describe('history exports', () => {
  it('writes one CSV row a day, oldest first, in minutes and average ratings, with the exercises left out and brought back', () => {
    const csv = historyCsv({
      version: HISTORY_VERSION,
      days: {
        '2026-11-21': { ...EMPTY_DAY, sittingSeconds: 3629, longestStreakSeconds: 1500, prompts: 4, taken: 3, skipped: 1, routinesCompleted: 2, held: 2, heldSeconds: 2130 },
        '2026-11-20': {
          ...EMPTY_DAY, hurtStops: 1, stiffness: { before: { sum: 13, count: 2 }, after: { sum: 0, count: 0 } },
          leftOut: ['chin-tuck', 'own-wall-press'], broughtBack: ['seated-march'],
        },
      },
    });
    expect(csv.split('\r\n')).toEqual([
      'date,sitting_minutes,longest_streak_minutes,prompts,taken,natural,snoozed,skipped,routines_completed,routines_ended,hurt_stops,stiffness_before,stiffness_after,held,held_minutes,left_out,brought_back',
      '2026-11-20,0,0,0,0,0,0,0,0,0,1,6.5,,0,0,chin-tuck own-wall-press,seated-march',
      '2026-11-21,60,25,4,3,0,0,1,2,0,0,,,2,36,,',
      '',
    ]);
  });

  it('names files by what they hold and the day, and writes JSON that reads back whole, left-out exercises too', () => {
    const sample = sampleHistory({ days: 30, today: '2026-11-21' });
    const history = { ...sample, days: { ...sample.days, '2026-11-21': { ...EMPTY_DAY, leftOut: ['own-wall-press'], broughtBack: ['chin-tuck'] } } };
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark' as const };
    const json = exportedFile('history-json', settings, history, '2026-11-21');
    expect(json.name).toBe('limber-history-2026-11-21.json');
    expect(salvageHistory(JSON.parse(json.contents))).toEqual({ value: history, problems: [] });
    const exported = exportedFile('settings', settings, history, '2026-11-21');
    expect(exported.name).toBe('limber-settings.json');
    expect(parseSettings(JSON.parse(exported.contents))).toEqual({ ok: true, value: settings });
    expect(exportedFile('history-csv', settings, history, '2026-11-21')).toMatchObject({ name: 'limber-history-2026-11-21.csv', mime: 'text/csv' });
  });
});
