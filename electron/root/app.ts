import { app, dialog, ipcMain, nativeTheme, powerMonitor, protocol, screen, session, type IpcMainInvokeEvent } from 'electron';
import { APP_ORIGIN, serveRenderer } from '../windows/app-protocol';
import { stopAudioServiceWhenUnused } from '../desktop/audio-service';
import { createAutostart } from '../desktop/autostart';
import { localClockTime, localUtcOffset, setMonotonicTimer, systemClock } from '../system/clock';
import { launchCommand } from '../../core/autostart-entry';
import type { CliCommand } from '../../core/cli';
import { createEngine, type Engine } from '../../core/engine/engine';
import { encodeHistory } from '../../core/history/codec';
import { salvageHistory } from '../../core/history/history';
import { watchStats } from '../../core/history/changes';
import { createHistoryRecorder } from '../../core/history/recorder';
import type { ContentSize } from '../../core/contract';
import { createHost, salvageAppState, type AppState } from '../../core/host';
import { CHANGED_CHANNEL } from '../../core/ipc/channels';
import { salvageSettings } from '../../core/settings/parse';
import type { Settings } from '../../core/settings/schema';
import { promptText, tooltip, trayMenu, trayStatus, withdrawsPrompts } from '../../core/shell/status';
import { trayLook } from '../../core/shell/tray-icon';
import { freshIdle } from '../system/idle';
import { checkSession } from '../system/session-check';
import { pointerPositionKnown, promptWindowsWork } from '../../core/shell/session';
import { serveBridge } from '../windows/ipc';
import { createBusyWatch } from '../busy/watch';
import type { Log } from '../log';
import type { Notifier } from '../desktop/notifications';
import { watchPower } from '../system/power';
import { createFileSaver } from '../storage/save-file';
import { saveTroubles } from '../storage/save-troubles';
import { denyPermissions } from '../windows/security';
import { openDocument, type Document } from '../storage/store';
import { keepEngineState } from '../storage/engine-state';
import { readMachineTime } from '../system/machine-time';
import { saveAtWindowsSessionEnd } from '../system/session-end';
import { createWarmWindows } from '../windows/warm-windows';
import { displaysOf } from '../windows/displays';
import { createWindows } from '../windows/windows';
import type { Launched, Limber, LimberOptions } from './handover';

/**
 * Only a GNOME Wayland session needs the D-Bus client (dbus-next and its XML parser, a fifth of the main bundle):
 * it loads from its own chunk when asked for, not at every start.
 */
const connectSessionIdle = async (busAddress: string) => (await import('../system/session-idle')).connectAnySessionIdle(busAddress);
const trayHostOnBus = async (env: NodeJS.ProcessEnv) => (await import('../desktop/tray-host')).trayHostOnBus(env);

