import type { IdleSource } from './idle-source';

/** How long the second attempt waits after the first one failed; each later failure doubles it, up to the cap. */
const FIRST_RETRY_WAIT_MS = 5_000;
const MAX_RETRY_WAIT_MS = 2 * 60_000;

export interface ReconnectDeps {
  /** A new connection to the idle clock, with a first reading taken. */
  connect(): Promise<IdleSource>;
  /** Read while the clock cannot be reached. */
  fallback: IdleSource;
  /** Milliseconds on a clock that never goes back. */
  now(): number;
  log(message: string): void;
}

/**
 * An idle clock on the session bus that comes back after its connection broke: the bus went away, the service left,
 * or a call failed or hung. Nothing polls it: the refresh after a failure connects again, and each failed attempt
 * makes the next one wait longer. Meanwhile `fallback` is read, never the lost clock's last reading, which could keep
 * the user "away" for as long as the outage lasts. Each outage is logged once, when it starts and when it ends.
 */
export function reconnectingIdle(first: IdleSource, deps: ReconnectDeps): IdleSource {
  let connected: IdleSource | null = first;
  let closed = false;
  let lostAt = 0;
  let retryAt = 0;
  let retryWait = FIRST_RETRY_WAIT_MS;
  let attempt: Promise<void> | null = null;

  const lose = (source: IdleSource, error: unknown) => {
    if (connected !== source) return;
    connected = null;
    source.close?.();
    lostAt = retryAt = deps.now();
    retryWait = FIRST_RETRY_WAIT_MS;
    deps.log(`Idle clock ${source.name} lost (${String(error)}): idle time from ${deps.fallback.name} until it answers again`);
  };
  const reconnect = async () => {
    try {
      const source = await deps.connect();
      if (closed) {
        source.close?.();
        return;
      }
      connected = source;
      deps.log(`Idle clock ${source.name} back after ${Math.round((deps.now() - lostAt) / 1000)} s`);
    } catch {
      retryAt = deps.now() + retryWait;
      retryWait = Math.min(retryWait * 2, MAX_RETRY_WAIT_MS);
    }
  };

  return {
    name: first.name,
    read: () => (connected ?? deps.fallback).read(),
    async refresh() {
      const source = connected;
      if (source) {
        try {
          await source.refresh();
          return;
        } catch (error) {
          lose(source, error);
        }
      } else if (!closed && deps.now() >= retryAt) {
        // Refreshes that come while an attempt is under way wait for that one.
        await (attempt ??= reconnect().finally(() => { attempt = null; }));
        if (connected) return;
      }
      await deps.fallback.refresh();
    },
    close() {
      closed = true;
      connected?.close?.();
      connected = null;
    },
  };
}
