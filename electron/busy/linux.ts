import { callSignal } from './call';
import { dndSignal } from './dnd';
import { fullscreenSignal } from './fullscreen';
import { mediaSignal } from './media';
import type { BusySignal } from './signal';

export function linuxSignals(env: NodeJS.ProcessEnv, ownPids: () => number[]): BusySignal[] {
  return [callSignal(env, ownPids), fullscreenSignal(env, ownPids), dndSignal(env), mediaSignal(env, ownPids)];
}
