import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLog, type LogLevel } from '../../electron/log';

afterEach(() => { vi.useRealTimers(); });

describe('the log as Limber starts', () => {
  it('keeps messages with the time they were logged until the file is attached, then writes everything in order', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T08:00:00.000Z') });
    const log = startLog();
    expect(log.keeping()).toBe(false);
    log.info('Idle time from: powerMonitor');
    vi.advanceTimersByTime(250);
    log.warn('The settings file had problems');
    expect(log.keeping()).toBe(true);
    vi.advanceTimersByTime(600);
    const written: [LogLevel, string, string][] = [];
    log.attach((level, message, date) => { written.push([level, message, date.toISOString()]); });
    log.error('Limber could not start');
    expect(written).toEqual([
      ['info', 'Idle time from: powerMonitor', '2026-12-01T08:00:00.000Z'],
      ['warn', 'The settings file had problems', '2026-12-01T08:00:00.250Z'],
      ['error', 'Limber could not start', '2026-12-01T08:00:00.850Z'],
    ]);
    expect(log.keeping()).toBe(false);
  });
});
