// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPreviewBridge } from '../../../renderer/preview/bridge';

beforeEach(() => { window.localStorage.clear(); });

describe('the preview bridge', () => {
  it('offers each kind\'s routines in turn, remembered in localStorage across page loads', async () => {
    const first = createPreviewBridge(window.localStorage);
    const offered = [await first.offerRoutine('long'), await first.offerRoutine('long')];
    const reloaded = createPreviewBridge(window.localStorage);
    offered.push(await reloaded.offerRoutine('long'));
    expect(new Set(offered).size).toBe(3);
    expect(await reloaded.offerRoutine('micro')).toBe('posture-reset');
  });

  it('remembers the mute choice and keeps routine reports', async () => {
    const bridge = createPreviewBridge(window.localStorage);
    await bridge.setMuted(true);
    expect(await createPreviewBridge(window.localStorage).muted()).toBe(true);
    await bridge.recordRoutine({ routineId: 'quick-brace', outcome: 'hurt', exercisesDone: ['abdominal-bracing'] });
    expect(JSON.parse(window.localStorage.getItem('limber.routines') ?? '[]')).toEqual([
      { routineId: 'quick-brace', outcome: 'hurt', exercisesDone: ['abdominal-bracing'] },
    ]);
  });

  it('runs the real engine: a break started through it is in progress', async () => {
    const bridge = createPreviewBridge(window.localStorage);
    await bridge.act({ action: 'start-break', kind: 'micro' });
    expect((await bridge.status()).snapshot.breakInProgress?.kind).toBe('micro');
  });
});
