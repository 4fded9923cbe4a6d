import { signalsWords } from '../../../core/words/signals';
import { bindAll, bindOnce, namedStruct, type ForeignFunction, type Koffi } from '../ffi';
import { signalOf, type BusySignal } from '../signal';

/** What CoreAudio and CoreMediaIO answered, as plain data. */
export type DeviceAnswer = {
  /** Each process doing audio and whether it records (macOS 14.2 and later); null where macOS can't list them. */
  processes: { pid: number; recording: boolean }[] | null;
  /** For each microphone (a device with input streams), whether any app runs it. */
  microphones: boolean[];
  /** For each camera, whether any app runs it. */
  cameras: boolean[];
};

/**
 * In a call: another process records, or, where macOS can't say which process records, some app runs a
 * microphone; or some app runs a camera. Limber never records or films, so a device in use is someone else's.
 */
export function inCall({ processes, microphones, cameras }: DeviceAnswer, ownPids: number[]): boolean {
  const recording = processes
    ? processes.some(({ pid, recording }) => recording && !ownPids.includes(pid))
    : microphones.some(Boolean);
  return recording || cameras.some(Boolean);
}

/** A four-letter ASCII code as the 32-bit number CoreAudio's headers spell it with. */
const fourcc = (code: string) => Array.from({ length: 4 }, (_, i) => code.charCodeAt(i)).reduce((value, char) => ((value << 8) | char) >>> 0, 0);
export const SYSTEM_OBJECT = 1;
const GLOBAL = fourcc('glob');
export const INPUT = fourcc('inpt');
export const SELECTORS = {
  devices: fourcc('dev#'), streams: fourcc('stm#'), runningSomewhere: fourcc('gone'),
  processes: fourcc('prs#'), pid: fourcc('ppid'), runningInput: fourcc('piri'),
};

/** CoreAudio's and CoreMediaIO's property calls; both take the same address: selector, scope, element. */
export const AUDIO_PROTOTYPES = {
  size: 'int32_t AudioObjectGetPropertyDataSize(uint32_t id, const PropertyAddress *address, uint32_t qualifierSize, const void *qualifier, _Out_ uint32_t *size)',
  data: 'int32_t AudioObjectGetPropertyData(uint32_t id, const PropertyAddress *address, uint32_t qualifierSize, const void *qualifier, _Inout_ uint32_t *size, _Out_ uint8_t *data)',
};
export const VIDEO_PROTOTYPES = {
  size: 'int32_t CMIOObjectGetPropertyDataSize(uint32_t id, const PropertyAddress *address, uint32_t qualifierSize, const void *qualifier, _Out_ uint32_t *size)',
  data: 'int32_t CMIOObjectGetPropertyData(uint32_t id, const PropertyAddress *address, uint32_t qualifierSize, const void *qualifier, uint32_t size, _Out_ uint32_t *used, _Out_ uint8_t *data)',
};

/** Declares the address struct that the prototypes name. */
export const declarePropertyAddress = (koffi: Koffi) =>
  namedStruct(koffi, 'PropertyAddress', { selector: 'uint32_t', scope: 'uint32_t', element: 'uint32_t' });

/** An object's property, as the bytes CoreAudio or CoreMediaIO answer. */
export type ReadProperty = (id: number, selector: number, scope?: number) => Uint8Array;

/** One object property's bytes, through a size call and a data call; a failing call names its OSStatus. */
export function propertyReader(sizeOf: ForeignFunction, dataOf: (id: number, address: object, size: number, data: Uint8Array) => number): ReadProperty {
  return (id, selector, scope = GLOBAL) => {
    const address = { selector, scope, element: 0 };
    const size = [0];
    const sizeStatus = sizeOf(id, address, 0, null, size) as number;
    if (sizeStatus !== 0) throw new Error(signalsWords.why.macos.propertyNotSized(fourccName(selector), sizeStatus));
    const data = new Uint8Array(size[0] ?? 0);
    const status = data.length === 0 ? 0 : dataOf(id, address, data.length, data);
    if (status !== 0) throw new Error(signalsWords.why.macos.propertyNotRead(fourccName(selector), status));
    return data;
  };
}

const fourccName = (value: number) => String.fromCharCode(value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
const uint32s = (bytes: Uint8Array) => [...new Uint32Array(bytes.slice().buffer)];

const devices = bindOnce((koffi) => {
  declarePropertyAddress(koffi);
  const audio = bindAll(koffi.load('/System/Library/Frameworks/CoreAudio.framework/CoreAudio'), AUDIO_PROTOTYPES);
  const video = bindAll(koffi.load('/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO'), VIDEO_PROTOTYPES);
  return {
    audio: propertyReader(audio.size, (id, address, size, data) => audio.data(id, address, 0, null, [size], data) as number),
    video: propertyReader(video.size, (id, address, size, data) => video.data(id, address, 0, null, size, [0], data) as number),
  };
});

/** Asks CoreAudio and CoreMediaIO what is running. Nothing is opened: only whether devices are in use, and by whom. */
export function readDevices(audio: ReadProperty, video: ReadProperty): DeviceAnswer {
  const running = (read: ReadProperty) => (id: number) => uint32s(read(id, SELECTORS.runningSomewhere))[0] !== 0;
  return {
    processes: audioProcesses(audio),
    microphones: uint32s(audio(SYSTEM_OBJECT, SELECTORS.devices)).filter((id) => audio(id, SELECTORS.streams, INPUT).length > 0).map(running(audio)),
    cameras: uint32s(video(SYSTEM_OBJECT, SELECTORS.devices)).map(running(video)),
  };
}

/** The processes doing audio; null before macOS 14.2, which has no process objects. */
function audioProcesses(audio: ReadProperty): DeviceAnswer['processes'] {
  let ids: number[];
  try {
    ids = uint32s(audio(SYSTEM_OBJECT, SELECTORS.processes));
  } catch {
    return null;
  }
  return ids.flatMap((id) => {
    try {
      return [{ pid: new Int32Array(audio(id, SELECTORS.pid).slice().buffer)[0] ?? 0, recording: uint32s(audio(id, SELECTORS.runningInput))[0] !== 0 }];
    } catch {
      return []; // It ended between the list and the question.
    }
  });
}

/** In a call, on macOS: a microphone or a camera in use by another app, as the orange and green dots show. */
export function macosCallSignal(ownPids: () => number[]): BusySignal {
  const read = async () => {
    const { audio, video } = await devices();
    return inCall(readDevices(audio, video), ownPids());
  };
  return signalOf('call', read, () => signalsWords.via.macos.call);
}