/** The composition root: wires the engine to the system, the tray, the windows and the stores. */
export async function wireLimber(options: LimberOptions, launched: Launched): Promise<Limber> {
  const { log } = options;
  const { tray } = launched;
  // The default session is set up when the first window needs it: touching it starts its network context, which took
  // 55-85 ms before the tray icon could appear and holds 4 MB in the network service while no window is open.
  let pagesReady = false;
  const preparePages = () => {
    if (pagesReady) return;
    pagesReady = true;
    serveRenderer(protocol, options.rendererDir);
    denyPermissions(session.defaultSession);
  };

  const dir = app.getPath('userData');
  const settingsFile = openDocument(dir, 'config', salvageSettings);
  const stateFile = openDocument(dir, 'state', salvageAppState);
  const historyFile = openDocument(dir, 'history', salvageHistory, { encode: encodeHistory, compact: true });
  // A click on any Limber notification arrives here; only one about a coming or due break starts it.
  let onNotificationClick = () => undefined as unknown;
  const notifier = options.notifier(() => { onNotificationClick(); });
  const troubles = saveTroubles(log, (text) => { notifier.notify(text); });
  const engineState = keepEngineState(dir, {
    machine: readMachineTime, log, notify: (text) => { notifier.notify(text); }, reporting: (save) => troubles.watch('engine state', save),
  });
  reportDamage(notifier, log, { settings: settingsFile, state: stateFile, history: historyFile, engine: engineState.file });
  const saveSettings = troubles.watch('settings', settingsFile.save);
  const saveStateFile = troubles.watch('state', stateFile.save);
  const saveState = (state: AppState) => {
    try {
      saveStateFile(state);
    } catch {
      // Reported once by `troubles`; the next change writes the whole state again.
    }
  };

  const autostart = createAutostart({
    platform: process.platform,
    app,
    command: launchCommand({ appImage: process.env.APPIMAGE, execPath: process.execPath, isPackaged: app.isPackaged, appPath: app.getAppPath() }),
  });
  // Written on the first start and when the setting changes, never over what the user switched off in the desktop.
  // An unpackaged run (npm start) would register the development Electron at login, so it never writes.
  const applyAutostart = (settings: Settings) => {
    if (!app.isPackaged) return;
    autostart.set(settings.startAtLogin).catch((error: unknown) => { log.warn(`Autostart not changed: ${String(error)}`); });
  };
  if (!settingsFile.existed) {
    applyAutostart(settingsFile.value());
    try {
      saveSettings(settingsFile.value());
    } catch {
      // Reported once by `troubles`; the defaults are in memory, and the welcome window asks again.
    }
  }

  const { session: desktopSession, idle } = await checkSession({
    platform: process.platform, env: process.env, argv: options.argv, powerMonitor, connectSessionIdle, trayHostOnBus, log,
    notice: {
      given: () => stateFile.value().sessionNotes,
      give: (text, notes) => {
        notifier.notify(text);
        saveState({ ...stateFile.value(), sessionNotes: [...stateFile.value().sessionNotes, ...notes] });
      },
    },
  });
  const fresh = freshIdle(idle, (m) => { log.warn(m); });
  const power = watchPower(idle, fresh.calls((event) => {
    engine.system(event);
    if (event === 'suspend' || event === 'lock') recorder.flush();
  }));

  let quitting = false;
  const displays = displaysOf(screen, { pointerKnown: pointerPositionKnown(desktopSession) });
  const windows = createWindows({
    beforeCreate: preparePages,
    preload: options.preload,
    url: (screen, query) => `${APP_ORIGIN}/index.html#/${screen}${query ? `?${query}` : ''}`,
    devTools: !app.isPackaged,
    workArea: displays.workArea,
    workAreaInUse: displays.workAreaInUse,
    onClosedByUser: (shown) => {
      warm.closedByUser(shown);
      // Closing the break window ends the break it showed; while quitting, the engine has already stopped.
      if (!quitting && shown === 'break' && engine.snapshot().breakInProgress) engine.act({ action: 'finish-break' });
    },
  });
  displays.onChange(() => { windows.keepOnDisplays(); });
  stopAudioServiceWhenUnused(app, windows, log);
  const warm = createWarmWindows({
    windows, promptWindows: promptWindowsWork(desktopSession), settings: () => settingsFile.value(), state: () => stateFile.value(),
    offer: (kind) => host.offer(kind), snapshot: () => engine.snapshot(),
  });
  const recorder = createHistoryRecorder({
    initial: historyFile.value(),
    save: troubles.watch('history', historyFile.save),
    utcOffset: localUtcOffset,
    now: () => systemClock.now(),
  });
  // Only an open statistics window is told; none is opened for it.
  const lookAtStats = watchStats(
    () => ({ history: recorder.current(), today: recorder.today(), snapshot: engine.snapshot() }),
    () => { windows.pageOf('stats')?.send(CHANGED_CHANNEL); },
  );

  const busy = createBusyWatch({
    platform: process.platform, env: process.env, ownPids: () => app.getAppMetrics().map((metric) => metric.pid),
    ownExe: process.execPath, home: app.getPath('home'), log,
    ...(options.busySignals && { signals: options.busySignals }),
  });
  const engine: Engine = createEngine(settingsFile.value(), {
    clock: systemClock,
    readIdleSeconds: power.readIdleSeconds,
    readSignals: busy.read,
    watchMedia: busy.watchMedia,
    utcOffset: localUtcOffset,
    setTimer: fresh.timer(setMonotonicTimer),
    onEvent: (event) => {
      recorder.onEvent(event);
      if (withdrawsPrompts(event)) notifier.withdrawPrompts();
      const promptWindow = promptWindowsWork(desktopSession) && settingsFile.value().promptStyle === 'notification-and-window';
      const text = promptText(event, settingsFile.value(), engine.snapshot().sittingSeconds, promptWindow);
      if (text) notifier.prompt(text);
      if (event.event === 'held') log.info(`Break held: ${event.kind} (${event.reason})`);
      if (event.event === 'hold-ended') log.info(`Hold ended (${event.why}) after ${event.heldSeconds} s`);
      if (event.event === 'natural-break') log.info(`Natural break: away ${event.awaySeconds} s`);
      if (event.event === 'reading-ended') log.info(`Reading switch off (${event.why})`);
      if (event.event === 'due') {
        log.info(`Break due: ${event.kind}${event.repeat ? ` (reminder ${event.repeat})` : ''}`);
        warm.due(event.kind);
      }
    },
    afterStep: () => {
      refresh();
      engineState.stepped(engine);
    },
  });

  onNotificationClick = () => {
    const pending = engine.snapshot().pending;
    if (pending) void host.startOffered(pending.kind);
  };
  const host = createHost({
    engine: () => Promise.resolve(engine),
    settings: {
      current: () => settingsFile.value(),
      save: (settings) => {
        const before = settingsFile.value().startAtLogin;
        saveSettings(settings);
        if (settings.startAtLogin !== before) applyAutostart(settings);
        nativeTheme.themeSource = settings.theme;
        refresh();
      },
    },
    state: { current: () => stateFile.value(), save: saveState },
    history: recorder,
    saveFile: createFileSaver(dialog, () => app.getPath('documents')),
    showBreak: (routineId) => {
      windows.show('break', `routine=${routineId}`);
      windows.close('prompt');
    },
  });
  const isOwnSender = (event: IpcMainInvokeEvent) =>
    windows.owns(event.sender) && event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true;
  const bridgeFor = (event: IpcMainInvokeEvent) => ({
    ...host, fitWindow: (size: ContentSize) => { windows.fit(event.sender, size); return Promise.resolve(); },
    whenShown: () => windows.whenShown(event.sender),
    busySignals: busy.statuses,
  });
  serveBridge(ipcMain, bridgeFor, isOwnSender, log);

  function refresh() {
    const snapshot = engine.snapshot();
    recorder.onStep(snapshot);
    lookAtStats();
    warm.refresh(snapshot);
    tray.show({
      look: trayLook(snapshot),
      tooltip: tooltip(snapshot, localClockTime),
      menu: trayMenu(snapshot, settingsFile.value(), localClockTime),
    });
    const status = trayStatus(snapshot, localClockTime);
    if (status !== traySaid) log.info(`Tray: ${status}`);
    traySaid = status;
  }
  let traySaid = '';
  launched.onTrayCommand((command) => {
    if (command === 'quit') app.quit();
    else if ('action' in command) engine.act(command.action);
    else if ('start' in command) void host.startOffered(command.start);
    else if ('routine' in command) void host.startBreak(command.routine);
    else windows.show(command.open);
  });
  const runCommand = (command: CliCommand) => {
    log.info(`Command line: ${command.command}`);
    if (command.command === 'pause') engine.act({ action: 'pause', ...('minutes' in command ? { minutes: command.minutes } : { until: command.until }) });
    else if (command.command === 'resume') engine.act({ action: 'resume' });
    else if (command.command === 'break-now') void (command.routine ? host.startBreak(command.routine) : host.offerAndStart('long'));
    else if (command.command === 'stats') windows.show('stats');
    else if (command.command === 'quit') app.quit();
    // A plain second start, like --settings, opens the settings: the user is looking for Limber.
    else if (command.command === 'settings' || command.command === 'none') windows.show('settings');
  };

  // The machine is going down: write what a quit would, in case nothing more runs.
  const saveNow = () => {
    recorder.flush();
    engineState.quit(engine);
  };
  powerMonitor.on('shutdown', saveNow);
  saveAtWindowsSessionEnd(process.platform, saveNow);
  // Electron closes the windows after 'before-quit': everything stops here, and their 'closed' events change nothing.
  app.on('before-quit', () => {
    if (quitting) return;
    quitting = true;
    if (engine.snapshot().breakInProgress) engine.act({ action: 'finish-break' });
    // A break's notification stays until withdrawn: it would outlive Limber.
    notifier.withdrawPrompts();
    const written = [engineState.quit(engine), recorder.flush()].every(Boolean);
    power.stop();
    engine.stop();
    busy.close();
    idle.close?.();
    if (written) log.info('Stopped: history and engine state saved');
    else log.error('Stopped without writing the latest history or engine state: the disk refused them (see above)');
  });

  nativeTheme.themeSource = settingsFile.value().theme;
  // Last, once everything it may call on exists: the state taken up can make a break due at once.
  recorder.begin(engineState.restore(engine));
  power.startLocked(engine.snapshot().locked);
  refresh();
  if (!settingsFile.existed) windows.show('welcome');
  if (launched.command.command !== 'none') runCommand(launched.command);
  launched.onCommand(runCommand);
  // macOS starts no second process: opening Limber again activates this one, which has no Dock icon to click.
  app.on('activate', () => { runCommand({ command: 'none' }); });
  return { engine };
}

function reportDamage(notifier: Notifier, log: Log, files: Record<string, Pick<Document<unknown>, 'problem'>>) {
  for (const [name, { problem }] of Object.entries(files)) {
    if (!problem) continue;
    if (problem.newer) {
      log.warn(`The ${name} file comes from a newer Limber (${problem.problems.join('; ')}): it is read for what this one understands and left unchanged.`);
      notifier.notify({
        title: `Limber's ${name} file is from a newer version`,
        body: 'This Limber uses what it understands of it and leaves the file as it is. Changes made now last until Limber quits; update Limber to keep them.',
      });
      continue;
    }
    const kept = problem.keptAs ? `The original is kept beside it as ${problem.keptAs}.` : 'The file is left untouched.';
    log.warn(`The ${name} file had problems (${problem.problems.join('; ')}). ${kept}`);
    notifier.notify({ title: `Limber repaired its ${name} file`, body: `What it could not read is back to its defaults. ${kept}` });
  }
}
