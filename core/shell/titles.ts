import type { BreakKind } from '../kinds';
import { titlesWords } from '../words/titles';

/** The screens Limber shows, one window each. */
export type Screen = 'break' | 'prompt' | 'settings' | 'stats' | 'welcome';

/**
 * Each window's title says what it shows, most specific first, so the taskbar, Alt-Tab and screen readers can tell
 * a break from the settings. The page sets it as its document title; the window starts with the same words.
 */
export function screenTitle(screen: Screen, detail: { routineName?: string; kind?: BreakKind } = {}): string {
  switch (screen) {
    case 'break': return titlesWords.break(detail.routineName ?? null);
    case 'prompt': return titlesWords.prompt(detail.kind ?? 'long');
    case 'settings': return titlesWords.settings;
    case 'stats': return titlesWords.stats;
    case 'welcome': return titlesWords.welcome;
  }
}
