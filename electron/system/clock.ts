import type { Clock } from '../../core/engine/engine';

/** Wall time for the calendar; performance.now() for durations, which never goes back. */
export const systemClock: Clock = { now: () => Date.now(), monotonic: () => performance.now() };

export const localUtcOffset = (wallMs: number) => -new Date(wallMs).getTimezoneOffset();

export const localClockTime = (wallMs: number) =>
  new Date(wallMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** Node can fire a timer a millisecond early by performance.now(); the margin spares the engine a second wakeup. */
export function setMonotonicTimer(at: number, fire: () => void): () => void {
  const handle = setTimeout(fire, Math.max(0, Math.ceil(at - performance.now()) + 2));
  return () => { clearTimeout(handle); };
}
