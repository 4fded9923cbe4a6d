import { useEffect, useState } from 'react';
import type { LimberBridge, PromptStatus } from '../../core/contract';
import { catalogueOf, type Catalogue } from '../../core/exercises/catalogue';
import { POSTURE_CUE } from '../../core/exercises/fit';
import { EMPTY_OWN } from '../../core/exercises/own-content';
import type { BreakKind } from '../../core/kinds';
import { lateBecause } from '../../core/shell/status';
import { promptWords } from '../../core/words/prompt';
import { routinesWords } from '../../core/words/routines';
import { useFitWindow } from '../fit-window';

/**
 * The small prompt when a break is due: Start, Snooze (with what is left), Skip; strict mode hides the last two.
 * Limber names the routine it offers (`offered`): the library's, the user's own, or the posture cue; without one (or
 * with one that is gone), as in the preview, the prompt asks for the next in turn.
 */
const routineName = (catalogue: Catalogue, id: string) => (id === POSTURE_CUE ? routinesWords.postureCue.name : catalogue.routine(id)?.name);

export function BreakPrompt({ kind, offered = null, bridge }: { kind: BreakKind; offered?: string | null; bridge: LimberBridge }) {
  const [status, setStatus] = useState<PromptStatus | null>(null);
  // The catalogue rather than the name: the name is read at each render, in the language of the moment.
  const [offer, setOffer] = useState<{ id: string; catalogue: Catalogue } | null>(null);
  const fitWindow = useFitWindow(bridge);
  useEffect(() => {
    void bridge.status().then(setStatus);
    // A prompt loaded ahead of its break tells the sitting time and snoozes left as of the moment it appears.
    void bridge.whenShown().then(() => bridge.status()).then(setStatus);
  }, [bridge]);
  useEffect(() => {
    void bridge.routines().catch(() => EMPTY_OWN).then(async (own) => {
      const catalogue = catalogueOf(own);
      const known = offered === null ? undefined : routineName(catalogue, offered);
      const id = offered !== null && known ? offered : await bridge.offerRoutine(kind);
      if (routineName(catalogue, id)) setOffer({ id, catalogue });
    });
  }, [bridge, kind, offered]);
  const name = offer && routineName(offer.catalogue, offer.id);
  if (!status || !offer || !name) return null;
  const { strict, snoozeMinutes, snapshot } = status;
  const close = () => { window.close(); };
  // After a hold, the prompt says why the break is late, as the notification does.
  const late = snapshot.pending?.kind === kind ? snapshot.pending.afterHold : undefined;
  return (
    <main className="prompt" aria-labelledby="prompt-title" ref={fitWindow}>
      <h1 id="prompt-title">{promptWords.title(kind)}</h1>
      <p>{promptWords.due(Math.floor(snapshot.sittingSeconds / 60), name, late && lateBecause(late))}</p>
      <div className="controls">
        <button type="button" className="primary" onClick={() => { void bridge.startBreak(offer.id); }}>{promptWords.start}</button>
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
