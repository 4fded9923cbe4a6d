import type { BusySignal } from '../signal';
import { windowsCallSignal } from './call';
import { windowsDndSignal } from './dnd';
import { windowsFullscreenSignal } from './fullscreen';
import { windowsMediaSignal } from './media';

export function windowsSignals(env: NodeJS.ProcessEnv, ownExe: string): BusySignal[] {
  return [windowsCallSignal(env, ownExe), windowsFullscreenSignal(), windowsDndSignal(), windowsMediaSignal()];
}
