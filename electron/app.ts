import { join } from 'node:path';
import { app, ipcMain, powerMonitor, protocol, type IpcMainInvokeEvent } from 'electron';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { createAutostart } from './autostart';
import { localClockTime, localUtcOffset, setMonotonicTimer, systemClock } from './clock';
import { launchCommand } from './core/autostart-entry';
import { parseCommandLine, userArguments, USAGE, type CliCommand } from './core/cli';
import { createEngine, type Engine } from './core/engine/engine';
import { dueBreak } from './core/engine/snapshot';
import { salvageHistory } from './core/history/history';
import { createHistoryRecorder } from './core/history/recorder';
import { createHost, salvageAppState } from './core/host';
import { salvageSettings } from './core/settings/parse';
import type { Settings } from './core/settings/schema';
import { promptText, tooltip, trayMenu, type TrayCommand } from './core/shell/status';
import { trayLook } from './core/shell/tray-icon';
import { chooseIdleSource, freshIdle } from './idle';
import { serveBridge } from './ipc';
import type { Log } from './log';
import { connectMutterIdle } from './mutter-idle';
import type { Notifier } from './notifications';
import { watchPower } from './power';
import { lockDownPages } from './security';
import { openDocument, type Document } from './store';
import { createTray } from './tray';
import { createWindows } from './windows';

export interface LimberOptions {
  log: Log;
  /** Built renderer and preload, from `npm run build`. */
  rendererDir: string;
  preload: string;
  argv: readonly string[];
  notifier(onClick: () => void): Notifier;
  /** Where the second instance prints usage and errors; it exits with the code. */
  print(text: string): void;
  exit(code: number): void;
}

export interface Limber { engine: Engine; runCommand(command: CliCommand): void }

