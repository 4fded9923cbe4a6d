import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SystemEvent } from '../../../core/engine/types';
import { electronIdle } from '../../../electron/system/idle';
import { watchPower } from '../../../electron/system/power';
import { fake, powerMonitor } from '../../../harness/fake-electron';

let events: SystemEvent[] = [];
const record = (event: SystemEvent) => { events.push(event); };
const settle = () => new Promise<void>((resolve) => { setImmediate(resolve); });

beforeEach(() => {
  fake.reset();
  events = [];
});

describe('watchPower', () => {
  it('forwards suspend and resume until stopped', () => {
    const power = watchPower(electronIdle(powerMonitor), record, 'linux');
    powerMonitor.emit('suspend');
    powerMonitor.emit('resume');
    power.stop();
    powerMonitor.emit('suspend');
    expect(events).toEqual(['suspend', 'resume']);
    expect(powerMonitor.eventNames()).toEqual([]);
  });

  it('reads idle time only when asked', () => {
    const idleTime = vi.spyOn(powerMonitor, 'getSystemIdleTime');
    const power = watchPower(electronIdle(powerMonitor), record, 'linux');
    powerMonitor.emit('suspend');
    powerMonitor.emit('resume');
    expect(idleTime).not.toHaveBeenCalled();
    fake.idleSeconds = 42;
    expect(power.readIdleSeconds()).toBe(42);
    expect(idleTime).toHaveBeenCalledTimes(1);
  });

  describe('on Linux, which has no lock events', () => {
    it('reports the lock and the unlock seen in the idle state once each, after the read returns', async () => {
      const power = watchPower(electronIdle(powerMonitor), record, 'linux');
      fake.idleState = 'locked';
      fake.idleSeconds = 30;
      expect(power.readIdleSeconds()).toBe(30);
      expect(events).toEqual([]);
      power.readIdleSeconds();
      await settle();
      power.readIdleSeconds();
      await settle();
      expect(events).toEqual(['lock']);
      fake.idleState = 'active';
      power.readIdleSeconds();
      power.readIdleSeconds();
      await settle();
      expect(events).toEqual(['lock', 'unlock']);
    });

    it('does not step into the engine from inside its own read', async () => {
      let reading = false;
      const readingWhenCalled: boolean[] = [];
      // Like the engine, which reads idle time again as it takes the lock.
      const power = watchPower(electronIdle(powerMonitor), (event) => {
        readingWhenCalled.push(reading);
        record(event);
        power.readIdleSeconds();
      }, 'linux');
      fake.idleState = 'locked';
      reading = true;
      power.readIdleSeconds();
      reading = false;
      await settle();
      expect(events).toEqual(['lock']);
      expect(readingWhenCalled).toEqual([false]);
    });

    it('ignores an unknown idle state', async () => {
      const power = watchPower(electronIdle(powerMonitor), record, 'linux');
      fake.idleState = 'locked';
      power.readIdleSeconds();
      await settle();
      fake.idleState = 'unknown';
      power.readIdleSeconds();
      await settle();
      expect(events).toEqual(['lock']);
    });

    it('keeps a lock event that the idle state does not show', async () => {
      const power = watchPower(electronIdle(powerMonitor), record, 'linux');
      powerMonitor.emit('lock-screen');
      power.readIdleSeconds();
      await settle();
      expect(events).toEqual(['lock']);
    });

    it('does not repeat a lock that a lock event already reported', async () => {
      const power = watchPower(electronIdle(powerMonitor), record, 'linux');
      powerMonitor.emit('lock-screen');
      fake.idleState = 'locked';
      power.readIdleSeconds();
      await settle();
      powerMonitor.emit('unlock-screen');
      powerMonitor.emit('unlock-screen');
      expect(events).toEqual(['lock', 'unlock']);
    });
  });

  it('on macOS forwards the lock events and leaves the idle state alone', async () => {
    const idleState = vi.spyOn(powerMonitor, 'getSystemIdleState');
    const power = watchPower(electronIdle(powerMonitor), record, 'darwin');
    fake.idleState = 'locked';
    power.readIdleSeconds();
    await settle();
    expect(events).toEqual([]);
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('unlock-screen');
    expect(events).toEqual(['lock', 'unlock']);
    expect(idleState).not.toHaveBeenCalled();
  });

  describe('after a restart while the screen was locked', () => {
    it('on macOS and Windows, passes on the first unlock, which ends what the engine took up as locked', () => {
      const power = watchPower(electronIdle(powerMonitor), record, 'win32');
      power.startLocked(true);
      powerMonitor.emit('unlock-screen');
      powerMonitor.emit('lock-screen');
      expect(events).toEqual(['unlock', 'lock']);
    });

    it('on Linux, reports the unlock once the idle state no longer shows the lock', async () => {
      const power = watchPower(electronIdle(powerMonitor), record, 'linux');
      power.startLocked(true);
      fake.idleState = 'locked';
      power.readIdleSeconds();
      await settle();
      expect(events).toEqual([]);
      fake.idleState = 'active';
      power.readIdleSeconds();
      await settle();
      expect(events).toEqual(['unlock']);
    });
  });
});
