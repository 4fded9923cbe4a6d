import { beforeEach, describe, expect, it } from 'vitest';
import type { LimberBridge } from '../../electron/core/contract';
import { BRIDGE_METHODS } from '../../electron/core/ipc/channels';
import { fake, FakeWebContents } from '../mocks/electron';

beforeEach(() => { fake.reset(); });

describe('the preload', () => {
  it('exposes exactly the bridge methods, each invoking its own channel with its arguments', async () => {
    await import('../../electron/preload');
    const exposed = fake.exposed.get('limber') as LimberBridge;
    expect([...fake.exposed.keys()]).toEqual(['limber']);
    expect(Object.keys(exposed).sort()).toEqual([...BRIDGE_METHODS].sort());
    fake.rendererContents = new FakeWebContents();
    const seen: unknown[] = [];
    fake.handlers.set('limber:offerRoutine', (_event, ...args) => { seen.push(args); return 'unwind'; });
    expect(await exposed.offerRoutine('long')).toBe('unwind');
    expect(seen).toEqual([['long']]);
  });
});
