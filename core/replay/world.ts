import type { BusyReason, SignalReading } from '../busy';
import type { Clock } from '../engine/engine';
import type { MachineTime } from '../engine/saved';
import type { SystemEvent } from '../engine/types';

/**
 * A simulated desk: a clock that only moves when told, a user who types or doesn't, a screen that locks,
 * a player that plays or doesn't, and one pending timer. Time is in ms since the trace start. With `mediaReports`, the
 * world tells a watch when media stops, as Linux does; without, only readings see it.
 */
export function createSimWorld(startWall: number, { mediaReports = true } = {}) {
  let now = 0;
  let clockShift = 0;
  let typing = true;
  let lastInput = 0;
  let locked = false;
  let suspended = false;
  let busy: BusyReason | null = null;
  let busyEnded = -Infinity;
  let busySince = 0;
  let timer: { at: number; fire: () => void } | null = null;
  let playing = false;
  let mediaWatch: (() => void) | null = null;
  const canType = () => typing && !locked && !suspended;
  const input = () => { lastInput = now; };

  const clock: Clock = { now: () => startWall + now + clockShift, monotonic: () => now };
  return {
    clock,
    elapsed: () => now,
    /** One boot for the whole trace, whose clocks run from the trace start; sleep is only in the wall clock here. */
    machine: (): MachineTime => ({ monoMs: now, uptimeMs: now, bootId: 'simulated' }),
    isLocked: () => locked || suspended,
    readSignals: (_wanted: unknown, reply: (reading: SignalReading) => void) => { reply({ busy, media: playing }); },
    watchMedia: mediaReports
      ? (stopped: () => void) => {
        mediaWatch = stopped;
        return () => { if (mediaWatch === stopped) mediaWatch = null; };
      }
      : undefined,
    /** A player starts or stops. */
    media: (state: 'playing' | 'stopped') => {
      playing = state === 'playing';
      const watch = mediaWatch;
      if (!playing && watch) {
        mediaWatch = null;
        watch();
      }
    },
    isPlaying: () => playing,
    /** A call, fullscreen window or Do Not Disturb begins or ends. */
    busy: (reason: BusyReason | null) => {
      if (busy !== null && reason === null) busyEnded = now;
      if (reason !== busy) busySince = now;
      busy = reason;
    },
    /** Why the user is busy now, and for how many seconds, or null. */
    busyNow: () => (busy === null ? null : { reason: busy, seconds: (now - busySince) / 1000 }),
    /** Seconds since the user was last busy: 0 while busy, Infinity if never. */
    secondsSinceBusy: () => (busy !== null ? 0 : (now - busyEnded) / 1000),
    readIdleSeconds: () => Math.floor((now - (canType() ? now : lastInput)) / 1000),
    setTimer: (at: number, fire: () => void) => {
      const entry = { at, fire };
      timer = entry;
      return () => { if (timer === entry) timer = null; };
    },
    /** Moves time forward to `target`, firing the engine's timer on the way (a timer due at `target` fires). */
    advanceTo(target: number) {
      while (timer && timer.at <= target) {
        const { at, fire } = timer;
        timer = null;
        now = Math.max(now, at);
        fire();
      }
      now = Math.max(now, target);
    },
    user(state: 'active' | 'idle') {
      if (canType()) input();
      typing = state === 'active';
    },
    system(event: SystemEvent) {
      if (canType()) input();
      // Only a sleeping machine can suspend; any other event means it is awake.
      suspended = event === 'suspend';
      if (event === 'lock') locked = true;
      if (event === 'unlock') locked = false;
      // Typing a password or waking the machine is input.
      if (event === 'unlock' || event === 'resume') input();
    },
    /** A click on a prompt or the tray is input too, and wakes a sleeping machine. */
    click: () => {
      suspended = false;
      if (!locked) input();
    },
    shiftClock: (ms: number) => { clockShift += ms; },
  };
}
