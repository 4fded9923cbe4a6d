import { useCallback, useEffect, useId, useState } from 'react';
import type { LimberBridge, ShortcutStatus } from '../../core/contract';
import { SHORTCUT_ACTIONS, type ShortcutAction } from '../../core/shortcuts/names';
import { shortcutsWords } from '../../core/words/shortcuts';
import type { SectionProps } from './patch';
import { ShortcutField } from './ShortcutField';
import './shortcuts.css';

/**
 * How the system took the shortcuts: asked when the section mounts, again after each shortcut saved (main has
 * registered the new ones before the save answers) and whenever the shortcuts change otherwise (an import, a reset).
 * Until the answer comes, and if none comes, nothing is said about them.
 */
function useShortcutStatus(bridge: LimberBridge, chosen: Readonly<Record<ShortcutAction, string>>) {
  const [status, setStatus] = useState<ShortcutStatus | null>(null);
  const [saves, setSaves] = useState(0);
  const shortcuts = SHORTCUT_ACTIONS.map((action) => chosen[action]).join('\n');
  useEffect(() => {
    // An earlier question answered late says nothing about the shortcuts now.
    let current = true;
    void bridge.shortcuts().then((answer) => { if (current) setStatus(answer); }, () => undefined);
    return () => { current = false; };
  }, [bridge, shortcuts, saves]);
  return { status, saved: () => { setSaves((n) => n + 1); } };
}

/** Global shortcuts: a combination for each action, recorded from the keyboard, or none. */
export function ShortcutsSection({ bridge, settings, save }: SectionProps & { bridge: LimberBridge }) {
  const id = useId();
  const chosen = settings.shortcuts;
  const { status, saved } = useShortcutStatus(bridge, chosen);
  const unavailableId = status?.available === false ? `${id}-unavailable` : undefined;
  const hold = useCallback((held: boolean) => { void bridge.holdShortcuts(held).catch(() => undefined); }, [bridge]);
  const saveShortcut = async (action: ShortcutAction, keys: string) => {
    const result = await save({ shortcuts: { [action]: keys } });
    if (result.ok) saved();
    return result;
  };
  return (
    <fieldset className="shortcuts">
      <legend>{shortcutsWords.legend}</legend>
      <p className="hint">{shortcutsWords.hint}</p>
      {unavailableId && <p className="shortcuts-unavailable" id={unavailableId}>{shortcutsWords.unavailable}</p>}
      {SHORTCUT_ACTIONS.map((action) => (
        <ShortcutField
          key={action} action={action} chosen={chosen} taken={status?.taken.includes(action) ?? false}
          unavailableId={unavailableId} save={saveShortcut} hold={hold}
        />
      ))}
    </fieldset>
  );
}
