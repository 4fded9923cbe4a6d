import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdleSource } from '../../../electron/system/idle-source';
import { reconnectingIdle } from '../../../electron/system/reconnecting-idle';

/** A connection to an idle clock whose refreshes fail once it is broken. */
function connection(seconds: number) {
  let broken: Error | null = null;
  const source = {
    name: 'mutter',
    read: () => seconds,
    refresh: () => (broken ? Promise.reject(broken) : Promise.resolve()),
    close: vi.fn(() => undefined),
  } satisfies IdleSource;
  return { source, break: (error: Error) => { broken = error; } };
}

const fallback: IdleSource = { name: 'none', read: () => 0, refresh: () => Promise.resolve() };
let now: number;
let logs: string[];

function reconnecting(first: IdleSource, connect: () => Promise<IdleSource>) {
  return reconnectingIdle(first, { connect, fallback, now: () => now, log: (message) => { logs.push(message); } });
}

beforeEach(() => {
  now = 0;
  logs = [];
});

describe('reconnectingIdle', () => {
  it('reads the fallback once the clock fails, says so, and connects again on the next refresh', async () => {
    const first = connection(42);
    const second = connection(7);
    const connect = vi.fn(() => Promise.resolve<IdleSource>(second.source));
    const idle = reconnecting(first.source, connect);
    await idle.refresh();
    expect(idle.read()).toBe(42);

    first.break(new Error('Tried to write a message to a closed stream'));
    now = 30_000;
    await idle.refresh();
    expect([idle.read(), connect.mock.calls.length, first.source.close.mock.calls.length]).toEqual([0, 0, 1]);
    expect(logs).toEqual(['Idle clock mutter lost (Error: Tried to write a message to a closed stream): idle time from none until it answers again']);

    now = 60_000;
    await idle.refresh();
    expect([idle.read(), connect.mock.calls.length]).toEqual([7, 1]);
    expect(logs[1]).toBe('Idle clock mutter back after 30 s');
  });

  it('waits longer after each failed attempt, up to two minutes, and says nothing more until the clock is back', async () => {
    const first = connection(42);
    const attempts: number[] = [];
    let answer: Promise<IdleSource> = Promise.reject(new Error('ENOENT'));
    answer.catch(() => undefined);
    const idle = reconnecting(first.source, () => { attempts.push(now); return answer; });
    first.break(new Error('ENOENT'));
    await idle.refresh();
    for (now = 0; now <= 10 * 60_000; now += 1000) await idle.refresh();
    expect(attempts).toEqual([0, 5_000, 15_000, 35_000, 75_000, 155_000, 275_000, 395_000, 515_000]);
    expect(logs).toHaveLength(1);

    answer = Promise.resolve(connection(3).source);
    now = 635_000;
    await idle.refresh();
    expect(idle.read()).toBe(3);
    expect(logs).toHaveLength(2);
  });

  it('makes one attempt for refreshes that come together', async () => {
    const first = connection(42);
    const answers: ((source: IdleSource) => void)[] = [];
    const connect = vi.fn(() => new Promise<IdleSource>((resolve) => { answers.push(resolve); }));
    const idle = reconnecting(first.source, connect);
    first.break(new Error('did not answer in 2000 ms'));
    await Promise.all([idle.refresh(), idle.refresh()]);
    const both = Promise.all([idle.refresh(), idle.refresh()]);
    for (const answer of answers) answer(connection(9).source);
    await both;
    expect([connect.mock.calls.length, idle.read(), logs.length]).toEqual([1, 9, 2]);
  });

  it('closes a connection that comes back after it was closed, and reads the fallback', async () => {
    const first = connection(42);
    const late = connection(9);
    let connected = (_source: IdleSource) => undefined as unknown;
    const idle = reconnecting(first.source, () => new Promise<IdleSource>((resolve) => { connected = resolve; }));
    first.break(new Error('ServiceUnknown'));
    await idle.refresh();
    const refreshing = idle.refresh();
    idle.close?.();
    connected(late.source);
    await refreshing;
    expect([late.source.close.mock.calls.length, idle.read()]).toEqual([1, 0]);
  });
});
