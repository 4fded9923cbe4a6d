import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUDIO_SERVICE_GRACE_MS, stopAudioServiceWhenUnused } from '../../../electron/desktop/audio-service';
import { app, fake } from '../../../harness/fake-electron';

const AUDIO = { pid: 4101, type: 'Utility' as const, serviceName: 'audio.mojom.AudioService' };
const NETWORK = { pid: 4102, type: 'Utility' as const, serviceName: 'network.mojom.NetworkService' };

let killed: number[];
let logs: string[];
let windowsOpen: number;
let allClosed: () => void;
const windows = { count: () => windowsOpen, onAllClosed: (listener: () => void) => { allClosed = listener; } };
const watch = (kill = (pid: number) => { killed.push(pid); }) => { stopAudioServiceWhenUnused(app, windows, { info: (m) => logs.push(m), warn: (m) => logs.push(`warn: ${m}`) }, kill); };

beforeEach(() => {
  fake.reset();
  fake.childProcesses = [NETWORK, AUDIO, { pid: 4103, type: 'GPU' }];
  killed = [];
  logs = [];
  windowsOpen = 0;
  vi.useFakeTimers();
});
afterEach(() => { vi.useRealTimers(); });

describe('stopAudioServiceWhenUnused', () => {
  it('stops the audio service, and only it, once no window has been open for a moment', () => {
    watch();
    allClosed();
    vi.advanceTimersByTime(AUDIO_SERVICE_GRACE_MS - 1);
    expect(killed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(killed).toEqual([AUDIO.pid]);
    expect(logs).toEqual(['Audio service stopped: no window is open']);
  });

  it('leaves it while a window has opened again in the meantime', () => {
    watch();
    allClosed();
    windowsOpen = 1;
    vi.advanceTimersByTime(AUDIO_SERVICE_GRACE_MS);
    expect(killed).toEqual([]);
  });

  it('waits for nothing while Limber quits, which closes every window', () => {
    watch();
    app.emit('before-quit');
    allClosed();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing when no audio service is running, and says so when it can\'t stop one', () => {
    fake.childProcesses = [NETWORK];
    watch();
    allClosed();
    vi.advanceTimersByTime(AUDIO_SERVICE_GRACE_MS);
    expect(killed).toEqual([]);
    fake.reset();
    fake.childProcesses = [AUDIO];
    watch(() => { throw new Error('EPERM'); });
    allClosed();
    vi.advanceTimersByTime(AUDIO_SERVICE_GRACE_MS);
    expect(logs).toEqual(['warn: Audio service not stopped: Error: EPERM']);
  });
});
