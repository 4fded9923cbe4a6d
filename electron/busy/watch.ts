import { SIGNAL_NAMES, type SignalName, type SignalReading, type SignalStatus, type WantedSignals } from '../../core/busy';
import { signalsWords } from '../../core/words/signals';
import type { Log } from '../log';
import type { BusySignal, Reading, readSignals as ReadSignals } from './signal';

/** A slow D-Bus service or sound server must not hold a prompt back for long. */
const READ_TIMEOUT_MS = 3000;

export interface WatchDeps {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** The processes of this Limber and its executable: its own recording streams, windows and players never count. */
  ownPids: () => number[];
  ownExe: string;
  /** The user's home folder, where macOS keeps its Focus state. */
  home: string;
  log: Log;
  /** The signals to read, where a test needs others than the platform's. */
  signals?: BusySignal[];
}

/** The adapters, the D-Bus client and the FFI load when a signal is first needed, not at every start. */
async function platformSignals({ platform, env, ownPids, ownExe, home, signals }: WatchDeps): Promise<{ signals: BusySignal[]; readSignals: typeof ReadSignals }> {
  const { readSignals } = await import('./signal');
  if (signals) return { signals, readSignals };
  if (platform === 'linux') return { signals: (await import('./linux')).linuxSignals(env, ownPids), readSignals };
  if (platform === 'win32') return { signals: (await import('./windows')).windowsSignals(env, ownExe), readSignals };
  if (platform === 'darwin') return { signals: (await import('./macos')).macosSignals(env, home, ownPids), readSignals };
  return { signals: [], readSignals };
}

/** The busy and media signals of this platform, read when the engine asks; each distinct failure is logged once. */
export function createBusyWatch(deps: WatchDeps) {
  const { platform, log } = deps;
  let loaded: ReturnType<typeof platformSignals> | null = null;
  const load = () => (loaded ??= platformSignals(deps));
  const logged = new Set<string>();
  let mediaPlaying = false;
  const unreadable = (): SignalStatus => ({ readable: false, why: signalsWords.why.notOnThisSystem(platform) });
  return {
    read: (wanted: WantedSignals, reply: (reading: SignalReading) => void): void => {
      const reading = load().then(({ signals, readSignals }) => readSignals(signals, wanted, READ_TIMEOUT_MS));
      void reading.catch((error: unknown): Reading => ({ reading: { busy: null, media: false }, errors: [String(error)] })).then(({ reading: found, errors }) => {
        for (const error of errors.filter((e) => !logged.has(e))) {
          logged.add(error);
          log.warn(`Signal not read: ${error}`);
        }
        if (wanted.media && found.media !== mediaPlaying) log.info(found.media ? 'Media playing' : 'Media stopped');
        if (wanted.media) mediaPlaying = found.media;
        reply(found);
      });
    },
    /** Calls `stopped` when the media a reading found playing stops, where the platform reports it. */
    watchMedia: (stopped: () => void): (() => void) => {
      let end: (() => void) | null = null;
      let cancelled = false;
      void load().then(({ signals }) => {
        const media = signals.find((signal) => signal.name === 'media');
        if (!cancelled && media?.watchUntilOff) {
          end = media.watchUntilOff(() => {
            mediaPlaying = false;
            log.info('Media stopped');
            stopped();
          });
        }
      }, () => undefined);
      return () => {
        cancelled = true;
        end?.();
      };
    },
    statuses: async (): Promise<Record<SignalName, SignalStatus>> => {
      const { signals } = await load();
      const found = await Promise.all(SIGNAL_NAMES.map(async (name) => {
        const signal = signals.find((s) => s.name === name);
        return [name, signal ? await signal.status() : unreadable()] as const;
      }));
      return Object.fromEntries(found) as Record<SignalName, SignalStatus>;
    },
    close: () => { void loaded?.then(({ signals }) => { for (const signal of signals) signal.close(); }); },
  };
}
