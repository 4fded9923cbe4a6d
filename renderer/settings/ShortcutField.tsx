import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SaveResult } from '../../core/contract';
import { keysRefusal, recordKey } from '../../core/shortcuts/keys';
import { SHORTCUT_ACTIONS, type ShortcutAction } from '../../core/shortcuts/names';
import { settingsWords } from '../../core/words/settings/window';
import { shortcutsWords } from '../../core/words/shortcuts';
import { useReportRefused, WarningIcon } from './refusals';

interface Props {
  action: ShortcutAction;
  /** Every action's combination as saved, '' for none: this field's, and the others' for the duplicate rule. */
  chosen: Readonly<Record<ShortcutAction, string>>;
  /** The system refused this field's combination: another program holds it. */
  taken: boolean;
  /** Shortcuts can't work in this session: the field is disabled, and this element says why. */
  unavailableId: string | undefined;
  save: (action: ShortcutAction, keys: string) => Promise<SaveResult>;
  /** Lets the system's shortcuts go while this field listens (see LimberBridge.holdShortcuts). */
  hold: (held: boolean) => void;
}

/** A combination as keys: "Ctrl+Alt+B" as Ctrl, Alt and B, each in its own key cap. */
function Keys({ keys, id }: { keys: string; id: string }) {
  if (keys === '') return <span className="shortcut-keys none" id={id}>{shortcutsWords.none}</span>;
  const parts = keys.split('+');
  return (
    <span className="shortcut-keys" id={id}>
      {parts.map((key, i) => <span key={key}>{i > 0 && '+'}<kbd>{key}</kbd></span>)}
    </span>
  );
}

/** Tab and Shift+Tab alone move on as they do everywhere, so that listening never traps the keyboard. */
const movesFocus = (event: KeyboardEvent) => event.code === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey;

/**
 * One global shortcut: its combination, a button that listens for a new one, and Clear. While it listens, the
 * button takes every key press: Escape cancels, Backspace clears, a combination is checked and saved. A refused
 * combination is said at the field, the combination saved before stays, and the field goes on listening (after a
 * save that the settings refused, it stops).
 */
export function ShortcutField({ action, chosen, taken, unavailableId, save, hold }: Props) {
  const id = useId();
  const [recording, setRecording] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const setButton = useRef<HTMLButtonElement>(null);
  const keys = chosen[action];
  const label = shortcutsWords.actions[action];
  const disabled = unavailableId !== undefined;
  const listening = recording && !disabled;
  useReportRefused(refusal !== null);
  // Limber's own combinations reach the field only while the system's hold on them is let go.
  useEffect(() => {
    if (!listening) return undefined;
    hold(true);
    return () => { hold(false); };
  }, [listening, hold]);

  const keep = async (next: string) => {
    setRecording(false);
    if (next === keys) {
      setRefusal(null);
      return;
    }
    const result = await save(action, next);
    setRefusal(result.ok ? null : settingsWords.notSaved(result.errors));
  };

  /** The reason a combination can't be this shortcut, checked here before it is saved; null when it can. */
  const problem = (combination: string): string | null => {
    const wrong = keysRefusal(combination);
    if (wrong) return wrong;
    const other = SHORTCUT_ACTIONS.find((a) => a !== action && chosen[a] === combination);
    return other ? shortcutsWords.sameAs(combination, other) : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!listening || movesFocus(event)) return;
    event.preventDefault();
    event.stopPropagation();
    // A key held down repeats: its first press has been heard.
    if (event.repeat) return;
    const recorded = recordKey(event);
    switch (recorded.is) {
      case 'incomplete':
        return;
      case 'cancel':
        setRecording(false);
        setRefusal(null);
        return;
      case 'clear':
        void keep('');
        return;
      case 'combination': {
        const why = problem(recorded.keys);
        if (why) setRefusal(why);
        else void keep(recorded.keys);
      }
    }
  };

  const clear = () => {
    // The Clear button goes once nothing is set: the keyboard stays on this field.
    setButton.current?.focus();
    void keep('');
  };

  const keysId = `${id}-keys`;
  const hintId = `${id}-hint`;
  const refusalId = `${id}-refusal`;
  const takenId = `${id}-taken`;
  const takenMessage = taken && keys !== '' ? shortcutsWords.taken(keys) : null;
  const describedBy = [keysId, refusal && refusalId, takenMessage && takenId, listening && hintId, unavailableId].filter(Boolean).join(' ');
  return (
    <div className="shortcut">
      <span className="shortcut-action">{label}</span>
      <div className="shortcut-body">
        <div className="shortcut-line">
          <Keys keys={keys} id={keysId} />
          <button
            type="button" ref={setButton} className={listening ? 'shortcut-set recording' : 'shortcut-set'}
            aria-label={listening ? shortcutsWords.recording(label) : shortcutsWords.change(label)} aria-describedby={describedBy} aria-invalid={refusal ? true : undefined}
            disabled={disabled}
            onClick={() => { setRecording(true); }}
            onKeyDown={onKeyDown}
            onBlur={() => { setRecording(false); }}
          >
            {listening ? shortcutsWords.record : shortcutsWords.set}
          </button>
          {keys !== '' && (
            <button
              type="button" aria-label={shortcutsWords.clearLabel(label)} aria-describedby={unavailableId} disabled={disabled} onClick={clear}
            >
              {shortcutsWords.clear}
            </button>
          )}
        </div>
        <div aria-live="polite">{listening && <p className="hint" id={hintId}>{shortcutsWords.recordingHint}</p>}</div>
        {/* Both come after a key press or a save, while the keyboard is still on the field: they are announced. */}
        <div aria-live="polite">
          {refusal && <p className="error" id={refusalId}><WarningIcon />{refusal}</p>}
          {takenMessage && <p className="error" id={takenId}><WarningIcon />{takenMessage}</p>}
        </div>
      </div>
    </div>
  );
}
