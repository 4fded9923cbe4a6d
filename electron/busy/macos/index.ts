import type { BusySignal } from '../signal';
import { macosCallSignal } from './call';
import { macosDndSignal } from './dnd';
import { macosFullscreenSignal } from './fullscreen';

export function macosSignals(home: string, ownPids: () => number[]): BusySignal[] {
  return [macosCallSignal(ownPids), macosFullscreenSignal(ownPids), macosDndSignal(home)];
}
