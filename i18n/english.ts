import { LOCALES } from '../core/i18n/languages';
import type { Speaker } from '../core/i18n/speak';
import { translator } from './translator';
import { catalog } from './locales/en/index';

/** British English, as Limber's words are written first: "a, b or c", with no comma before "or". */
export const english: Speaker = { locale: LOCALES.en, translate: translator(LOCALES.en, catalog) };
