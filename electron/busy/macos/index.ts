import type { BusySignal } from '../signal';
import { macosCallSignal } from './call';
import { macosDndSignal } from './dnd';
import { macosFullscreenSignal } from './fullscreen';
import { macosMediaSignal } from './media';

export function macosSignals(env: NodeJS.ProcessEnv, home: string, ownPids: () => number[]): BusySignal[] {
  return [macosCallSignal(ownPids), macosFullscreenSignal(ownPids), macosDndSignal(home), macosMediaSignal(env, ownPids)];
}
