import { BUSY_REASONS, type BusyReason, type SignalStatus } from '../core/busy';
import type { Log } from '../log';
import type { BusySignal, BusyReading, readBusy as ReadBusy } from './signal';

/** A slow D-Bus service or sound server must not hold a prompt back for long. */
const READ_TIMEOUT_MS = 3000;

export interface WatchDeps {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** The processes of this Limber and its executable: its own recording streams and windows never count. */
  ownPids: () => number[];
  ownExe: string;
  /** The user's home folder, where macOS keeps its Focus state. */
  home: string;
  log: Log;
  /** The signals to read, where a test needs others than the platform's. */
  signals?: BusySignal[];
}

/** The adapters, the D-Bus client and the FFI load when a busy signal is first needed, not at every start. */
async function platformSignals({ platform, env, ownPids, ownExe, home, signals }: WatchDeps): Promise<{ signals: BusySignal[]; readBusy: typeof ReadBusy }> {
  const { readBusy } = await import('./signal');
  if (signals) return { signals, readBusy };
  if (platform === 'linux') return { signals: (await import('./linux')).linuxSignals(env, ownPids), readBusy };
  if (platform === 'win32') return { signals: (await import('./windows')).windowsSignals(env, ownExe), readBusy };
  if (platform === 'darwin') return { signals: (await import('./macos')).macosSignals(home, ownPids), readBusy };
  return { signals: [], readBusy };
}

/** The busy signals of this platform, read when the engine asks; each distinct failure is logged once. */
export function createBusyWatch(deps: WatchDeps) {
  const { platform, log } = deps;
  let loaded: ReturnType<typeof platformSignals> | null = null;
  const load = () => (loaded ??= platformSignals(deps));
  const logged = new Set<string>();
  const unreadable: SignalStatus = { readable: false, why: `Limber cannot read this on ${platform} yet.` };
  return {
    read: (enabled: Record<BusyReason, boolean>, reply: (reason: BusyReason | null) => void): void => {
      const reading = load().then(({ signals, readBusy }) => readBusy(signals, enabled, READ_TIMEOUT_MS));
      void reading.catch((error: unknown): BusyReading => ({ reason: null, errors: [String(error)] })).then(({ reason, errors }) => {
        for (const error of errors.filter((e) => !logged.has(e))) {
          logged.add(error);
          log.warn(`Busy signal not read: ${error}`);
        }
        reply(reason);
      });
    },
    statuses: async (): Promise<Record<BusyReason, SignalStatus>> => {
      const { signals } = await load();
      const found = await Promise.all(BUSY_REASONS.map(async (reason) => {
        const signal = signals.find((s) => s.reason === reason);
        return [reason, signal ? await signal.status() : unreadable] as const;
      }));
      return Object.fromEntries(found) as Record<BusyReason, SignalStatus>;
    },
    close: () => { void loaded?.then(({ signals }) => { for (const signal of signals) signal.close(); }); },
  };
}
