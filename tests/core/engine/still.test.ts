import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../core/engine/engine';
import { createSimWorld } from '../../../core/replay/world';
import { parseSettings } from '../../../core/settings/parse';
import { LONG_ONLY, replayLines, timeline, type TraceLine } from '../../helpers/replay';

// Long breaks every 60 minutes, away after 5 minutes without input; the user presses play (input) at 600 and sits still.
// A return is seen at the next idle reading (every 30 s), so a natural break is reported up to 30 s after it.
const HOURLY = { ...LONG_ONLY, longBreak: { everyMinutes: 60 } };
const run = (settings: object, ...lines: TraceLine[]) => replayLines([{ settings }, { t: 0, user: 'active' }, ...lines]);
const away = ['natural-break', 'break-taken', 'due', 'reading', 'reading-ended', 'ignored'];

describe('watching media', () => {
  it('is sitting: a 30-minute video with no input is no natural break, and the stillness after it counts from its end', () => {
    const result = run(HOURLY, { t: 600, user: 'idle' }, { t: 600, media: 'playing' }, { t: 2400, media: 'stopped' },
      { t: 3000, user: 'active' }, { t: 3100, end: true });
    // Back at 3000, 600 s after the video stopped: away from 2400, a natural break; without media, away from 600.
    expect(timeline(result, away)).toEqual(['3030 natural-break awaySeconds=630']);
    expect(timeline(run(HOURLY, { t: 600, user: 'idle' }, { t: 3000, user: 'active' }, { t: 3100, end: true }), away))
      .toEqual(['3030 natural-break awaySeconds=2430']);
  });

  it('keeps the streak: the due break comes on time while the video plays', () => {
    const result = run(HOURLY, { t: 600, user: 'idle' }, { t: 600, media: 'playing' }, { t: 4000, end: true });
    expect(timeline(result, away)).toEqual(['3600 due long', '3900 due long repeat=1']);
    expect(result.summary.longestSittingSeconds).toBe(4000);
  });

  it('reads media only as stillness nears awayMinutes: about once per awayMinutes while a video plays', () => {
    const result = run({ ...HOURLY, busy: { call: false, fullscreen: false, dnd: false } },
      { t: 600, user: 'idle' }, { t: 600, media: 'playing' }, { t: 3000, media: 'stopped' }, { t: 3590, end: true });
    // 2400 s of video at one reading per 285 s (5 minutes less the 15 s lead), then one that finds the user gone.
    expect(result.summary.busyReads).toBe(9);
    expect(run({ ...HOURLY, busy: { call: false, fullscreen: false, dnd: false }, watching: { media: false } },
      { t: 600, user: 'idle' }, { t: 600, media: 'playing' }, { t: 3590, end: true }).summary.busyReads).toBe(0);
  });

  it('is an absence as usual when the setting is off', () => {
    const result = run({ ...HOURLY, watching: { media: false } }, { t: 600, user: 'idle' }, { t: 600, media: 'playing' },
      { t: 2400, media: 'stopped' }, { t: 3000, user: 'active' }, { t: 3100, end: true });
    expect(timeline(result, away)).toEqual(['3030 natural-break awaySeconds=2430']);
  });

  it('seen playing, then typed over, says nothing of a later stillness: leaving after it is a natural break on time', () => {
    // Where a stop is not reported: the reading before the stillness finds the video long over.
    const lines: TraceLine[] = [{ settings: HOURLY }, { t: 0, user: 'active' }, { t: 600, user: 'idle' }, { t: 600, media: 'playing' },
      { t: 1500, media: 'stopped' }, { t: 1500, user: 'active' }, { t: 2000, user: 'idle' }, { t: 2500, user: 'active' }, { t: 2600, end: true }];
    expect(timeline(replayLines(lines, { mediaReports: false }), away)).toEqual(['2510 natural-break awaySeconds=510']);
  });

  it('stops counting the moment the setting goes off', () => {
    const parsed = parseSettings(HOURLY);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const world = createSimWorld(Date.parse('2026-03-02T09:00:00Z'), { mediaReports: false });
    const seen: string[] = [];
    const engine = createEngine(parsed.value, {
      clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer,
      onEvent: (e) => { if (e.event === 'natural-break') seen.push(`${world.elapsed() / 1000} ${e.event} ${e.awaySeconds}`); },
    });
    world.advanceTo(600_000);
    world.user('idle');
    world.media('playing');
    world.advanceTo(1200_000);
    expect(engine.snapshot().away).toBe(false);
    engine.updateSettings({ ...parsed.value, watching: { ...parsed.value.watching, media: false }, busy: { ...parsed.value.busy, call: false, fullscreen: false, dnd: false } });
    world.advanceTo(1600_000);
    expect(engine.snapshot().away).toBe(true);
    world.user('active');
    world.advanceTo(1700_000);
    expect(seen).toHaveLength(1);
    engine.stop();
  });

  it('is read again after a restart, which the saved state does not vouch for', () => {
    const still = [{ t: 600, user: 'idle' }, { t: 600, media: 'playing' }, { t: 2400, media: 'stopped' }, { t: 3000, user: 'active' }, { t: 3100, end: true }];
    const restarted = run(HOURLY, ...still.slice(0, 2), { t: 1000, restart: 20 }, ...still.slice(2));
    expect(timeline(restarted, away)).toEqual(['3030 natural-break awaySeconds=630']);
  });

  it('that starts after the user has gone long enough is no return', () => {
    const result = run(HOURLY, { t: 600, user: 'idle' }, { t: 1200, media: 'playing' }, { t: 1500, user: 'active' }, { t: 1600, end: true });
    expect(timeline(result, away)).toEqual(['1530 natural-break awaySeconds=930']);
  });
});

