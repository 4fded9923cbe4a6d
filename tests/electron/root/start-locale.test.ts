// A start to the idle tray formats nothing by locale: the first Intl formatter the main process makes reads ~2 MB of
// ICU's data (icudtl.dat), which stays in its memory for as long as Limber runs (measured: 0.5 → 2.4 MB resident).
import { localeCalls, stopWatchingLocale } from '../../helpers/locale-watch';
import { afterAll, describe, expect, it } from 'vitest';
import { freshFakeLimberEachTest, startFakeLimber } from '../../helpers/fake-limber';
import { fake } from '../../../harness/fake-electron';

describe('a start of Limber', () => {
  freshFakeLimberEachTest('limber-locale-');
  afterAll(stopWatchingLocale);

  it('loads and settles in the tray without formatting anything by locale', async () => {
    const started = await startFakeLimber([], []);
    await fake.settle();
    expect(started.limber).toBeTruthy();
    expect(fake.trays).toHaveLength(1);
    expect(localeCalls).toEqual([]);
  });
});
