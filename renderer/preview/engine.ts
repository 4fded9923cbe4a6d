import { createEngine, type Engine } from '../../electron/core/engine/engine';
import { parseSettings } from '../../electron/core/settings/parse';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/core/settings/schema';

/** The real engine for the preview, timed by the page's clocks, with input events as its idle source. */
export function startPreviewEngine(storedSettings: string | null): { engine: Engine; settings: Settings } {
  const stored = parseSettings(JSON.parse(storedSettings ?? '{}'));
  const settings = stored.ok ? stored.value : DEFAULT_SETTINGS;
  let lastInput = performance.now();
  for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel']) {
    window.addEventListener(type, () => { lastInput = performance.now(); }, { passive: true });
  }
  const engine = createEngine(settings, {
    clock: { now: () => Date.now(), monotonic: () => performance.now() },
    readIdleSeconds: () => Math.floor((performance.now() - lastInput) / 1000),
    utcOffset: (wall) => -new Date(wall).getTimezoneOffset(),
    setTimer: (at, fire) => {
      const handle = setTimeout(fire, Math.max(0, at - performance.now()));
      return () => { clearTimeout(handle); };
    },
    onEvent: () => undefined,
  });
  return { engine, settings };
}
