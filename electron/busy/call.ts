import { isCamera, processesHolding } from './camera';
import { microphoneInUse } from './microphone';
import { messageOf } from './run';
import type { BusySignal } from './signal';

/** In a call: something records from a microphone, or holds a camera open. */
export function callSignal(env: NodeJS.ProcessEnv, ownPids: () => number[]): BusySignal {
  const cameraInUse = async () => {
    const own = new Set(ownPids());
    return (await processesHolding(isCamera).catch(() => [])).some((pid) => !own.has(pid));
  };
  return {
    reason: 'call',
    read: async () => {
      const microphone = microphoneInUse(env, ownPids);
      microphone.catch(() => undefined); // Read after the camera; a camera in use answers even without a sound server.
      return await cameraInUse() || await microphone;
    },
    status: async () => {
      try {
        await microphoneInUse(env, ownPids);
        return { readable: true, via: 'PulseAudio/PipeWire recording streams, and cameras in use' };
      } catch (error) {
        return { readable: false, why: messageOf(error) };
      }
    },
    close: () => undefined,
  };
}
