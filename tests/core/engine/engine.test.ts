import { describe, expect, it } from 'vitest';
import { LONG_ONLY, replayLines, timeline, type TraceLine } from '../../helpers/replay';

const withPrelude = { ...LONG_ONLY, preludeSeconds: 30 };
const run = (settings: object, ...lines: TraceLine[]) => replayLines([{ settings }, { t: 0, user: 'active' }, ...lines]);
const prompts = ['prelude', 'due'];

describe('sitting streak', () => {
  it('grows while the user is at the desk, short idle spells included', () => {
    const result = run(LONG_ONLY, { t: 600, user: 'idle' }, { t: 780, user: 'active' }, { t: 2800, end: true });
    expect(timeline(result)).toEqual(['2700 due long']);
    expect(result.summary.longestSittingSeconds).toBe(2800);
  });

  it('does not end when a short idle spell ends, even one that lasts all but a second of awayMinutes', () => {
    const result = run(LONG_ONLY, { t: 1000, user: 'idle' }, { t: 1299, user: 'active' }, { t: 2800, end: true });
    expect(timeline(result)).toEqual(['2700 due long']);
  });
});

describe('away from the desk', () => {
  it('is a natural break; the streak restarts at the return the idle reading shows', () => {
    const result = run(
      LONG_ONLY,
      { t: 1000, user: 'idle' },
      { t: 1500, user: 'active' }, { t: 1505, user: 'idle' }, { t: 1520, user: 'active' },
      { t: 4300, end: true },
    );
    // The reading at 1510 says 5 s idle: the user was back at 1505, not at the poll.
    expect(timeline(result)).toEqual(['1510 natural-break awaySeconds=505', '4205 due long']);
  });

  it.each([0, 7, 15, 29])('is always detected when it lasts awayMinutes plus one poll (idle from 1000 + %i s)', (shift) => {
    const idleFrom = 1000 + shift;
    const result = run(LONG_ONLY, { t: idleFrom, user: 'idle' }, { t: idleFrom + 330, user: 'active' }, { t: 2000, end: true });
    const natural = result.events.filter((e) => e.event === 'natural-break');
    expect(natural).toHaveLength(1);
    expect(natural[0]?.t).toBeGreaterThanOrEqual(idleFrom + 330);
    expect(natural[0]?.t).toBeLessThanOrEqual(idleFrom + 360);
  });

  it('is detected even one second past awayMinutes, thanks to a read timed for the threshold', () => {
    // Idle from 1013: the read at 1313 sees 300 s; the user is back at 1314 and the next read (1343) sees it.
    const result = run(LONG_ONLY, { t: 1013, user: 'idle' }, { t: 1314, user: 'active' }, { t: 2000, end: true });
    expect(timeline(result, ['natural-break'])).toEqual(['1343 natural-break awaySeconds=330']);
  });

  it('counts a lock or a suspend that lasts awayMinutes, from the last input before it', () => {
    const locked = run(LONG_ONLY, { t: 900, user: 'idle' }, { t: 1100, system: 'lock' }, { t: 1250, system: 'unlock' },
      { t: 1250, user: 'active' }, { t: 4000, end: true });
    expect(timeline(locked)).toEqual(['1250 natural-break awaySeconds=350', '3950 due long']);
    const slept = run(LONG_ONLY, { t: 1000, system: 'suspend' }, { t: 1400, system: 'resume' }, { t: 4200, end: true });
    expect(timeline(slept)).toEqual(['1400 natural-break awaySeconds=400', '4100 due long']);
  });

  it('resolves a break that was due: it counts as taken, naturally', () => {
    const result = run(LONG_ONLY, { t: 2750, user: 'idle' }, { t: 3100, user: 'active' }, { t: 3200, end: true });
    // 3000: the idle spell is still short (250 s), so the reminder comes; away is confirmed at 3050.
    expect(timeline(result)).toEqual([
      '2700 due long', '3000 due long repeat=1', '3110 natural-break awaySeconds=360', '3110 break-taken long natural',
    ]);
  });
});

