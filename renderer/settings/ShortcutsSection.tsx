import { useCallback, useEffect, useId, useState } from 'react';
import type { LimberBridge, ShortcutStatus } from '../../core/contract';
import { SHORTCUT_ACTIONS, type ShortcutAction } from '../../core/shortcuts/names';
import { shortcutsWords } from '../../core/words/shortcuts';
import type { SectionProps } from './patch';
import { ShortcutField } from './ShortcutField';
import './shortcuts.css';

/**
 * How the system took the shortcuts: asked when the section mounts and whenever the shortcuts change (a field saved,
 * an import, a reset; main has registered the new ones before the save answers). What was taken holds only for the
 * shortcuts it was asked about: until the next answer comes, and if none comes, nothing is said to be taken.
 */
function useShortcutStatus(bridge: LimberBridge, chosen: Readonly<Record<ShortcutAction, string>>): { available: boolean | undefined; partly: boolean; taken: ShortcutAction[] } {
  const [answer, setAnswer] = useState<{ about: string; status: ShortcutStatus } | null>(null);
  const shortcuts = SHORTCUT_ACTIONS.map((action) => chosen[action]).join('\n');
  useEffect(() => {
    let current = true;
    void bridge.shortcuts().then((status) => { if (current) setAnswer({ about: shortcuts, status }); }, () => undefined);
    return () => { current = false; };
  }, [bridge, shortcuts]);
  return { available: answer?.status.available, partly: answer?.status.partly ?? false, taken: answer?.about === shortcuts ? answer.status.taken : [] };
}

/** Global shortcuts: a combination for each action, recorded from the keyboard, or none. */
export function ShortcutsSection({ bridge, settings, save }: SectionProps & { bridge: LimberBridge }) {
  const id = useId();
  const chosen = settings.shortcuts;
  const status = useShortcutStatus(bridge, chosen);
  const unavailableId = status.available === false ? `${id}-unavailable` : undefined;
  const hold = useCallback((held: boolean) => { void bridge.holdShortcuts(held).catch(() => undefined); }, [bridge]);
  const saveShortcut = (action: ShortcutAction, keys: string) => save({ shortcuts: { [action]: keys } });
  return (
    <fieldset className="shortcuts">
      <legend>{shortcutsWords.legend}</legend>
      <p className="hint">{shortcutsWords.hint}</p>
      {unavailableId && <p className="shortcuts-unavailable" id={unavailableId}>{shortcutsWords.unavailable}</p>}
      {status.partly && <p className="hint">{shortcutsWords.partly}</p>}
      {SHORTCUT_ACTIONS.map((action) => (
        <ShortcutField
          key={action} action={action} chosen={chosen} taken={status.taken.includes(action)}
          unavailableId={unavailableId} save={saveShortcut} hold={hold}
        />
      ))}
    </fieldset>
  );
}
