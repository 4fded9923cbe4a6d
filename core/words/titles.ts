import type { BreakKind } from '../kinds';
import { breakKindsWords } from './break-kinds';

/** Each window's title, most specific first, so the taskbar, Alt-Tab and screen readers can tell the windows apart. */
export const titlesWords = {
  break: (routine: string | null) => (routine ? `${routine}: break – Limber` : 'Break – Limber'),
  prompt: (kind: BreakKind) => `Time for a ${breakKindsWords.name(kind)} – Limber`,
  settings: 'Settings – Limber',
  stats: 'Statistics – Limber',
  welcome: 'Welcome to Limber',
  update: {
    ask: 'Check for new versions? – Limber',
    offer: (version: string) => `Limber ${version} is available – Limber`,
    whatsNew: (version: string) => `What’s new in Limber ${version} – Limber`,
    plain: 'Updates – Limber',
  },
} as const;

export type TitlesWords = typeof titlesWords;
