import { describe, expect, it } from 'vitest';
import { checkNumber, dayProblems } from '../../../renderer/settings/validate';

describe('checkNumber', () => {
  it('reads whole numbers in range, with spaces or a plus sign', () => {
    expect(checkNumber(' 45 ', 'longBreak.everyMinutes', 'minutes')).toEqual({ ok: true, value: 45 });
    expect(checkNumber('+0', 'snooze.limit', 'times')).toEqual({ ok: true, value: 0 });
  });

  it('words each unit sensibly', () => {
    expect(checkNumber('', 'sound.volume', 'percent')).toEqual({ ok: false, message: 'This is empty: enter a percentage from 0 to 100.' });
    expect(checkNumber('x', 'snooze.limit', 'times')).toEqual({ ok: false, message: '“x” is not a number: use a whole number, from 0 to 10.' });
    expect(checkNumber('2,5', 'snooze.limit', 'times')).toEqual({ ok: false, message: '“2,5” is not a whole number: use a whole number, from 0 to 10.' });
    expect(checkNumber('11', 'snooze.limit', 'times')).toEqual({ ok: false, message: '11 is too high: choose from 0 to 10 times.' });
    expect(checkNumber('99999999999999999999', 'preludeSeconds', 'seconds'))
      .toEqual({ ok: false, message: '99999999999999999999 is too high: choose from 0 to 300 seconds.' });
    expect(checkNumber('-1', 'sound.volume', 'percent')).toEqual({ ok: false, message: '-1 is too low: choose from 0 to 100 %.' });
  });
});

describe('dayProblems', () => {
  it('accepts no ranges, touching ranges and an end at midnight', () => {
    expect(dayProblems([])).toEqual([]);
    expect(dayProblems([['13:00', '24:00'], ['09:00', '13:00']])).toEqual([]);
  });

  it('names the range with a missing, malformed or backwards time', () => {
    expect(dayProblems([['09:00', '12:00'], ['', '17:00'], ['9am', '10:00'], ['18:00', '18:00']])).toEqual([
      { ranges: [1], message: 'Range 2 needs both a start and an end time.' },
      { ranges: [2], message: 'Range 3 needs times like 09:00.' },
      { ranges: [3], message: 'Range 4 must start before it ends.' },
    ]);
  });

  it('finds a range inside a longer one, not only next to it', () => {
    expect(dayProblems([['08:00', '18:00'], ['09:00', '10:00'], ['12:00', '13:00']])).toEqual([
      { ranges: [0, 1], message: 'Ranges 1 and 2 overlap.' },
      { ranges: [0, 2], message: 'Ranges 1 and 3 overlap.' },
    ]);
  });
});
