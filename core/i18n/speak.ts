import type { MessageValues } from './messages';

export type MessageKey = keyof MessageValues;
/** The values a message takes: none, or an object naming each of its placeholders. */
export type ValuesOf<K extends MessageKey> = MessageValues[K] extends undefined ? [] : [values: NonNullable<MessageValues[K]>];
/** Writes a message of the catalog, in one language, with its placeholders filled. */
export type Translate = <K extends MessageKey>(key: K, ...values: ValuesOf<K>) => string;

/** A language Limber speaks: its messages, and the locale Intl writes its lists, dates and numbers in. */
export interface Speaker {
  /** A BCP 47 tag, such as `en-GB` or `pt-BR`. */
  locale: string;
  translate: Translate;
}

let speaking: Speaker | null = null;

/**
 * Chooses the language every word is read in from now on: the shell sets it before anything is shown, and again when
 * the user picks another language. It is the core's one setting held between calls, as the runtime's own default
 * locale is: words are read where they are shown, and passing the language through every function that words a
 * state would say nothing more.
 */
export function speakWith(speaker: Speaker): void {
  speaking = speaker;
}

function speaker(reading: string): Speaker {
  if (!speaking) throw new Error(`${reading} was read before a language was chosen: the shell calls speakWith first`);
  return speaking;
}

/** A message in the chosen language. */
export const t: Translate = (key, ...values) => speaker(`"${key}"`).translate(key, ...values);

/** The chosen language's locale, for Intl's lists, dates and numbers. */
export const speakingLocale = (): string => speaker('the locale').locale;
