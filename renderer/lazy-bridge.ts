import type { LimberBridge } from '../core/contract';
import { BRIDGE_METHODS, type BridgeMethod } from '../core/ipc/channels';

/** A bridge that is still loading: calls wait for it, so that the page can render before it arrives. */
export function lazyBridge(loading: Promise<LimberBridge>): LimberBridge {
  const call = (method: BridgeMethod) => async (...args: unknown[]): Promise<unknown> => {
    const bridge = await loading;
    return (bridge[method] as (...a: unknown[]) => Promise<unknown>)(...args);
  };
  const listen = (on: 'onChange' | 'onLanguage') => (listener: () => void) => {
    let stop: (() => void) | null = null;
    let stopped = false;
    void loading.then((bridge) => { if (!stopped) stop = bridge[on](listener); });
    return () => {
      stopped = true;
      stop?.();
    };
  };
  return {
    ...Object.fromEntries(BRIDGE_METHODS.map((method) => [method, call(method)])), onChange: listen('onChange'), onLanguage: listen('onLanguage'),
  } as unknown as LimberBridge;
}
