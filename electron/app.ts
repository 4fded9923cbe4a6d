import { app } from 'electron';
import { localClockTime, localUtcOffset, setMonotonicTimer, systemClock } from './clock';
import { createEngine, type Engine } from './core/engine/engine';
import { DEFAULT_SETTINGS } from './core/settings/schema';
import { promptText, tooltip, trayMenu } from './core/shell/status';
import { trayLook } from './core/shell/tray-icon';
import { notify } from './notifications';
import { readIdleSeconds, watchPower } from './power';
import { createTray } from './tray';

/** The composition root: wires the engine to the system and the tray. Returns null in a second instance. */
export async function startLimber(): Promise<Engine | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  await app.whenReady();
  app.dock?.hide();
  const settings = DEFAULT_SETTINGS;
  const tray = createTray((command) => {
    if (command === 'quit') app.quit();
    else engine.act(command.action);
  });
  const engine: Engine = createEngine(settings, {
    clock: systemClock,
    readIdleSeconds,
    utcOffset: localUtcOffset,
    setTimer: setMonotonicTimer,
    onEvent: (event) => {
      const text = promptText(event, settings, engine.snapshot().sittingSeconds);
      if (text) notify(text);
    },
    afterStep: () => { refresh(); },
  });
  const refresh = () => {
    const snapshot = engine.snapshot();
    tray.show({ look: trayLook(snapshot), tooltip: tooltip(snapshot, localClockTime), menu: trayMenu(snapshot, settings, localClockTime) });
  };
  refresh();
  watchPower((event) => { engine.system(event); });
  return engine;
}
