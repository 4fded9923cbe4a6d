import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../electron/core/engine/engine';
import { MINUTE } from '../../electron/core/engine/timing';
import { createSimWorld } from '../../electron/core/replay/world';
import { DEFAULT_SETTINGS } from '../../electron/core/settings/schema';
import { keepEngineState } from '../../electron/engine-state';
import type { Log } from '../../electron/log';

// Real files through the real electron-store; the engine runs on a simulated desk.
let dir: string;
let logged: string[];
const log: Log = { info: (m: string) => { logged.push(m); }, warn: (m: string) => { logged.push(m); } } as Log;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'limber-engine-state-')); logged = []; });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

const world = createSimWorld(Date.parse('2026-03-02T09:00:00Z'));
function start() {
  const kept = keepEngineState(dir, world.machine, log);
  const engine: Engine = createEngine(DEFAULT_SETTINGS, {
    clock: world.clock, readIdleSeconds: world.readIdleSeconds, readSignals: world.readSignals, utcOffset: () => 0, setTimer: world.setTimer,
    onEvent: () => undefined, afterStep: () => { kept.stepped(engine); },
  });
  kept.restore(engine);
  return { kept, engine };
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
});