describe('leaving during a warning', () => {
  it('is a natural break, but not a taken break: that one was never due', () => {
    const settings = { ...LONG_ONLY, preludeSeconds: 300, awayMinutes: 1 };
    const result = run(settings, { t: 2401, user: 'idle' }, { t: 2600, user: 'active' }, { t: 2650, end: true });
    expect(timeline(result)).toEqual(['2400 prelude long inSeconds=300', '2611 natural-break awaySeconds=210']);
  });
});

describe('locked and suspended time', () => {
  it('ends when any input shows the machine is awake, even without a resume event', () => {
    const result = run(LONG_ONLY, { t: 1000, system: 'suspend' }, { t: 1100, action: 'snooze' }, { t: 2900, end: true });
    expect(timeline(result)).toEqual(['1100 snooze-refused nothing-due', '2800 due long']);
  });

  it('is never counted as sitting', () => {
    const locked = run(LONG_ONLY, { t: 1000, system: 'lock' }, { t: 1120, system: 'unlock' }, { t: 2900, end: true });
    expect(timeline(locked)).toEqual(['2820 due long']);
    const slept = run(LONG_ONLY, { t: 1000, system: 'suspend' }, { t: 1120, system: 'resume' }, { t: 2900, end: true });
    expect(timeline(slept)).toEqual(['2820 due long']);
  });

  it('never leads to a prompt the moment the user is back', () => {
    const locked = run(withPrelude, { t: 2650, system: 'lock' }, { t: 2770, system: 'unlock' }, { t: 2900, end: true });
    expect(timeline(locked)).toEqual(['2830 prelude long inSeconds=30', '2860 due long']);
    const slept = run(withPrelude, { t: 2650, system: 'suspend' }, { t: 2770, system: 'resume' }, { t: 2900, end: true });
    expect(timeline(slept)).toEqual(['2830 prelude long inSeconds=30', '2860 due long']);
  });
});

describe('break schedule', () => {
  it('announces a long break preludeSeconds before it is due', () => {
    expect(timeline(run(withPrelude, { t: 2750, end: true }))).toEqual(['2670 prelude long inSeconds=30', '2700 due long']);
  });

  it('brings micro breaks every interval since the last break of any kind; a long break wins when both fall due', () => {
    const settings = { ...LONG_ONLY, microBreak: { enabled: true, everyMinutes: 15 } };
    const result = run(
      settings,
      { t: 900, action: 'start-break' }, { t: 930, action: 'finish-break' },
      { t: 1830, action: 'start-break' }, { t: 1860, action: 'finish-break' },
      { t: 2800, end: true },
    );
    expect(timeline(result, ['due', 'break-taken'])).toEqual([
      '900 due micro', '930 break-taken micro break', '1830 due micro', '1860 break-taken micro break', '2760 due long',
    ]);
  });

  it('lets a long break that falls due replace an ignored micro break, with its own warning', () => {
    const settings = { ...withPrelude, microBreak: { enabled: true, everyMinutes: 40 } };
    expect(timeline(run(settings, { t: 2750, end: true }))).toEqual([
      '2370 prelude micro inSeconds=30', '2400 due micro', '2670 prelude long inSeconds=30', '2700 due long',
    ]);
  });

  it('warns about the long break when both kinds are overdue after a pause', () => {
    const result = replayLines([{ t: 0, user: 'active' }, { t: 1, action: 'pause', minutes: 60 }, { t: 3700, end: true }]);
    expect(timeline(result, prompts)).toEqual(['3601 prelude long inSeconds=30', '3631 due long']);
  });
});

