import { useEffect, useState } from 'react';
import type { LimberBridge, PromptStatus } from '../../electron/core/contract';
import { formatDuration } from '../../electron/core/shell/status';
import { FactList } from './FactList';

/** Sitting so far, from the engine's own count since Limber started. */
export function TodaySummary({ bridge }: { bridge: LimberBridge }) {
  const [status, setStatus] = useState<PromptStatus | null>(null);
  useEffect(() => { void bridge.status().then(setStatus); }, [bridge]);
  if (!status) return null;
  const { snapshot } = status;
  const rows: [string, string][] = [
    ['Sitting now', formatDuration(snapshot.sittingSeconds)],
    ['Longest stretch', formatDuration(snapshot.longestSittingSeconds)],
    ['Sitting in all', formatDuration(snapshot.totalSittingSeconds)],
    ['Next break', snapshot.nextBreak ? `${snapshot.nextBreak.kind === 'long' ? 'long' : 'micro'} break in ${formatDuration(snapshot.nextBreak.inSeconds)} of sitting` : 'none planned'],
  ];
  return (
    <main className="overview" aria-labelledby="stats-title">
      <h1 id="stats-title">Since Limber started</h1>
      <p>Your history stays on this computer, in <code>history.json</code> in Limber&apos;s data folder.</p>
      <FactList rows={rows} />
    </main>
  );
}
