import { signalsWords } from '../../core/words/signals';
import { isCamera, processesHolding } from './camera';
import { microphoneInUse } from './microphone';
import { signalOf, type BusySignal } from './signal';

/** In a call: something records from a microphone, or holds a camera open. */
export function callSignal(env: NodeJS.ProcessEnv, ownPids: () => number[]): BusySignal {
  const cameraInUse = async () => {
    const own = new Set(ownPids());
    return (await processesHolding(isCamera).catch(() => [])).some((pid) => !own.has(pid));
  };
  const read = async () => {
    const microphone = microphoneInUse(env, ownPids);
    microphone.catch(() => undefined); // Read after the camera; a camera in use answers even without a sound server.
    return await cameraInUse() || await microphone;
  };
  // The camera is read through /proc, which is always there: whether the signal works depends on the sound server.
  return signalOf('call', read, () => signalsWords.via.linux.call, () => microphoneInUse(env, ownPids));
}
