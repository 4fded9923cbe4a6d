// A break's tones start Chromium's audio service; once the break window has gone, so must it, and the renderer.
import { describe, expect, it } from 'vitest';
import { processTree } from '../../harness/processes';
import { closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';

const desktop = useDesktop('Audio');

const AUDIO_SERVICE = '--utility-sub-type=audio.mojom.AudioService';
const audioServices = (run: LimberRun) => processTree(run.pid).filter((p) => p.args.includes(AUDIO_SERVICE)).length;

describe.skipIf(desktop.skip)('the audio service in real Electron', () => {
  it('goes, with the renderer, once the break window has closed, and comes back for the next break', async () => {
    const run = await launchLimber(desktop.get(), { config: {} });
    try {
      expect(audioServices(run)).toBe(0);
      expect(run.again('--break-now', 'quick-brace').status).toBe(0);
      await run.page('break');
      // The routine's first tone sounds as its window appears.
      await until('the audio service to start', () => (audioServices(run) > 0 ? true : null), 60_000);
      const breakWindow = await run.windowId('break');
      desktop.get().run('xdotool', 'windowactivate', '--sync', breakWindow, 'key', 'ctrl+w');
      await until('the break window to close', () => (run.app.windows().length === 0 ? true : null));
      // Limber stops the service 3 s after the last window closed; the limit is for a loaded machine, not a measurement.
      const left = await until('no renderer and no audio service', () => {
        const counts = { renderers: run.renderers(), audioServices: audioServices(run) };
        return counts.renderers + counts.audioServices === 0 ? counts : null;
      }, 60_000);
      expect(left).toEqual({ renderers: 0, audioServices: 0 });

      expect(run.again('--break-now', 'quick-brace').status).toBe(0);
      await run.page('break');
      await until('the audio service to start again', () => (audioServices(run) > 0 ? true : null), 60_000);
    } finally {
      await closeLimber(run);
    }
  });
});
