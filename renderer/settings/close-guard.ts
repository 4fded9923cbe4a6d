import { useEffect, useRef } from 'react';
import { settingsWords } from '../../core/words/settings/window';

/** Fields still being typed into whose text would be refused once the user leaves them. */
const typedWrong = new Set<{ current: () => boolean }>();

/** Tells the close guard whether this field's text, not yet checked, would be refused. */
export function useTypedWrong(wrong: () => boolean) {
  const latest = useRef(wrong);
  latest.current = wrong;
  useEffect(() => {
    typedWrong.add(latest);
    return () => { typedWrong.delete(latest); };
  }, []);
}

/**
 * While fields hold refused values, or a value being typed would be refused, closing or reloading the page asks
 * first: the browser asks with its own words, and Limber's main process, told by the refused unload, asks with the
 * page's question, which it reads from the root element. A field left mid-typing is checked, so that its message
 * is there when the user keeps editing.
 */
export function useCloseGuard(refused: number) {
  useEffect(() => {
    const root = document.documentElement;
    if (refused > 0) root.dataset.closeQuestion = settingsWords.closeQuestion(refused);
    else delete root.dataset.closeQuestion;
    const ask = (event: BeforeUnloadEvent) => {
      const typing = [...typedWrong].filter((wrong) => wrong.current()).length;
      if (refused + typing === 0) return;
      root.dataset.closeQuestion = settingsWords.closeQuestion(refused + typing);
      if (typing > 0 && document.activeElement instanceof HTMLElement) document.activeElement.blur();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => { window.removeEventListener('beforeunload', ask); };
  }, [refused]);
}