/** The composition root: wires the engine to the system, the tray, the windows and the stores. */
export async function startLimber(options: LimberOptions): Promise<Limber | null> {
  const { log } = options;
  const parsed = parseCommandLine(userArguments(options.argv, app.isPackaged));
  if (!parsed.ok || parsed.command.command === 'help') {
    options.print(parsed.ok ? USAGE : `limber: ${parsed.error}\n`);
    options.exit(parsed.ok ? 0 : 2);
    return null;
  }
  registerAppScheme(protocol);
  // The running Limber gets these arguments, already checked here, and checks them again.
  if (!app.requestSingleInstanceLock({ args: userArguments(options.argv, app.isPackaged) })) {
    app.quit();
    return null;
  }
  lockDownPages(app, log);
  // Closing the last window leaves Limber in the tray.
  app.on('window-all-closed', () => undefined);
  await app.whenReady();
  app.dock?.hide();
  serveRenderer(protocol, options.rendererDir);

  const dir = app.getPath('userData');
  const settingsFile = openDocument(dir, 'config', salvageSettings);
  const stateFile = openDocument(dir, 'state', salvageAppState);
  const historyFile = openDocument(dir, 'history', salvageHistory);
  const notifier = options.notifier(() => { void host.offerAndStart(dueBreak(engine.snapshot())?.kind ?? 'long'); });
  reportDamage(notifier, log, { settings: settingsFile, state: stateFile, history: historyFile });

  const autostart = createAutostart({
    platform: process.platform,
    app,
    command: launchCommand({ appImage: process.env.APPIMAGE, execPath: process.execPath, isPackaged: app.isPackaged, appPath: app.getAppPath() }),
  });
  const applyAutostart = (settings: Settings) => {
    // An unpackaged run (npm start) would register the development Electron at login.
    if (!app.isPackaged) return;
    autostart.set(settings.startAtLogin).catch((error: unknown) => { log.warn(`Autostart not changed: ${String(error)}`); });
  };
  applyAutostart(settingsFile.value());

  const { source: idle, notice } = await chooseIdleSource({
    platform: process.platform, env: process.env, powerMonitor, connectMutter: connectMutterIdle, log: (m) => { log.warn(m); },
  });
  if (notice) notifier.notify({ title: 'Limber follows the clock here', body: notice });
  log.info(`Idle time from: ${idle.name}`);
  const fresh = freshIdle(idle, (m) => { log.warn(m); });
  const power = watchPower(idle, fresh.calls((event) => {
    engine.system(event);
    if (event === 'suspend' || event === 'lock') recorder.flush();
  }));

  const windows = createWindows({
    preload: options.preload,
    url: (screen, query) => `${APP_ORIGIN}/index.html#/${screen}${query ? `?${query}` : ''}`,
    devTools: !app.isPackaged,
    onClosed: (screen) => {
      // Closing the break window ends the break it showed.
      if (screen === 'break' && engine.snapshot().breakInProgress) engine.act({ action: 'finish-break' });
    },
  });
  const recorder = createHistoryRecorder({
    initial: historyFile.value(), save: (history) => { historyFile.save(history); }, utcOffset: localUtcOffset, now: () => systemClock.now(),
  });
  const tray = createTray((command) => { runTrayCommand(command); });

  const engine: Engine = createEngine(settingsFile.value(), {
    clock: systemClock,
    readIdleSeconds: power.readIdleSeconds,
    utcOffset: localUtcOffset,
    setTimer: fresh.timer(setMonotonicTimer),
    onEvent: (event) => {
      recorder.onEvent(event);
      const text = promptText(event, settingsFile.value(), engine.snapshot().sittingSeconds);
      if (text) notifier.notify(text);
      if (event.event === 'due') windows.show('prompt', `kind=${event.kind}`, { focus: false });
    },
    afterStep: () => { refresh(); },
  });

  const host = createHost({
    engine: () => Promise.resolve(engine),
    settings: {
      current: () => settingsFile.value(),
      save: (settings) => { settingsFile.save(settings); applyAutostart(settings); refresh(); },
    },
    state: { current: () => stateFile.value(), save: (state) => { stateFile.save(state); } },
    recordRoutine: (report) => { recorder.recordRoutine(report); },
    showBreak: (routineId) => {
      windows.show('break', `routine=${routineId}`);
      windows.close('prompt');
    },
  });
  const isOwnSender = (event: IpcMainInvokeEvent) =>
    windows.owns(event.sender) && event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true;
  serveBridge(ipcMain, host, isOwnSender, log);

  function refresh() {
    const snapshot = engine.snapshot();
    recorder.onStep(snapshot);
    if (snapshot.pending?.phase !== 'due') windows.close('prompt');
    tray.show({
      look: trayLook(snapshot),
      tooltip: tooltip(snapshot, localClockTime),
      menu: trayMenu(snapshot, settingsFile.value(), localClockTime),
    });
  }
  function runTrayCommand(command: TrayCommand) {
    if (command === 'quit') app.quit();
    else if ('action' in command) engine.act(command.action);
    else if ('routine' in command) void host.startBreak(command.routine);
    else windows.show(command.open);
  }
  function runCommand(command: CliCommand) {
    log.info(`Command line: ${command.command}`);
    if (command.command === 'pause') engine.act({ action: 'pause', ...('minutes' in command ? { minutes: command.minutes } : { until: command.until }) });
    else if (command.command === 'resume') engine.act({ action: 'resume' });
    else if (command.command === 'break-now') void (command.routine ? host.startBreak(command.routine) : host.offerAndStart('long'));
    else if (command.command === 'stats') windows.show('stats');
    else if (command.command === 'quit') app.quit();
    // A plain second start, like --settings, opens the settings: the user is looking for Limber.
    else if (command.command === 'settings' || command.command === 'none') windows.show('settings');
  }

  app.on('second-instance', (_event, _argv, _cwd, data) => {
    const args = (data as { args?: unknown } | null)?.args;
    const again = Array.isArray(args) && args.every((arg) => typeof arg === 'string')
      ? parseCommandLine(args)
      : { ok: false as const, error: 'no list of arguments' };
    if (again.ok) runCommand(again.command);
    else log.warn(`Second instance sent arguments that do not parse: ${again.error}`);
  });
  app.on('before-quit', () => {
    recorder.flush();
    power.stop();
    engine.stop();
    idle.close?.();
  });

  refresh();
  if (parsed.command.command !== 'none') runCommand(parsed.command);
  return { engine, runCommand };
}

function reportDamage(notifier: Notifier, log: Log, files: Record<string, Pick<Document<unknown>, 'problem'>>) {
  for (const [name, { problem }] of Object.entries(files)) {
    if (!problem) continue;
    log.warn(`The ${name} file had problems (${problem.problems.join('; ')}); the original is kept as ${problem.keptAs}`);
    notifier.notify({
      title: `Limber repaired its ${name} file`,
      body: `What it could not read was reset to defaults. The original is kept as ${problem.keptAs}.`,
    });
  }
}

export const rendererPaths = (mainDir: string) => ({
  rendererDir: join(mainDir, '..', 'renderer'),
  preload: join(mainDir, '..', 'preload', 'preload.cjs'),
});
