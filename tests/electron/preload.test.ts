import { beforeEach, describe, expect, it } from 'vitest';
import type { LimberBridge } from '../../core/contract';
import { BRIDGE_METHODS, CHANGED_CHANNEL, LANGUAGE_CHANNEL } from '../../core/ipc/channels';
import { fake, FakeWebContents, ipcRenderer } from '../../harness/fake-electron';

// The preload exposes its bridge once, when it loads; the fake forgets it at each reset.
const exposedOnce = import('../../electron/preload').then(() => fake.exposed.get('limber') as LimberBridge);

beforeEach(() => { fake.reset(); });

describe('the preload', () => {
  it('exposes exactly the bridge methods, each invoking its own channel with its arguments', async () => {
    const exposed = await exposedOnce;
    expect(Object.keys(exposed).sort()).toEqual([...BRIDGE_METHODS, 'onChange', 'onLanguage'].sort());
    fake.rendererContents = new FakeWebContents();
    const seen: unknown[] = [];
    fake.handlers.set('limber:offerRoutine', (_event, ...args) => { seen.push(args); return 'unwind'; });
    expect(await exposed.offerRoutine('long')).toBe('unwind');
    expect(seen).toEqual([['long']]);
  });

  it.each([['onChange', CHANGED_CHANNEL], ['onLanguage', LANGUAGE_CHANNEL]] as const)(
    'tells a page that listens with %s when main says so, with nothing that came with it, until it stops',
    async (listen, channel) => {
      const exposed = await exposedOnce;
      const heard: unknown[][] = [];
      const stop = exposed[listen]((...args: unknown[]) => { heard.push(args); });
      ipcRenderer.sendFromMain(channel, { smuggled: true });
      ipcRenderer.sendFromMain('limber:other');
      expect(heard).toEqual([[]]);
      stop();
      ipcRenderer.sendFromMain(channel);
      expect(heard).toHaveLength(1);
      expect(ipcRenderer.listenerCount(channel)).toBe(0);
    },
  );
});
