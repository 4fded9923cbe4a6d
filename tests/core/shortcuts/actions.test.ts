// What a global shortcut asks for, at every moment of the engine's own random days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../../core/engine/snapshot';
import { replay } from '../../../core/replay/replay';
import { parseSettings } from '../../../core/settings/parse';
import type { Settings } from '../../../core/settings/schema';
import { shortcutCommand, SHORTCUT_PAUSE_MINUTES } from '../../../core/shortcuts/actions';
import { settingsArb, stepArb, toTrace } from '../../helpers/engine-arbitraries';

const RUNS = { numRuns: Number(process.env.RUNS ?? 100) };

function snapshotsOf(partial: unknown, steps: Parameters<typeof toTrace>[1]): { settings: Settings; snapshots: EngineSnapshot[] } {
  const parsed = parseSettings(partial);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const snapshots: EngineSnapshot[] = [];
  replay(toTrace(parsed.value, steps), { onStep: (snapshot) => { snapshots.push(snapshot); } });
  return { settings: parsed.value, snapshots };
}

describe('a shortcut pressed', () => {
  it('at any moment of a random day: snooze and skip go to the engine, pause and reading each switch what is on', () => {
    fc.assert(fc.property(settingsArb, fc.boolean(), fc.array(stepArb, { minLength: 1, maxLength: 30 }), (partial, strict, steps) => {
      const { settings, snapshots } = snapshotsOf({ ...partial, strict }, steps);
      for (const snapshot of snapshots) {
        for (const action of ['snooze', 'skip'] as const) expect(shortcutCommand(action, snapshot, settings)).toEqual({ do: 'act', action: { action } });
        const pause = shortcutCommand('pause', snapshot, settings);
        expect(pause).toEqual({ do: 'act', action: snapshot.paused ? { action: 'resume' } : { action: 'pause', minutes: SHORTCUT_PAUSE_MINUTES } });
        const reading = shortcutCommand('reading', snapshot, settings);
        expect('action' in reading && reading.action.action).toBe(snapshot.reading ? 'stop-reading' : 'reading');
      }
    }), RUNS);
  }, 120_000);

  it('starts a break now, or the one that is due, as the tray does', () => {
    const { settings, snapshots } = snapshotsOf({}, [{ gap: 60, user: 'active' }]);
    const [snapshot] = snapshots;
    if (!snapshot) throw new Error('no step');
    expect(shortcutCommand('breakNow', snapshot, settings)).toEqual({ do: 'break-now' });
    expect(shortcutCommand('startDue', snapshot, settings)).toEqual({ do: 'start-offered' });
    expect(shortcutCommand('reading', snapshot, { ...settings, watching: { ...settings.watching, readingEnds: '30-minutes' } }))
      .toEqual({ do: 'act', action: { action: 'reading', minutes: 30 } });
  });
});
