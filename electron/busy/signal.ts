import { BUSY_REASONS, type BusyReason, type SignalStatus } from '../core/busy';
import { messageOf } from './run';

/** One way of telling that the user is busy. Nothing runs between reads. */
export interface BusySignal {
  reason: BusyReason;
  /** Whether the signal is on now; rejects when it can't be read. */
  read(): Promise<boolean>;
  /** Whether it can be read on this machine and how, or why not, for the settings window. */
  status(): Promise<SignalStatus>;
  close(): void;
}

export type BusyReading = { reason: BusyReason | null; errors: string[] };

/** A signal read one way: readable when `probe` (a read, unless told) succeeds, and then it says how it reads. */
export function signalOf(reason: BusyReason, read: () => Promise<boolean>, via: string, probe: () => Promise<unknown> = read): BusySignal {
  return {
    reason,
    read,
    status: async () => {
      try {
        await probe();
        return { readable: true, via };
      } catch (error) {
        return { readable: false, why: messageOf(error) };
      }
    },
    close: () => undefined,
  };
}

/** Reads the enabled signals together. One that fails or is slow counts as not busy, and is listed. */
export async function readBusy(signals: BusySignal[], enabled: Record<BusyReason, boolean>, timeoutMs: number): Promise<BusyReading> {
  const readings = await Promise.all(signals.filter((signal) => enabled[signal.reason]).map(async (signal) => {
    try {
      return { reason: signal.reason, on: await withTimeout(signal.read(), timeoutMs) };
    } catch (error) {
      return { reason: signal.reason, on: false, error: `${signal.reason}: ${messageOf(error)}` };
    }
  }));
  return {
    reason: BUSY_REASONS.find((reason) => readings.some((reading) => reading.reason === reason && reading.on)) ?? null,
    errors: readings.flatMap((reading) => (reading.error ? [reading.error] : [])),
  };
}

async function withTimeout<T>(pending: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(new Error(`no answer in ${timeoutMs} ms`)); }, timeoutMs);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
