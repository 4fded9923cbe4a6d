import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ContentSize, LimberBridge } from '../../core/contract';
import type { Host } from '../../core/host';
import type { Log } from '../log';
import { APP_ORIGIN } from '../windows/app-protocol';
import { serveBridge } from '../windows/ipc';
import type { Windows } from '../windows/windows';

/** Serves the bridge to Limber's own windows: each page gets the host, plus what acts on its own window. */
export function serveBridges(host: Host, windows: Windows, shell: Pick<LimberBridge, 'busySignals' | 'shortcuts'>, log: Log) {
  const isOwnSender = (event: IpcMainInvokeEvent) =>
    windows.owns(event.sender) && event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true;
  const bridgeFor = (event: IpcMainInvokeEvent) => ({
    ...host, fitWindow: (size: ContentSize) => Promise.resolve(windows.fit(event.sender, size)),
    whenShown: () => windows.whenShown(event.sender),
    busySignals: shell.busySignals,
    shortcuts: shell.shortcuts,
  });
  serveBridge(ipcMain, bridgeFor, isOwnSender, log);
}