describe('taking a break', () => {
  it('restarts the streak at finish; idle during the break is not also a natural break', () => {
    const result = run(
      LONG_ONLY,
      { t: 2700, action: 'start-break' }, { t: 2700, user: 'idle' },
      { t: 3300, action: 'finish-break' }, { t: 3300, user: 'active' },
      { t: 6050, end: true },
    );
    expect(timeline(result)).toEqual(['2700 due long', '2700 break-started long', '3300 break-taken long break', '6000 due long']);
    expect(result.summary).toMatchObject({ taken: 1, natural: 0, longestSittingSeconds: 2750, sittingSeconds: 5450 });
  });

  it('closes a break left open well past its length as taken', () => {
    const result = run(LONG_ONLY, { t: 2700, action: 'start-break' }, { t: 3700, end: true });
    expect(timeline(result, ['break-taken'])).toEqual(['3600 break-taken long break']);
  });

  it('counts no sitting during a break left open, however the user came and went', () => {
    const result = run(LONG_ONLY, { t: 100, action: 'start-break' }, { t: 500, user: 'idle' }, { t: 5000, end: true });
    expect(result.summary.sittingSeconds).toBe(100);
  });

  it('leaves a due long break standing, snoozes counted, when the user takes a micro break instead', () => {
    const result = run(
      LONG_ONLY, { t: 2710, action: 'snooze' }, { t: 2720, action: 'start-break', kind: 'micro' },
      { t: 2750, action: 'finish-break' }, { t: 3050, action: 'snooze' }, { t: 3060, end: true },
    );
    expect(timeline(result, ['due', 'snoozed'])).toEqual([
      '2700 due long', '2710 snoozed long minutes=5 snoozesLeft=2', '3040 due long repeat=1', '3050 snoozed long minutes=5 snoozesLeft=1',
    ]);
  });

  it('ignores a finish without a start, and a second start', () => {
    const result = run(LONG_ONLY, { t: 10, action: 'finish-break' }, { t: 20, action: 'start-break' },
      { t: 30, action: 'start-break' }, { t: 40, end: true });
    expect(timeline(result)).toEqual([
      '10 ignored action=finish-break not-in-break', '20 break-started long', '30 ignored action=start-break in-break',
    ]);
  });
});

describe('snooze, reminders and skip', () => {
  it('brings a snoozed break back snooze.minutes later, and refuses snoozes beyond the limit', () => {
    const result = run(
      LONG_ONLY,
      { t: 2710, action: 'snooze' }, { t: 3020, action: 'snooze' }, { t: 3330, action: 'snooze' },
      { t: 3640, action: 'snooze' }, { t: 3940, end: true },
    );
    expect(timeline(result)).toEqual([
      '2700 due long', '2710 snoozed long minutes=5 snoozesLeft=2',
      '3010 due long repeat=1', '3020 snoozed long minutes=5 snoozesLeft=1',
      '3320 due long repeat=2', '3330 snoozed long minutes=5 snoozesLeft=0',
      '3630 due long repeat=3', '3640 snooze-refused limit',
      '3930 due long repeat=4',
    ]);
    expect(result.summary).toMatchObject({ prompts: 1, snoozed: 3 });
  });

  it('refuses a snooze when nothing is due, and when snooze.limit is 0', () => {
    expect(timeline(run(LONG_ONLY, { t: 100, action: 'snooze' }, { t: 200, end: true }))).toEqual(['100 snooze-refused nothing-due']);
    const none = run({ ...LONG_ONLY, snooze: { limit: 0 } }, { t: 2710, action: 'snooze' }, { t: 2720, end: true });
    expect(timeline(none)).toEqual(['2700 due long', '2710 snooze-refused limit']);
  });

  it('reminds about an ignored break every five minutes of sitting', () => {
    expect(timeline(run(LONG_ONLY, { t: 3400, end: true }))).toEqual(['2700 due long', '3000 due long repeat=1', '3300 due long repeat=2']);
  });

  it('schedules the next break a full interval after a skip, while the streak keeps counting', () => {
    const result = run(LONG_ONLY, { t: 2720, action: 'skip' }, { t: 5420, end: true });
    expect(timeline(result)).toEqual(['2700 due long', '2720 skipped long', '5420 due long']);
    expect(result.summary.longestSittingSeconds).toBe(5420);
  });

  it('refuses a skip when no break has been announced', () => {
    expect(timeline(run(LONG_ONLY, { t: 100, action: 'skip' }, { t: 2750, end: true }))).toEqual(['100 skip-refused nothing-due', '2700 due long']);
  });

  it('refuses both in strict mode', () => {
    const result = run({ ...LONG_ONLY, strict: true }, { t: 2710, action: 'snooze' }, { t: 2720, action: 'skip' }, { t: 2730, end: true });
    expect(timeline(result)).toEqual(['2700 due long', '2710 snooze-refused strict', '2720 skip-refused strict']);
  });
});

