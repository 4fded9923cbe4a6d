import { powerMonitor } from 'electron';
import type { SystemEvent } from './core/engine/types';

const EVENTS = [['suspend', 'suspend'], ['resume', 'resume'], ['lock-screen', 'lock'], ['unlock-screen', 'unlock']] as const;

export const readIdleSeconds = () => powerMonitor.getSystemIdleTime();

/** Forwards sleep and screen-lock events; lock events come from macOS and Windows only. */
export function watchPower(onEvent: (event: SystemEvent) => void): void {
  for (const [name, event] of EVENTS) powerMonitor.on(name as 'suspend', () => { onEvent(event); });
}
