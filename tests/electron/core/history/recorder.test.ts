import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../../../electron/core/engine/snapshot';
import { EMPTY_HISTORY, type History } from '../../../../electron/core/history/history';
import { createHistoryRecorder } from '../../../../electron/core/history/recorder';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 20, 9, 0);

function recorder() {
  let now = START;
  const saves: History[] = [];
  const r = createHistoryRecorder({ initial: EMPTY_HISTORY, save: (h) => { saves.push(h); }, utcOffset: () => 0, now: () => now });
  const step = (minutes: number, total: number, streak = total) => {
    now += minutes * MINUTE;
    r.onStep({ totalSittingSeconds: total, sittingSeconds: streak } as EngineSnapshot);
  };
  return { r, saves, step };
}

describe('the history recorder', () => {
  it('saves counted events at once, and sitting time with them, on flush, or every 10 minutes', () => {
    const { r, saves, step } = recorder();
    step(0, 0);
    step(1, 60);
    expect(saves).toHaveLength(0);
    r.onEvent({ event: 'due', kind: 'micro', wall: START + MINUTE });
    expect(saves.at(-1)?.days['2026-11-20']).toMatchObject({ prompts: 1, sittingSeconds: 60 });
    step(4, 300);
    r.flush();
    expect(saves).toHaveLength(2);
    r.flush();
    expect(saves).toHaveLength(2);
    for (let minute = 1; minute <= 10; minute++) step(1, 300 + minute * 60);
    expect(saves).toHaveLength(3);
    expect(saves.at(-1)?.days['2026-11-20']?.sittingSeconds).toBe(900);
  });

  it('does not count the sitting before it started as today\'s', () => {
    const { r, step } = recorder();
    step(0, 5000);
    step(1, 5060);
    expect(r.current().days['2026-11-20']?.sittingSeconds).toBe(60);
  });

  it('ignores events it does not count', () => {
    const { r, saves } = recorder();
    r.onEvent({ event: 'prelude', kind: 'long', inSeconds: 30, wall: START });
    expect(saves).toHaveLength(0);
  });
});