describe('pause and working hours', () => {
  const startMs = Date.parse('2026-01-05T09:00:00Z');

  it('suppress prompts only; when they end the overdue break gets a prelude at once', () => {
    const result = run(withPrelude, { t: 2000, action: 'pause', minutes: 30 }, { t: 3900, end: true });
    expect(timeline(result)).toEqual([
      `2000 paused until=${startMs + 3800_000}`, '3800 resumed', '3800 prelude long inSeconds=30', '3830 due long',
    ]);
  });

  it('pause until resumed lasts until the resume action', () => {
    const result = run(withPrelude, { t: 2000, action: 'pause', until: 'resume' }, { t: 9000, action: 'resume' }, { t: 9100, end: true });
    expect(timeline(result)).toEqual(['2000 paused until=null', '9000 resumed', '9000 prelude long inSeconds=30', '9030 due long']);
  });

  it('pause until tomorrow lasts until 06:00 the next day', () => {
    const result = replayLines([
      { start: '2026-03-02T16:00:00+01:00' }, { settings: withPrelude }, { t: 0, user: 'active' },
      { t: 100, action: 'pause', until: 'tomorrow' }, { t: 600, system: 'suspend' }, { t: 50_000, system: 'resume' },
      { t: 50_500, end: true },
    ]);
    const sixAm = Date.parse('2026-03-03T06:00:00+01:00');
    expect(timeline(result)).toEqual([
      `100 paused until=${sixAm}`, '50000 natural-break awaySeconds=49400', '50400 resumed',
    ]);
  });

  it('outside working hours the streak still counts, and the first working minute tells the truth', () => {
    const result = replayLines([
      { start: '2026-03-02T08:00:00Z' }, { settings: { ...withPrelude, workingHours: { enabled: true } } },
      { t: 0, user: 'active' }, { t: 3700, end: true },
    ]);
    expect(timeline(result)).toEqual(['3600 prelude long inSeconds=30', '3630 due long']);
  });
});

describe('clock changes', () => {
  it('a backward or forward jump neither delays nor adds a prompt', () => {
    for (const clock of [-3600, 7200]) {
      expect(timeline(run(LONG_ONLY, { t: 1000, clock }, { t: 2800, end: true }))).toEqual(['2700 due long']);
    }
  });

  it('a jump into working hours while overdue gives exactly one prelude and one due', () => {
    const result = replayLines([
      { start: '2026-03-02T06:00:00Z' }, { settings: { ...withPrelude, workingHours: { enabled: true } } },
      { t: 0, user: 'active' }, { t: 3000, clock: 10_800 }, { t: 3350, end: true },
    ]);
    expect(timeline(result, prompts)).toEqual(['3030 prelude long inSeconds=30', '3060 due long']);
  });
});

describe('a pause running out during a break', () => {
  it('says so when it runs out, not when the break ends', () => {
    const result = run(LONG_ONLY, { t: 100, action: 'pause', minutes: 10 }, { t: 650, action: 'start-break' }, { t: 800, end: true });
    expect(timeline(result, ['resumed', 'break-taken'])).toEqual(['700 resumed']);
  });
});
