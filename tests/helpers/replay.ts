import { replay, type ReplayLine, type ReplayResult } from '../../core/replay/replay';
import { parseTrace } from '../../core/replay/trace';

export type TraceLine = Record<string, unknown>;

/** Replays trace lines (objects) and fails loudly if the trace itself is invalid. */
export function replayLines(lines: TraceLine[], options?: Parameters<typeof replay>[1]): ReplayResult {
  const trace = parseTrace(lines.map((line) => JSON.stringify(line)).join('\n'));
  if (!trace.ok) throw new Error(trace.errors.join('\n'));
  return replay(trace.value, options);
}

/** The decisions as compact `t event kind` strings, Workrave style, optionally only some kinds of event. */
export function timeline(result: ReplayResult, only?: string[]): string[] {
  return result.events
    .filter((e) => !only || only.includes(e.event))
    .map((e) => describe(e));
}

function describe(e: ReplayLine): string {
  const details = Object.entries(e)
    .filter(([key]) => key !== 't' && key !== 'event')
    .map(([key, value]) => (key === 'kind' || key === 'via' || key === 'reason' || key === 'why'
      ? String(value)
      : `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`));
  return [e.t, e.event, ...details].join(' ');
}

/** Settings for focused tests: long breaks only, every 45 minutes, no prelude, unless overridden. */
export const LONG_ONLY = { microBreak: { enabled: false }, longBreak: { everyMinutes: 45 }, preludeSeconds: 0 };
