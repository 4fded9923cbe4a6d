import { app } from 'electron';
import { createEngine, type StampedEvent } from '../../core/engine/engine';
import type { SystemEvent } from '../../core/engine/types';
import type { Settings } from '../../core/settings/schema';
import type { BusySignal } from '../busy/signal';
import { createBusyWatch } from '../busy/watch';
import type { Log } from '../log';
import { localUtcOffset, setMonotonicTimer, systemClock } from '../system/clock';
import { freshIdle } from '../system/idle';
import type { IdleSource } from '../system/idle-source';
import { watchPower } from '../system/power';
import { listeners } from './listeners';

export interface EngineWiring {
  log: Log;
  settings: Settings;
  idle: IdleSource;
  /** Written when the machine goes to sleep or the screen locks: Limber may not run again before it goes down. */
  history: { flush(): unknown };
  /** Busy signals other than the platform's, for tests. */
  busySignals?: BusySignal[] | undefined;
}

/**
 * The engine on the system's clocks, idle time, power events and busy signals. Its events and the end of each of its
 * steps go to whoever listens: the history, the prompts, the tray and the windows, all wired after it.
 */
export function startEngine({ log, settings, idle, history, busySignals }: EngineWiring) {
  const events = listeners<[StampedEvent]>();
  const steps = listeners();
  const systemEvents = listeners<[SystemEvent]>();
  const fresh = freshIdle(idle, (m) => { log.warn(m); });
  const power = watchPower(idle, fresh.calls(systemEvents.emit));
  const busy = createBusyWatch({
    platform: process.platform, env: process.env, ownPids: () => app.getAppMetrics().map((metric) => metric.pid),
    ownExe: process.execPath, home: app.getPath('home'), log,
    ...(busySignals && { signals: busySignals }),
  });
  const engine = createEngine(settings, {
    clock: systemClock,
    readIdleSeconds: power.readIdleSeconds,
    readSignals: busy.read,
    watchMedia: busy.watchMedia,
    utcOffset: localUtcOffset,
    setTimer: fresh.timer(setMonotonicTimer),
    onEvent: events.emit,
    afterStep: steps.emit,
  });
  systemEvents.add((event) => {
    engine.system(event);
    if (event === 'suspend' || event === 'lock') history.flush();
  });
  return { engine, power, busy, events, steps };
}
