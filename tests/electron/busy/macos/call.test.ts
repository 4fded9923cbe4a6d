// CoreAudio and CoreMediaIO can't be called here; what they answer, as plain data, can be decided on.
import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import {
  AUDIO_PROTOTYPES, declarePropertyAddress, inCall, INPUT, propertyReader, readDevices, SELECTORS, SYSTEM_OBJECT, VIDEO_PROTOTYPES,
  type DeviceAnswer, type ReadProperty,
} from '../../../../electron/busy/macos/call';

const LIMBER = 4242;
const quiet: DeviceAnswer = { processes: [{ pid: 300, recording: false }], microphones: [false], cameras: [false] };

describe('in a call on macOS, from what the devices are doing', () => {
  it('is off when nothing records and no camera runs', () => {
    expect(inCall(quiet, [LIMBER])).toBe(false);
  });

  it('is on when another process records (macOS 14.2 and later)', () => {
    expect(inCall({ ...quiet, processes: [{ pid: 300, recording: false }, { pid: 812, recording: true }] }, [LIMBER])).toBe(true);
  });

  it('asks the processes, not the microphone, where macOS can list them: Limber\'s own use never counts', () => {
    expect(inCall({ processes: [{ pid: LIMBER, recording: true }], microphones: [true], cameras: [false] }, [LIMBER])).toBe(false);
  });

  it('falls back to whether any app runs a microphone before macOS 14.2', () => {
    expect(inCall({ processes: null, microphones: [false, true], cameras: [] }, [LIMBER])).toBe(true);
    expect(inCall({ processes: null, microphones: [false], cameras: [] }, [LIMBER])).toBe(false);
  });

  it('is on when any camera runs', () => {
    expect(inCall({ ...quiet, cameras: [false, true] }, [LIMBER])).toBe(true);
  });

  it('declares prototypes koffi can bind', () => {
    declarePropertyAddress(koffi);
    expect(declarePropertyAddress(koffi).size).toBe(12);
    for (const prototype of [...Object.values(AUDIO_PROTOTYPES), ...Object.values(VIDEO_PROTOTYPES)]) expect(koffi.proto(prototype).proto?.arguments.length).toBeGreaterThanOrEqual(5);
  });
});

const u32 = (...values: number[]) => new Uint8Array(new Uint32Array(values).buffer);
/** A Mac's answers, property by property: object id, selector and scope to the bytes CoreAudio gives. */
function recordedMac(answers: [number, number, number | undefined, Uint8Array][]): ReadProperty {
  return (id, selector, scope) => {
    const found = answers.find(([i, s, sc]) => i === id && s === selector && (sc === undefined || sc === scope));
    if (!found) throw new Error(`macOS refused to size property (OSStatus 2003332927) for ${id}`);
    return found[3];
  };
}
const MIC = 50;
const SPEAKERS = 51;
const CAMERA = 70;
const devices = (micRunning: number): [number, number, number | undefined, Uint8Array][] => [
  [SYSTEM_OBJECT, SELECTORS.devices, undefined, u32(MIC, SPEAKERS)],
  [MIC, SELECTORS.streams, INPUT, u32(400)], [SPEAKERS, SELECTORS.streams, INPUT, new Uint8Array(0)],
  [MIC, SELECTORS.runningSomewhere, undefined, u32(micRunning)], [SPEAKERS, SELECTORS.runningSomewhere, undefined, u32(1)],
];
const camera = (running: number) => recordedMac([[SYSTEM_OBJECT, SELECTORS.devices, undefined, u32(CAMERA)], [CAMERA, SELECTORS.runningSomewhere, undefined, u32(running)]]);

describe('reading the devices on macOS, from recorded answers', () => {
  it('lists the processes doing audio, and only the devices with input streams as microphones', () => {
    const audio = recordedMac([
      ...devices(1),
      [SYSTEM_OBJECT, SELECTORS.processes, undefined, u32(100, 101, 102)],
      [100, SELECTORS.pid, undefined, u32(812)], [100, SELECTORS.runningInput, undefined, u32(1)],
      [101, SELECTORS.pid, undefined, u32(LIMBER)], [101, SELECTORS.runningInput, undefined, u32(0)],
      // 102 ended between the list and the question.
    ]);
    expect(readDevices(audio, camera(0))).toEqual({ processes: [{ pid: 812, recording: true }, { pid: LIMBER, recording: false }], microphones: [true], cameras: [false] });
  });

  it('has no processes before macOS 14.2, and reads the microphones instead', () => {
    const answer = readDevices(recordedMac(devices(0)), camera(1));
    expect(answer).toEqual({ processes: null, microphones: [false], cameras: [true] });
    expect(inCall(answer, [LIMBER])).toBe(true);
  });

  it('sizes a property, then reads it; an empty one is not read, a refusal names the property', () => {
    const calls: string[] = [];
    const reader = propertyReader((id, _address, _qs, _q, size) => {
      calls.push(`size ${String(id)}`);
      (size as number[])[0] = id === 1 ? 8 : 0;
      return id === 3 ? -50 : 0;
    }, (id, _address, size, data) => {
      calls.push(`data ${id} ${size}`);
      data.set(u32(7, 9));
      return 0;
    });
    expect([...new Uint32Array(reader(1, SELECTORS.devices).buffer)]).toEqual([7, 9]);
    expect(reader(2, SELECTORS.streams, INPUT)).toHaveLength(0);
    expect(calls).toEqual(['size 1', 'data 1 8', 'size 2']);
    expect(() => reader(3, SELECTORS.runningSomewhere)).toThrow("macOS refused to size property 'gone' (OSStatus -50)");
  });
});
