// @vitest-environment happy-dom
// What the break screen asks Web Audio to play, and when: a recording AudioContext in place of the browser's.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { BreakScreen } from '../../../renderer/break/BreakScreen';
import { recordingBridge } from '../../helpers/bridge';
import { breakRun } from '../../helpers/break-run';

interface Played { atMs: number; hz: number }

/** An AudioContext that plays nothing and writes down each note: its pitch, and when the page started it. */
function recordingAudio(played: Played[], contexts: { closed: number; opened: number }) {
  const param = () => ({ value: 0, setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined });
  return class RecordingAudioContext {
    readonly currentTime = 0;
    readonly destination = {};
    constructor() { contexts.opened++; }
    createGain() { return { gain: param(), connect: (next: unknown) => next }; }
    createOscillator() {
      const frequency = param();
      return {
        frequency,
        connect: (next: unknown) => next,
        start: () => { played.push({ atMs: Date.now(), hz: frequency.value }); },
        stop: () => undefined,
      };
    }
    close() { contexts.closed++; return Promise.resolve(); }
  };
}

const quickBrace = breakRun('quick-brace');
/** A tenth of a second at a time, so React renders between the player's ticks as it would in a window. */
const wait = async (ms: number) => {
  for (let left = ms; left > 0; left -= 100) await act(() => vi.advanceTimersByTimeAsync(Math.min(left, 100)));
};
let played: Played[];
let contexts: { closed: number; opened: number };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'], now: 0 });
  played = [];
  contexts = { closed: 0, opened: 0 };
  vi.stubGlobal('AudioContext', recordingAudio(played, contexts));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the break screen\'s tones', () => {
  it('plays a tone as each phase begins and counts the last three seconds of a hold', async () => {
    render(<BreakScreen {...quickBrace} bridge={recordingBridge().bridge} />);
    await wait(31_000);
    // Get ready 0-5 s, hold 5-15 s, relax 15-20 s, hold 20-30 s: 660 Hz as a phase begins, 880 Hz at 3, 2 and 1 s left.
    const start = played[0]?.atMs ?? NaN;
    expect(played.map(({ atMs, hz }) => ({ atMs: atMs - start, hz }))).toEqual([
      { atMs: 0, hz: 660 },
      { atMs: 2_000, hz: 880 }, { atMs: 3_000, hz: 880 }, { atMs: 4_000, hz: 880 },
      { atMs: 5_000, hz: 660 },
      { atMs: 12_000, hz: 880 }, { atMs: 13_000, hz: 880 }, { atMs: 14_000, hz: 880 },
      { atMs: 15_000, hz: 660 },
      { atMs: 17_000, hz: 880 }, { atMs: 18_000, hz: 880 }, { atMs: 19_000, hz: 880 },
      { atMs: 20_000, hz: 660 },
      { atMs: 27_000, hz: 880 }, { atMs: 28_000, hz: 880 }, { atMs: 29_000, hz: 880 },
      { atMs: 30_000, hz: 660 },
    ].filter(({ atMs }) => atMs <= 31_000 - start));
    expect(contexts.opened).toBe(1);
  });

  it('ends with a three-note chord, then lets the audio device go', async () => {
    render(<BreakScreen {...quickBrace} bridge={recordingBridge().bridge} />);
    await wait(10 * 60_000);
    expect(played.slice(-3).map((note) => note.hz)).toEqual([523.25, 659.25, 783.99]);
    expect(contexts).toEqual({ opened: 1, closed: 1 });
  });

  it('lets the audio device go when the screen goes in the middle of a routine', async () => {
    const { unmount } = render(<BreakScreen {...quickBrace} bridge={recordingBridge().bridge} />);
    await wait(7_000);
    expect(contexts).toEqual({ opened: 1, closed: 0 });
    unmount();
    await wait(1_000);
    expect(contexts).toEqual({ opened: 1, closed: 1 });
  });

  it('plays nothing when sounds are off', async () => {
    const settings = { ...DEFAULT_SETTINGS, sound: { ...DEFAULT_SETTINGS.sound, enabled: false } };
    render(<BreakScreen {...quickBrace} bridge={recordingBridge({ settings }).bridge} />);
    await wait(10 * 60_000);
    expect(played).toEqual([]);
    expect(contexts.opened).toBe(0);
  });
});
