import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES, PSEUDO } from '../core/i18n/languages';
import type { Speaker } from '../core/i18n/speak';
import { translator, type Catalog } from './translator';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MARKED = 'áƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÅƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẌÝŽ';
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(Array.from(PLAIN, (letter, i) => [letter, MARKED.charAt(i)]));
/** The marks around every pseudo message: text on screen without them came from somewhere else. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** English text accented, every letter still readable. */
const accented = (text: string) => text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter);

function accentedElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accented(element.value) };
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      const options = Object.fromEntries(Object.entries(element.options).map(([name, option]) => [name, { ...option, value: accentedElements(option.value) }]));
      return { ...element, options };
    }
    return element;
  });
}

/** About 40 % longer, in words a line can break between, as German and French often are, and bracketed. */
function lengthenedAndBracketed(text: string): string {
  const extra = Math.ceil(text.length * 0.4);
  const padded = extra < 2 ? text : `${text} ${'·'.repeat(extra - 1).replace(/(.{6})/g, '$1 ').trim()}`;
  return `${PSEUDO_OPEN}${padded}${PSEUDO_CLOSE}`;
}

/**
 * The pseudo-locale, for tests: every English message accented, about 40 % longer and bracketed, so that a word on
 * screen that did not come through the catalog shows at once, and a layout that fits only English overflows.
 */
export const pseudoSpeaker = (english: Catalog): Speaker => ({
  locale: LOCALES[PSEUDO],
  translate: translator(LOCALES[PSEUDO], english, { elements: accentedElements, text: lengthenedAndBracketed }),
});
