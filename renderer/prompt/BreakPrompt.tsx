import { useEffect, useState } from 'react';
import type { LimberBridge, PromptStatus } from '../../core/contract';
import { routineById } from '../../core/exercises/library';
import type { BreakKind } from '../../core/kinds';
import { lateBecause } from '../../core/shell/status';
import { promptWords } from '../../core/words/prompt';
import { useFitWindow } from '../fit-window';

/**
 * The small prompt when a break is due: Start, Snooze (with what is left), Skip; strict mode hides the last two.
 * Limber names the routine it offers (`offered`); without one, as in the preview, the prompt asks for the next in turn.
 */
export function BreakPrompt({ kind, offered = null, bridge }: { kind: BreakKind; offered?: string | null; bridge: LimberBridge }) {
  const [status, setStatus] = useState<PromptStatus | null>(null);
  const [routineId, setRoutineId] = useState<string | null>(offered);
  const fitWindow = useFitWindow(bridge);
  useEffect(() => {
    void bridge.status().then(setStatus);
    // A prompt loaded ahead of its break tells the sitting time and snoozes left as of the moment it appears.
    void bridge.whenShown().then(() => bridge.status()).then(setStatus);
  }, [bridge]);
  useEffect(() => {
    if (offered === null) void bridge.offerRoutine(kind).then(setRoutineId);
  }, [bridge, kind, offered]);
  const routine = routineById(routineId ?? '');
  if (!status || !routine) return null;
  const { strict, snoozeMinutes, snapshot } = status;
  const close = () => { window.close(); };
  // After a hold, the prompt says why the break is late, as the notification does.
  const late = snapshot.pending?.kind === kind ? snapshot.pending.afterHold : undefined;
  return (
    <main className="prompt" aria-labelledby="prompt-title" ref={fitWindow}>
      <h1 id="prompt-title">{promptWords.title(kind)}</h1>
      <p>{promptWords.due(Math.floor(snapshot.sittingSeconds / 60), routine.name, late && lateBecause(late))}</p>
      <div className="controls">
        <button type="button" className="primary" onClick={() => { void bridge.startBreak(routine.id); }}>{promptWords.start}</button>
        {!strict && snapshot.snoozesLeft > 0 && (
          <button type="button" onClick={() => { void bridge.act({ action: 'snooze' }).then(close); }}>
            {promptWords.snooze(snoozeMinutes, snapshot.snoozesLeft)}
          </button>
        )}
        {!strict && <button type="button" onClick={() => { void bridge.act({ action: 'skip' }).then(close); }}>{promptWords.skip}</button>}
      </div>
    </main>
  );
}
