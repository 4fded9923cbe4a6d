import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LimberBridge } from '../../../core/contract';
import { serveBridge } from '../../../electron/windows/ipc';
import { fake, FakeWebContents, ipcMain } from '../../../harness/fake-electron';

beforeEach(() => { fake.reset(); });

describe('serveBridge', () => {
  it('names the page whose call it refused', async () => {
    const warn = vi.fn((_message: string) => undefined);
    const settings = vi.fn(() => Promise.resolve({}));
    serveBridge(ipcMain, () => ({ settings }) as unknown as LimberBridge, () => false, { info: vi.fn(), warn, error: vi.fn() });
    const foreign = Object.assign(new FakeWebContents(), { url: 'https://evil.example/page' });
    await expect(Promise.resolve().then(() => fake.invoke('limber:settings', foreign))).rejects.toThrow('only from its own windows');
    expect(warn.mock.calls).toEqual([[`IPC settings refused: the sender is not a Limber window (web contents ${foreign.id} at https://evil.example/page)`]]);
    expect(settings).not.toHaveBeenCalled();
  });
});
