// Whatever is on disk, Limber starts: engine states the engine reaches in random traces, saved at any moment and taken
// up after any stop, with any settings, beside damaged, truncated and newer files.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SavedEngine } from '../../../core/engine/saved';
import { encodeHistory } from '../../../core/history/codec';
import { replay } from '../../../core/replay/replay';
import { parseSettings } from '../../../core/settings/parse';
import { PROMPT_STYLES, THEMES } from '../../../core/settings/schema';
import { readMachineTime } from '../../../electron/system/machine-time';
import { sampleHistory } from '../../../scripts/sample-history';
import { settingsArb, stepArb, toTrace } from '../../helpers/engine-arbitraries';
import { startFakeLimber } from '../../helpers/fake-limber';
import { app, fake } from '../../../harness/fake-electron';

const HOUR = 3_600_000;
/** True three times in four. */
const mostly = fc.nat({ max: 3 }).map((n) => n > 0);

/** An engine state as Limber wrote it at some moment of a random trace, with the settings it ran with. */
const runArb = fc.record({
  partial: settingsArb,
  promptStyle: fc.oneof({ weight: 3, arbitrary: fc.constant(PROMPT_STYLES[1]) }, { weight: 1, arbitrary: fc.constantFrom(...PROMPT_STYLES) }),
  theme: fc.constantFrom(...THEMES),
  // Prompts wait for a first busy reading unless every busy switch is off: then a break can fall due as Limber starts.
  notBusy: mostly,
  steps: fc.array(stepArb, { minLength: 1, maxLength: 25 }),
  // Mostly a state with a break announced (a heads-up, a due break, a reminder, a hold), the likeliest to fall due.
  announced: mostly,
  pick: fc.nat(),
}).map(({ partial, promptStyle, theme, notBusy, steps, announced, pick }) => {
  const busy = notBusy ? { ...partial.busy, call: false, fullscreen: false, dnd: false } : partial.busy;
  const settings = parseSettings({ ...partial, busy, promptStyle, theme });
  if (!settings.ok) throw new Error(settings.errors.join('; '));
  const saves: SavedEngine[] = [];
  replay(toTrace(settings.value, steps), { onSave: (saved) => { saves.push(saved); } });
  const withBreak = saves.filter((saved) => saved.announced !== null || saved.held);
  const from = announced && withBreak.length > 0 ? withBreak : saves;
  return { settings: settings.value, saved: from[pick % from.length] ?? null };
});

/**
 * How long Limber was stopped: just past the moment the engine meant to wake next (a heads-up's due time, a reminder,
 * a hold's ceiling), a moment, hours, or days.
 */
const stopArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60_000 }).map((past) => ({ past })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 120_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 * HOUR }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 48 * HOUR }) },
);
const stopLength = (stop: number | { past: number }, saved: SavedEngine | null) =>
  typeof stop === 'number' ? stop : (saved?.wakeIn ?? 0) + stop.past;

/** What a file can be: Limber's own, or damaged in the ways disks and people damage them. */
const fileArb = (good: string) => fc.oneof(
  { weight: 4, arbitrary: fc.constant<string | null>(good) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.nat().map((cut) => good.slice(0, cut % Math.max(1, good.length))) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')) },
  { weight: 1, arbitrary: fc.constant(JSON.stringify({ ...(JSON.parse(good) as object), version: 99 })) },
);

/** The saved state moved onto this machine's clocks, as if Limber had stopped `stopMs` ago. */
function stoppedAgo(saved: SavedEngine, stopMs: number): SavedEngine {
  const machine = readMachineTime();
  const sameBoot = stopMs < machine.uptimeMs;
  return {
    ...saved,
    savedAt: Date.now() - stopMs,
    machine: sameBoot
      ? { monoMs: machine.monoMs - stopMs, uptimeMs: machine.uptimeMs - stopMs, bootId: machine.bootId }
      : { monoMs: 1000, uptimeMs: 1000, bootId: 'an earlier boot' },
  };
}

// Limber loads the busy signals' module on the first reading; under fake timers that import would take minutes of fake time.
beforeAll(async () => { await import('../../../electron/busy/signal'); });

describe('Limber starts', () => {
  it('whatever it finds on disk, and comes up with its tray, telling the user of each file it could not use', async () => {
    const history = JSON.stringify(encodeHistory(sampleHistory({ days: 5, today: new Date().toISOString().slice(0, 10) })));
    const state = JSON.stringify({ offered: { long: 'unwind' }, sessionNotes: [], guidanceGiven: null });
    await fc.assert(
      fc.asyncProperty(runArb, stopArb, fc.record({
        config: mostly, engine: mostly, history: fileArb(history), state: fileArb(state), damage: fc.string({ maxLength: 20 }),
      }), async ({ settings, saved }, stop, files) => {
        const stopMs = stopLength(stop, saved);
        const dir = mkdtempSync(join(tmpdir(), 'limber-starts-'));
        fake.reset();
        fake.userData = dir;
        const write = (name: string, contents: string | null) => { if (contents !== null) writeFileSync(join(dir, name), contents); };
        write('config.json', files.config ? JSON.stringify(settings) : `{"strict": ${files.damage}`);
        write('engine.json', saved && (files.engine ? JSON.stringify(stoppedAgo(saved, stopMs)) : JSON.stringify(saved).slice(0, 40 + files.damage.length)));
        write('history.json', files.history);
        write('state.json', files.state);
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
        try {
          const started = await startFakeLimber([], []);
          expect(started.limber, started.logs.join('\n')).not.toBeNull();
          expect(started.exits).toEqual([]);
          expect(started.logs.filter((line) => line.startsWith('error:'))).toEqual([]);
          const [tray] = fake.trays;
          expect(tray?.menu).not.toBeNull();
          expect(tray?.toolTip).toMatch(/^Limber/);
          // Each file that could not be used is told of once, and kept beside the new one unless it is a newer Limber's.
          const told = started.notes.filter((note) => /^Limber('s| repaired)/.test(note.title));
          const kept = readdirSync(dir).filter((name) => name.includes('.corrupt-'));
          expect(told.length).toBeGreaterThanOrEqual(kept.length);
          // Its engine goes on deciding: an hour later, it still answers and keeps its timer.
          await vi.advanceTimersByTimeAsync(HOUR);
          expect(started.engine?.snapshot().sittingSeconds).toBeGreaterThanOrEqual(0);
        } finally {
          app.quit();
          await fake.settle();
          vi.useRealTimers();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 150) },
    );
  }, 300_000);
});
