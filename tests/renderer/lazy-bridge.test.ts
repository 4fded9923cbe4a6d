import { describe, expect, it } from 'vitest';
import { BRIDGE_METHODS } from '../../core/ipc/channels';
import { lazyBridge } from '../../renderer/lazy-bridge';
import { recordingBridge } from '../helpers/bridge';

describe('lazyBridge', () => {
  it('has every bridge method, and each call waits for the bridge to arrive', async () => {
    const { bridge, calls } = recordingBridge();
    let arrive: (value: typeof bridge) => void = () => undefined;
    const lazy = lazyBridge(new Promise((resolve) => { arrive = resolve; }));
    expect(Object.keys(lazy).sort()).toEqual([...BRIDGE_METHODS, 'onChange', 'onLanguage'].sort());
    const started = lazy.startBreak('unwind');
    const offered = lazy.offerRoutine('micro');
    expect(calls.started).toEqual([]);
    arrive(bridge);
    await started;
    expect(calls.started).toEqual(['unwind']);
    expect(await offered).toBe('posture-reset');
  });

  it('passes a change on to a page that listens once the bridge has arrived, and not after it stopped', async () => {
    const { bridge, change, listening } = recordingBridge();
    let arrive: (value: typeof bridge) => void = () => undefined;
    const loading = new Promise<typeof bridge>((resolve) => { arrive = resolve; });
    const lazy = lazyBridge(loading);
    let heard = 0;
    const stop = lazy.onChange(() => { heard++; });
    const stoppedEarly = lazy.onChange(() => { heard += 100; });
    stoppedEarly();
    arrive(bridge);
    await loading;
    change();
    expect(heard).toBe(1);
    stop();
    expect(listening()).toBe(0);
  });
});
