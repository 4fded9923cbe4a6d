import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { checkArguments } from '../../core/ipc/arguments';
import { BRIDGE_METHODS, channelOf, type BridgeCalls, type BridgeMethod } from '../../core/ipc/channels';
import type { Log } from '../log';

/**
 * Serves the bridge to Limber's own windows. A call from any other sender, or with arguments the contract
 * does not allow, is logged and refused before it reaches the bridge, so it changes nothing. `bridgeFor` gives
 * the bridge as the calling window sees it (fitWindow acts on that window).
 */
export function serveBridge(
  ipc: Pick<IpcMain, 'handle'>, bridgeFor: (event: IpcMainInvokeEvent) => BridgeCalls,
  isOwnSender: (event: IpcMainInvokeEvent) => boolean, log: Log,
): void {
  for (const method of BRIDGE_METHODS) {
    ipc.handle(channelOf(method), (event, ...args: unknown[]) => {
      if (!isOwnSender(event)) {
        log.warn(`IPC ${method} refused: the sender is not a Limber window (${senderOf(event)})`);
        throw new Error('Limber accepts calls only from its own windows');
      }
      const checked = checkArguments(method, args);
      if (!checked.ok) {
        log.warn(`IPC ${method} refused: ${checked.errors.join('; ')}`);
        throw new Error(`Limber refused ${method}: ${checked.errors.join('; ')}`);
      }
      return call(bridgeFor(event), method, checked.args);
    });
  }
}

/** Which page called: its web contents, and the address of the frame that sent the call. */
const senderOf = (event: IpcMainInvokeEvent) =>
  `web contents ${event.sender.id} at ${event.senderFrame?.url ?? `${event.sender.getURL()}, from a frame since gone`}`;

const call = <M extends BridgeMethod>(bridge: BridgeCalls, method: M, args: Parameters<BridgeCalls[M]>) =>
  (bridge[method] as (...a: Parameters<BridgeCalls[M]>) => ReturnType<BridgeCalls[M]>)(...args);
