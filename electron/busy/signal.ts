import { BUSY_REASONS, type SignalName, type SignalReading, type SignalStatus, type WantedSignals } from '../../core/busy';
import { messageOf, withTimeout } from './run';

/** One way of telling that the user is busy or watching. Nothing runs between reads, except a watch asked for. */
export interface BusySignal {
  name: SignalName;
  /** Whether the signal is on now; rejects when it can't be read. */
  read(): Promise<boolean>;
  /** Whether it can be read on this machine and how, or why not, for the settings window. */
  status(): Promise<SignalStatus>;
  /**
   * Where the system reports changes: calls `ended` once the signal is off, and returns a function that ends the
   * watch. A watch that can't be kept just ends, silently: the next reading still sees.
   */
  watchUntilOff?(ended: () => void): () => void;
  close(): void;
}

export type Reading = { reading: SignalReading; errors: string[] };

/**
 * A signal read one way: readable when `probe` (a read, unless told) succeeds, and then it says how it reads, in the
 * language of the moment.
 */
export function signalOf(name: SignalName, read: () => Promise<boolean>, via: () => string, probe: () => Promise<unknown> = read): BusySignal {
  return {
    name,
    read,
    status: async () => {
      try {
        await probe();
        return { readable: true, via: via() };
      } catch (error) {
        return { readable: false, why: messageOf(error) };
      }
    },
    close: () => undefined,
  };
}

/** Reads the wanted signals together. One that fails or is slow counts as off, and is listed. */
export async function readSignals(signals: BusySignal[], wanted: WantedSignals, timeoutMs: number): Promise<Reading> {
  const readings = await Promise.all(signals.filter((signal) => wanted[signal.name]).map(async (signal) => {
    try {
      return { name: signal.name, on: await withTimeout(signal.read(), timeoutMs) };
    } catch (error) {
      return { name: signal.name, on: false, error: `${signal.name}: ${messageOf(error)}` };
    }
  }));
  const on = (name: SignalName) => readings.some((reading) => reading.name === name && reading.on);
  return {
    reading: { busy: BUSY_REASONS.find(on) ?? null, media: on('media') },
    errors: readings.flatMap((reading) => (reading.error ? [reading.error] : [])),
  };
}
