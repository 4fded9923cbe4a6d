import { speakingLocale } from './i18n/speak';

/**
 * A list in the chosen language ("a, b or c"), its Intl.ListFormat made on first use and again when the language
 * changes. Made when its module loads, it would read ICU's data at every start of the main process (~2 MB held for as
 * long as Limber runs), for words most starts never say.
 */
export function listFormat(options: Intl.ListFormatOptions): (items: readonly string[]) => string {
  let made: { locale: string; format: Intl.ListFormat } | undefined;
  return (items) => {
    const locale = speakingLocale();
    if (made?.locale !== locale) made = { locale, format: new Intl.ListFormat(locale, options) };
    return made.format.format(items);
  };
}
