import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../../core/replay/trace';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';

const errorsOf = (...lines: string[]) => {
  const result = parseTrace(lines.join('\n'));
  return result.ok ? [] : result.errors;
};

describe('parseTrace', () => {
  it('reads the header, merges settings over the defaults and keeps each step with its line', () => {
    const result = parseTrace([
      '{"start": "2026-03-02T08:00:00+01:00"}',
      '{"settings": {"awayMinutes": 3}}',
      '',
      '{"t": 0, "user": "active"}',
      '{"t": 5, "action": "pause", "minutes": 30}',
      '{"t": 9, "action": "start-break", "kind": "micro"}',
      '{"t": 10, "end": true}',
    ].join('\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.start).toBe(Date.parse('2026-03-02T07:00:00Z'));
    expect(result.value.utcOffsetMinutes).toBe(60);
    expect(result.value.settings).toEqual({ ...DEFAULT_SETTINGS, awayMinutes: 3 });
    expect(result.value.steps).toEqual([
      { t: 0, line: 4, user: 'active' },
      { t: 5, line: 5, action: { action: 'pause', minutes: 30 } },
      { t: 9, line: 6, action: { action: 'start-break', kind: 'micro' } },
      { t: 10, line: 7, end: true },
    ]);
  });

  it('starts at 2026-01-05T09:00:00Z in UTC when there is no start line', () => {
    const result = parseTrace('{"t": 0, "user": "idle"}');
    expect(result.ok && [result.value.start, result.value.utcOffsetMinutes]).toEqual([Date.parse('2026-01-05T09:00:00Z'), 0]);
  });

  it.each([
    [['{"t": 0, "user": "active"', ], /^line 1: not valid JSON/],
    [['[1, 2]'], /^line 1: must be a JSON object$/],
    [['{"t": 0, "user": "asleep"}'], /^line 1: user must be one of "active", "idle"$/],
    [['{"t": -1, "user": "idle"}'], /^line 1: t must not be negative$/],
    [['{"t": "soon", "user": "idle"}'], /^line 1: t must be a number of seconds$/],
    [['{"user": "idle"}'], /^line 1: t must be a number of seconds$/],
    [['{"t": 0, "user": "idle", "mood": "sad"}'], /^line 1: unknown key: mood$/],
    [['{"t": 0, "user": "idle", "system": "lock"}'], /^line 1: needs "t" and exactly one of/],
    [['{"t": 0, "system": "reboot"}'], /^line 1: system must be one of "suspend", "resume", "lock", "unlock"$/],
    [['{"t": 0, "action": "dance"}'], /^line 1: action must be one of snooze, skip, finish-break, resume, stop-reading, start-break, pause, reading$/],
    [['{"t": 0, "action": "reading"}'], /^line 1: reading needs either "minutes" or "until": "input", not both$/],
    [['{"t": 0, "action": "reading", "until": "lunch"}'], /^line 1: until must be one of "input"$/],
    [['{"t": 0, "media": "loud"}'], /^line 1: media must be one of "playing", "stopped"$/],
    [['{"t": 0, "media": "playing", "busy": "call"}'], /^line 1: needs "t" and exactly one of/],
    [['{"t": 0, "action": "pause"}'], /^line 1: pause needs either "minutes" or "until", not both$/],
    [['{"t": 0, "action": "pause", "minutes": 0}'], /^line 1: minutes must be a whole number between 1 and 1440$/],
    [['{"t": 0, "action": "pause", "until": "monday"}'], /^line 1: until must be one of "tomorrow", "resume"$/],
    [['{"t": 0, "action": "start-break", "kind": "huge"}'], /^line 1: kind must be one of "micro", "long"$/],
    [['{"t": 0, "action": "skip", "kind": "long"}'], /^line 1: unknown key: kind$/],
    [['{"t": 0, "clock": 0}'], /^line 1: clock must not be 0$/],
    [['{"t": 0, "end": false}'], /^line 1: end must be true$/],
    [['{"t": 0, "restart": 0}'], /^line 1: restart must be more than 0 seconds$/],
    [['{"t": 0, "restart": "soon"}'], /^line 1: restart must be a number of seconds$/],
    [['{"t": 10, "restart": 30}', '{"t": 20, "user": "idle"}'], /^line 2: t 20 comes before the end of the restart before it, at t 40$/],
    [['{"t": 5, "user": "idle"}', '{"t": 4, "user": "active"}'], /^line 2: t 4 comes before the previous line's t 5$/],
    [['{"t": 5, "end": true}', '{"t": 6, "user": "active"}'], /^line 2: nothing may follow the "end" line$/],
    [['{"start": "yesterday"}'], /^line 1: start must be an ISO date-time with a zone/],
    [['{"start": "2026-02-31T09:00:00Z"}'], /^line 1: start is not a real date$/],
    [['{"t": 0, "user": "idle"}', '{"start": "2026-03-02T08:00:00Z"}'], /^line 2: "start" must be on the first line$/],
    [['{"t": 0, "user": "idle"}', '{"settings": {}}'], /^line 2: "settings" must come before the first timed line$/],
    [['{"settings": {"longBreak": {"everyMinutes": 500}}}'], /^line 1: settings: longBreak.everyMinutes must be a whole number between 5 and 240$/],
    [['{"settings": {"snoze": {}}}'], /^line 1: settings: unknown setting: snoze$/],
    [['{"settings": {}, "t": 0}'], /^line 1: unknown key: t$/],
  ])('rejects %j naming the line and the field', (lines, message) => {
    const errors = errorsOf(...lines);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('reports every bad line, not just the first', () => {
    expect(errorsOf('{"t": 0, "user": "x"}', '{"t": 1, "user": "active"}', '{"t": 2, "system": "x"}')).toHaveLength(2);
  });

  it('rejects February 31st rather than rolling it over', () => {
    expect(errorsOf('{"start": "2026-02-30T09:00:00Z"}')).toEqual(['line 1: start is not a real date']);
  });
});
