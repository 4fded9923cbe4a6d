import { LOCALES, PSEUDO, type Language, type OfferedLanguage } from '../core/i18n/languages';
import type { Speaker } from '../core/i18n/speak';
import { translator, type Catalog } from './translator';

// Each language is its own chunk, loaded when it is spoken: a window or the main process carries one catalog, not six.
const CATALOGS: Readonly<Record<OfferedLanguage, () => Promise<{ catalog: Catalog }>>> = {
  en: () => import('./locales/en/index'),
  de: () => import('./locales/de/index'),
  fr: () => import('./locales/fr/index'),
  es: () => import('./locales/es/index'),
  'pt-BR': () => import('./locales/pt-BR/index'),
  ar: () => import('./locales/ar/index'),
};

/** A speaker of `language`, its catalog loaded. */
export async function speakerOf(language: Language): Promise<Speaker> {
  if (language === PSEUDO) {
    const [{ pseudoSpeaker }, { catalog }] = await Promise.all([import('./pseudo'), CATALOGS.en()]);
    return pseudoSpeaker(catalog);
  }
  const { catalog } = await CATALOGS[language]();
  return { locale: LOCALES[language], translate: translator(LOCALES[language], catalog) };
}
