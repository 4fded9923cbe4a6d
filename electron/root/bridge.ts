import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { ContentSize, Languages, LimberBridge } from '../../core/contract';
import type { UpdateStep } from '../../core/updates/offer';
import type { Host } from '../../core/host';
import type { GlobalShortcuts } from '../desktop/shortcuts';
import type { Log } from '../log';
import type { FollowedUpdates } from './updates';
import { APP_ORIGIN } from '../windows/app-protocol';
import { serveBridge } from '../windows/ipc';
import type { Windows } from '../windows/windows';

interface ShellCalls {
  busySignals: LimberBridge['busySignals'];
  shortcuts: Pick<GlobalShortcuts, 'status' | 'hold'>;
  updates: Pick<FollowedUpdates, 'view' | 'step'>;
  language: () => Languages;
}

/** Serves the bridge to Limber's own windows: each page gets the host, plus what acts on its own window. */
export function serveBridges(host: Host, windows: Windows, shell: ShellCalls, log: Log) {
  const isOwnSender = (event: IpcMainInvokeEvent) =>
    windows.owns(event.sender) && event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true;
  const watched = new WeakSet<WebContents>();
  const bridgeFor = (event: IpcMainInvokeEvent) => ({
    ...host, fitWindow: (size: ContentSize) => Promise.resolve(windows.fit(event.sender, size)),
    whenShown: () => windows.whenShown(event.sender),
    busySignals: shell.busySignals,
    shortcuts: () => Promise.resolve(shell.shortcuts.status()),
    holdShortcuts: (held: boolean) => {
      shell.shortcuts.hold(event.sender, held);
      // A page that goes while its field listens (its window closed, its renderer gone, a reload) lets go of them too.
      if (held && !watched.has(event.sender)) {
        watched.add(event.sender);
        const letGo = () => { shell.shortcuts.hold(event.sender, false); };
        event.sender.on('destroyed', letGo);
        event.sender.on('render-process-gone', letGo);
        event.sender.on('did-start-loading', letGo);
      }
      return Promise.resolve();
    },
    update: () => Promise.resolve(shell.updates.view()),
    language: () => Promise.resolve(shell.language()),
    updateStep: (step: UpdateStep) => {
      shell.updates.step(step);
      return Promise.resolve();
    },
  });
  serveBridge(ipcMain, bridgeFor, isOwnSender, log);
}
