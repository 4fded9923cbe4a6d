/** The languages Limber speaks and offers, by the tag of their folder in i18n/locales. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ar'] as const;
export type OfferedLanguage = typeof LANGUAGES[number];
/**
 * The pseudo-locale (the tag Android and Chromium use for theirs): English accented, 40 % longer and bracketed, so
 * that a word that bypassed the catalog, or a layout that fits only English, shows at once. Never offered; a
 * translator or a test sets it in the settings file.
 */
export const PSEUDO = 'en-XA';
export type Language = OfferedLanguage | typeof PSEUDO;
/** What the Language setting holds: a language, or the system's. */
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES, PSEUDO] as const;
export type LanguageChoice = typeof LANGUAGE_CHOICES[number];

/**
 * Each language by its own name, as a language list shows it: a reader looks for the name they know, whatever language
 * the app speaks at the moment. The same in every catalog, so kept here rather than translated.
 */
export const OWN_NAMES: Readonly<Record<Language, string>> = {
  en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', 'pt-BR': 'Português (Brasil)', ar: 'العربية', [PSEUDO]: '[Ƥšéûðö]',
};

/** Languages written right to left: their windows are mirrored. */
export const rightToLeft = (language: Language): boolean => language === 'ar';

/**
 * The locale Intl writes a language's lists, dates and numbers in. Limber's English is British ("a, b or c"), and its
 * Arabic keeps the digits 0–9 that its figures, timers and settings' fields share with every other language. The
 * pseudo-locale's are Japanese: in another script, they can't be mistaken for English that missed the catalog.
 */
export const LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', 'pt-BR': 'pt-BR', ar: 'ar-u-nu-latn', [PSEUDO]: 'ja-JP',
};

const primary = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The language for the system's preferred languages, most preferred first (BCP 47 tags as Electron gives them): the
 * first that Limber speaks, matched on the whole tag and then on its language alone (de-AT speaks German, pt-PT
 * Brazilian Portuguese), else English.
 */
export function systemLanguage(preferred: readonly string[]): OfferedLanguage {
  for (const tag of preferred) {
    const exact = LANGUAGES.find((language) => language.toLowerCase() === tag.replace('_', '-').toLowerCase());
    const sameLanguage = LANGUAGES.find((language) => primary(language) === primary(tag));
    const found = exact ?? sameLanguage;
    if (found) return found;
  }
  return 'en';
}

/** The language to speak: the one chosen in the settings, or the system's. */
export const languageFor = (choice: LanguageChoice, preferred: readonly string[]): Language =>
  (choice === 'system' ? systemLanguage(preferred) : choice);
