import type { App } from 'electron';
import type { Log } from '../log';
import type { Windows } from '../windows/windows';

/** How long none of Limber's windows must have been open before the audio service is stopped. */
export const AUDIO_SERVICE_GRACE_MS = 3000;
const AUDIO_SERVICE = 'audio.mojom.AudioService';

/**
 * Chromium starts its audio service process (about 60 MB resident) for the first page that plays a sound, and keeps it for
 * good: in Electron 33 even its quit timeout switch (audio-service-quit-timeout-ms) left it running. Once none of
 * Limber's windows has been open for a moment, Limber stops it; Chromium starts it again for the next break's first tone.
 */
export function stopAudioServiceWhenUnused(
  app: Pick<App, 'getAppMetrics'> & { on(event: 'before-quit', listener: () => void): unknown },
  windows: Pick<Windows, 'count' | 'onAllClosed'>, log: Pick<Log, 'info' | 'warn'>,
  kill: (pid: number) => void = (pid) => { process.kill(pid); },
): void {
  let timer: NodeJS.Timeout | undefined;
  let quitting = false;
  // Quitting closes every window, and the audio service ends with Limber.
  app.on('before-quit', () => {
    quitting = true;
    clearTimeout(timer);
  });
  windows.onAllClosed(() => {
    if (quitting) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (windows.count() > 0) return;
      for (const { pid, type, serviceName } of app.getAppMetrics()) {
        if (type !== 'Utility' || serviceName !== AUDIO_SERVICE) continue;
        try {
          kill(pid);
          log.info('Audio service stopped: no window is open');
        } catch (error) {
          log.warn(`Audio service not stopped: ${String(error)}`);
        }
      }
    }, AUDIO_SERVICE_GRACE_MS);
  });
}
