import { createEngine, type Engine, type StampedEvent } from '../../core/engine/engine';
import type { UtcOffset } from '../../core/calendar';
import type { EngineSnapshot } from '../../core/engine/snapshot';
import type { Settings } from '../../core/settings/schema';

interface Recorder { onEvent(event: StampedEvent): void; onStep(snapshot: EngineSnapshot): void }

/** The real engine for the preview, timed by the page's clocks, with input events as its idle source. */
export function startPreviewEngine(settings: Settings, recorder: Recorder, utcOffset: UtcOffset): Engine {
  let lastInput = performance.now();
  for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel']) {
    window.addEventListener(type, () => { lastInput = performance.now(); }, { passive: true });
  }
  const engine: Engine = createEngine(settings, {
    clock: { now: () => Date.now(), monotonic: () => performance.now() },
    readIdleSeconds: () => Math.floor((performance.now() - lastInput) / 1000),
    utcOffset,
    // A page can't see calls, fullscreen windows, Do Not Disturb or other players.
    readSignals: (_wanted, reply) => { reply({ busy: null, media: false }); },
    setTimer: (at, fire) => {
      const handle = setTimeout(fire, Math.max(0, at - performance.now()));
      return () => { clearTimeout(handle); };
    },
    onEvent: (event) => { recorder.onEvent(event); },
    afterStep: () => { recorder.onStep(engine.snapshot()); },
  });
  return engine;
}
