import { useEffect } from 'react';

/**
 * While `question` is set, closing or reloading the page asks first: the browser asks with its own words, and Limber's
 * main process, told by the refused unload, asks with the page's question, which it reads from the root element.
 */
export function useCloseGuard(question: string | null) {
  useEffect(() => {
    if (!question) return;
    const root = document.documentElement;
    root.dataset.closeQuestion = question;
    const ask = (event: BeforeUnloadEvent) => { event.preventDefault(); };
    window.addEventListener('beforeunload', ask);
    return () => {
      window.removeEventListener('beforeunload', ask);
      delete root.dataset.closeQuestion;
    };
  }, [question]);
}