describe('the "I\'m reading" switch', () => {
  it('until input: stillness is sitting until the next input, and counts from that input after it', () => {
    const result = run(HOURLY, { t: 600, action: 'reading', until: 'input' }, { t: 600, user: 'idle' },
      { t: 2000, user: 'active' }, { t: 2100, user: 'idle' }, { t: 2700, user: 'active' }, { t: 2800, end: true });
    expect(timeline(result, away)).toEqual([
      '600 reading until=null',
      '2010 reading-ended input',
      '2730 natural-break awaySeconds=630',
    ]);
  });

  it('for some minutes: stillness counts from when they run out', () => {
    const result = run(HOURLY, { t: 600, action: 'reading', minutes: 30 }, { t: 600, user: 'idle' },
      { t: 3000, user: 'active' }, { t: 3100, end: true });
    expect(timeline(result, away)).toEqual([
      `600 reading until=${Date.parse('2026-01-05T09:40:00Z')}`,
      '2400 reading-ended time',
      '3030 natural-break awaySeconds=630',
    ]);
  });

  it('ends when the user locks the screen, which is leaving as usual', () => {
    const result = run(HOURLY, { t: 600, action: 'reading', minutes: 60 }, { t: 600, user: 'idle' }, { t: 1000, system: 'lock' },
      { t: 1600, system: 'unlock' }, { t: 1700, end: true });
    expect(timeline(result, away)).toEqual([
      `600 reading until=${Date.parse('2026-01-05T10:10:00Z')}`,
      '1000 reading-ended left',
      '1600 natural-break awaySeconds=600',
    ]);
  });

  it('turns off when asked, and says there was nothing to turn off otherwise', () => {
    const result = run(HOURLY, { t: 600, action: 'stop-reading' }, { t: 650, user: 'idle' }, { t: 700, action: 'reading', until: 'input' },
      { t: 800, action: 'stop-reading' }, { t: 1500, user: 'active' }, { t: 1600, end: true });
    expect(timeline(result, away)).toEqual([
      '600 ignored action=stop-reading not-reading',
      '700 reading until=null',
      '800 reading-ended off',
      '1520 natural-break awaySeconds=720',
    ]);
  });

  it('until input ends after 90 minutes at most: someone who left without locking is away from then', () => {
    const result = run({ ...HOURLY, longBreak: { enabled: false } }, { t: 600, action: 'reading', until: 'input' }, { t: 600, user: 'idle' },
      { t: 7200, user: 'active' }, { t: 7300, end: true });
    expect(timeline(result, away)).toEqual(['600 reading until=null', '6000 reading-ended time', '7230 natural-break awaySeconds=1230']);
  });

  it('goes on across a restart, and the stillness while Limber was down is reading too', () => {
    const result = run(HOURLY, { t: 600, action: 'reading', minutes: 30 }, { t: 600, user: 'idle' }, { t: 1000, restart: 900 },
      { t: 3000, user: 'active' }, { t: 3100, end: true });
    expect(timeline(result, away)).toEqual([
      `600 reading until=${Date.parse('2026-01-05T09:40:00Z')}`,
      '2400 reading-ended time',
      '3030 natural-break awaySeconds=630',
    ]);
  });

  it('does not hold breaks: they come on time', () => {
    const result = run(HOURLY, { t: 600, action: 'reading', until: 'input' }, { t: 600, user: 'idle' }, { t: 3700, end: true });
    expect(timeline(result, away)).toEqual(['600 reading until=null', '3600 due long']);
  });
});
