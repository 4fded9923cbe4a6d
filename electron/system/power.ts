import { powerMonitor } from 'electron';
import type { SystemEvent } from '../../core/engine/types';
import type { IdleSource } from './idle-source';

const FORWARDED = [['suspend', 'suspend'], ['resume', 'resume'], ['lock-screen', 'lock'], ['unlock-screen', 'unlock']] as const;
/** Only splits 'idle' from 'active', which is not used here; 'locked' does not depend on it. */
const IDLE_THRESHOLD_S = 60;

export interface PowerWatch {
  /** Reads the idle source. On Linux it also checks the screen lock, and reports a change after the read returns. */
  readIdleSeconds: () => number;
  /**
   * What the engine took up from before a restart: a screen locked then, and not since unlocked as far as anything
   * says, is locked until an unlock is seen, which must then reach the engine.
   */
  startLocked: (locked: boolean) => void;
  stop: () => void;
}

/**
 * Forwards suspend, resume and screen lock. Electron has lock events on macOS and Windows only:
 * on Linux the lock shows in the idle state instead, checked whenever the engine reads idle time.
 */
export function watchPower(idle: IdleSource, onEvent: (event: SystemEvent) => void, platform = process.platform): PowerWatch {
  let locked = false;
  const report = (event: SystemEvent) => {
    if (event === 'lock' || event === 'unlock') {
      if (locked === (event === 'lock')) return;
      locked = event === 'lock';
    }
    onEvent(event);
  };
  const listeners = FORWARDED.map(([name, event]) => {
    const listener = () => { report(event); };
    powerMonitor.on(name as 'suspend', listener);
    return () => { powerMonitor.off(name as 'suspend', listener); };
  });
  // Only the idle state's own changes count, so it cannot undo a lock event it never showed.
  let stateLocked = false;
  const checkLock = () => {
    const state = powerMonitor.getSystemIdleState(IDLE_THRESHOLD_S);
    if (state === 'unknown' || stateLocked === (state === 'locked')) return;
    stateLocked = state === 'locked';
    const event = stateLocked ? 'lock' : 'unlock';
    // The engine is mid-step while it reads: the event must wait until that step is done.
    queueMicrotask(() => { report(event); });
  };
  return {
    readIdleSeconds: () => {
      if (platform === 'linux') checkLock();
      return idle.read();
    },
    startLocked: (engineLocked) => {
      locked = engineLocked;
      stateLocked = engineLocked;
    },
    stop: () => { for (const unsubscribe of listeners) unsubscribe(); },
  };
}
