import type { LimberBridge } from '../electron/core/contract';
import { BRIDGE_METHODS } from '../electron/core/ipc/channels';

/** A bridge that is still loading: calls wait for it, so that the page can render before it arrives. */
export function lazyBridge(loading: Promise<LimberBridge>): LimberBridge {
  const call = (method: keyof LimberBridge) => async (...args: unknown[]): Promise<unknown> => {
    const bridge = await loading;
    return (bridge[method] as (...a: unknown[]) => Promise<unknown>)(...args);
  };
  return Object.fromEntries(BRIDGE_METHODS.map((method) => [method, call(method)])) as unknown as LimberBridge;
}
