import { beforeEach, describe, expect, it } from 'vitest';
import type { LimberBridge } from '../../core/contract';
import { BRIDGE_METHODS, CHANGED_CHANNEL } from '../../core/ipc/channels';
import { fake, FakeWebContents, ipcRenderer } from '../../harness/fake-electron';

// The preload exposes its bridge once, when it loads; the fake forgets it at each reset.
const exposedOnce = import('../../electron/preload').then(() => fake.exposed.get('limber') as LimberBridge);

beforeEach(() => { fake.reset(); });

describe('the preload', () => {
  it('exposes exactly the bridge methods, each invoking its own channel with its arguments', async () => {
    const exposed = await exposedOnce;
    expect(Object.keys(exposed).sort()).toEqual([...BRIDGE_METHODS, 'onChange'].sort());
    fake.rendererContents = new FakeWebContents();
    const seen: unknown[] = [];
    fake.handlers.set('limber:offerRoutine', (_event, ...args) => { seen.push(args); return 'unwind'; });
    expect(await exposed.offerRoutine('long')).toBe('unwind');
    expect(seen).toEqual([['long']]);
  });

  it('tells a page that listens when main says the statistics changed, with nothing that came with it, until it stops', async () => {
    const exposed = await exposedOnce;
    const heard: unknown[][] = [];
    const stop = exposed.onChange((...args: unknown[]) => { heard.push(args); });
    ipcRenderer.sendFromMain(CHANGED_CHANNEL, { smuggled: true });
    ipcRenderer.sendFromMain('limber:other');
    expect(heard).toEqual([[]]);
    stop();
    ipcRenderer.sendFromMain(CHANGED_CHANNEL);
    expect(heard).toHaveLength(1);
    expect(ipcRenderer.listenerCount(CHANGED_CHANNEL)).toBe(0);
  });
});
