import { createContext, useContext, useEffect, useState } from 'react';
import type { LimberBridge } from '../core/contract';
import { rightToLeft, type Language } from '../core/i18n/languages';
import { speakWith } from '../core/i18n/speak';
import { speakerOf } from '../i18n/speakers';

let asked = 0;

/**
 * Reads the page's words in the language main speaks, its catalog loaded first, and sets the page's language and
 * direction: a right-to-left language mirrors the layout through the stylesheet's logical properties. Of two asks
 * under way the later one wins, whichever catalog loads first; the earlier resolves to null.
 */
export async function speakLikeMain(bridge: Pick<LimberBridge, 'language'>): Promise<Language | null> {
  const mine = ++asked;
  const { spoken: language } = await bridge.language();
  const speaker = await speakerOf(language);
  if (mine !== asked) return null;
  speakWith(speaker);
  document.documentElement.lang = language;
  document.documentElement.dir = rightToLeft(language) ? 'rtl' : 'ltr';
  return language;
}

/** The language the page speaks, for what keeps words between renders (a memo) to read them again when it changes. */
export const SpokenLanguage = createContext<Language>('en');
export const useSpokenLanguage = () => useContext(SpokenLanguage);

/**
 * The language the page speaks, starting with `first`, and again each time main says it has changed: a new value
 * re-renders the page in the new words, keeping its state (a break under way goes on). It asks once more as it starts
 * listening, for a change main told before anyone listened.
 */
export function useLanguageOf(bridge: LimberBridge, first: Language): Language {
  const [language, setLanguage] = useState(first);
  useEffect(() => {
    const follow = () => { void speakLikeMain(bridge).then((spoken) => { if (spoken) setLanguage(spoken); }); };
    const stop = bridge.onLanguage(follow);
    follow();
    return stop;
  }, [bridge]);
  return language;
}
