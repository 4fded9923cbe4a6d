import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { formatToParts, IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { MessageKey, Translate } from '../core/i18n/speak';

/** A language's messages, by key: every key of the English catalog. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** A change to every message of a catalog (the pseudo-locale's): to its parsed elements, then to the text written. */
export interface Rewrite {
  elements: (elements: MessageFormatElement[]) => MessageFormatElement[];
  text: (text: string) => string;
}
const AS_WRITTEN: Rewrite = { elements: (elements) => elements, text: (text) => text };

/** Intl's formatters for `locale`, each made the first time a message needs it and kept for the next. */
function formattersOnDemand(): Formatters {
  const made = new Map<string, object>();
  const once = <T extends object>(kind: string, args: unknown[], make: () => T): T => {
    const key = `${kind}:${JSON.stringify(args)}`;
    const known = made.get(key) as T | undefined;
    if (known) return known;
    const fresh = make();
    made.set(key, fresh);
    return fresh;
  };
  return {
    getNumberFormat: (...args) => once('number', args, () => new Intl.NumberFormat(...(args as ConstructorParameters<typeof Intl.NumberFormat>))),
    getDateTimeFormat: (...args) => once('date', args, () => new Intl.DateTimeFormat(...args)),
    getPluralRules: (...args) => once('plural', args, () => new Intl.PluralRules(...args)),
  };
}

/**
 * Writes `catalog`'s messages in `locale`'s plural rules and numbers, with FormatJS's parser and formatter; each
 * message is parsed the first time it is written. IntlMessageFormat's constructor is left out on purpose: it asks ICU
 * which locales it supports, which reads ~2 MB of ICU's data into the process for as long as it runs (measured in
 * Electron 33: 0.6 → 2.5 MB resident), where most messages need no Intl formatter at all.
 */
export function translator(locale: string, catalog: Catalog, rewrite: Rewrite = AS_WRITTEN): Translate {
  const parsed = new Map<MessageKey, MessageFormatElement[]>();
  const formatters = formattersOnDemand();
  return (key, ...values) => {
    let message = parsed.get(key);
    if (!message) {
      const text = catalog[key] as string | undefined;
      if (text === undefined) throw new Error(`No message "${key}" in the ${locale} catalog`);
      message = rewrite.elements(parse(text, { ignoreTag: true, requiresOtherClause: true }));
      parsed.set(key, message);
    }
    return rewrite.text(formatToParts(message, locale, formatters, IntlMessageFormat.formats, values[0]).map((part) => part.value).join(''));
  };
}
