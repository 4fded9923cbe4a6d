import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../core/engine/engine';
import { MINUTE } from '../../../core/engine/timing';
import { createSimWorld } from '../../../core/replay/world';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import type { NotificationText } from '../../../electron/desktop/notification-text';
import { keepEngineState } from '../../../electron/storage/engine-state';
import type { Log } from '../../../electron/log';
import type { SavedEngine } from '../../../core/engine/saved';

// Real files through the real electron-store; the engine runs on a simulated desk.
let dir: string;
let logged: string[];
let notes: NotificationText[];
/** Set to make the disk refuse engine.json. */
let refuse: Error | null;
const log: Log = { info: (m: string) => { logged.push(m); }, warn: (m: string) => { logged.push(m); }, error: (m: string) => { logged.push(m); } };
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'limber-engine-state-')); logged = []; notes = []; refuse = null; });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

const world = createSimWorld(Date.parse('2026-03-02T09:00:00Z'));
/** `failStep` makes the shell's work after each engine step throw, as a defect in it would. */
function start(failStep = () => false) {
  const kept = keepEngineState(dir, {
    machine: world.machine, log, notify: (text) => { notes.push(text); },
    reporting: (save) => (saved: SavedEngine | null) => {
      if (refuse) throw refuse;
      save(saved);
    },
  });
  const engine: Engine = createEngine(DEFAULT_SETTINGS, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer,
    onEvent: () => undefined, afterStep: () => {
      if (failStep()) throw new Error('a defect after the step');
      kept.stepped(engine);
    },
  });
  const continued = kept.restore(engine);
  return { kept, engine, continued };
}
const savedAt = () => (JSON.parse(readFileSync(join(dir, 'engine.json'), 'utf8')) as { savedAt: number }).savedAt;

describe('keepEngineState', () => {
  it('writes engine.json from the engine wakeups, at most once a minute, and a new start takes it up', () => {
    const first = start();
    world.advanceTo(world.elapsed() + 10 * MINUTE + 10_000);
    // Wakeups come every half minute while the user sits; the file is a minute old at most.
    expect(world.clock.now() - savedAt()).toBeLessThanOrEqual(MINUTE);
    expect(world.clock.now() - savedAt()).toBeGreaterThanOrEqual(10_000);
    first.kept.quit(first.engine);
    expect(savedAt()).toBe(world.clock.now());
    first.engine.stop();
    world.advanceTo(world.elapsed() + 5_000);
    const second = start();
    expect(second.engine.snapshot().sittingSeconds).toBe(10 * 60 + 15);
    second.engine.stop();
  });

  it('starts afresh from a damaged file, keeping it aside, and says why', () => {
    writeFileSync(join(dir, 'engine.json'), '{"version": 1, "sitting": ');
    const { kept, engine } = start();
    expect(kept.file.problem?.keptAs).toMatch(/^engine\.corrupt-/);
    expect(engine.snapshot().sittingSeconds).toBe(0);
    engine.stop();
  });

  it('says whether the engine goes on from the saved state', () => {
    const first = start();
    expect(first.continued).toBe(false);
    first.kept.quit(first.engine);
    first.engine.stop();
    const second = start();
    expect(second.continued).toBe(true);
    second.engine.stop();
  });

  it('sets aside a saved state that stops the engine from starting, starts afresh and tells the user once', () => {
    const first = start();
    world.advanceTo(world.elapsed() + 20 * MINUTE);
    first.kept.quit(first.engine);
    first.engine.stop();
    let steps = 0;
    // The first step is the one that takes up the saved state.
    const second = start(() => ++steps === 1);
    expect(second.continued).toBe(false);
    expect(second.engine.snapshot().sittingSeconds).toBe(0);
    expect(notes.map((n) => n.title)).toEqual(['Limber started afresh']);
    expect(readdirSync(dir).filter((name) => name.startsWith('engine.corrupt-'))).toHaveLength(1);
    expect(notes[0]?.body).toMatch(/kept as engine\.corrupt-/);
    second.engine.stop();
  });

  it('writes again at the next step after the disk refused a write', () => {
    refuse = new Error('ENOSPC: no space left on device');
    const { engine } = start();
    expect(existsSync(join(dir, 'engine.json'))).toBe(false);
    refuse = null;
    const before = world.clock.now();
    world.advanceTo(world.elapsed() + 31_000);
    expect(savedAt()).toBeGreaterThan(before);
    engine.stop();
  });
});
