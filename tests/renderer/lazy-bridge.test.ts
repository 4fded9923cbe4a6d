import { describe, expect, it } from 'vitest';
import { BRIDGE_METHODS } from '../../electron/core/ipc/channels';
import { lazyBridge } from '../../renderer/lazy-bridge';
import { recordingBridge } from '../helpers/bridge';

describe('lazyBridge', () => {
  it('has every bridge method, and each call waits for the bridge to arrive', async () => {
    const { bridge, calls } = recordingBridge();
    let arrive: (value: typeof bridge) => void = () => undefined;
    const lazy = lazyBridge(new Promise((resolve) => { arrive = resolve; }));
    expect(Object.keys(lazy).sort()).toEqual([...BRIDGE_METHODS].sort());
    const started = lazy.startBreak('unwind');
    const offered = lazy.offerRoutine('micro');
    expect(calls.started).toEqual([]);
    arrive(bridge);
    await started;
    expect(calls.started).toEqual(['unwind']);
    expect(await offered).toBe('posture-reset');
  });
});
