import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';

/** Each window's title, most specific first, so the taskbar, Alt-Tab and screen readers can tell the windows apart. */
export const titlesWords = {
  break: (routine: string | null) => (routine ? t('titles.breakOfRoutine', { routine }) : t('titles.break')),
  prompt: (kind: BreakKind) => t('titles.prompt', { kind }),
  get settings() { return t('titles.settings'); },
  get stats() { return t('titles.stats'); },
  get welcome() { return t('titles.welcome'); },
  update: {
    get ask() { return t('titles.update.ask'); },
    offer: (version: string) => t('titles.update.offer', { version }),
    whatsNew: (version: string) => t('titles.update.whatsNew', { version }),
    get plain() { return t('titles.update.plain'); },
  },
} as const;

export type TitlesWords = typeof titlesWords;
