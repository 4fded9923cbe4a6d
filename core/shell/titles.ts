import type { BreakKind } from '../kinds';

/** The screens Limber shows, one window each. */
export type Screen = 'break' | 'prompt' | 'settings' | 'stats' | 'welcome';

/**
 * Each window's title says what it shows, most specific first, so the taskbar, Alt-Tab and screen readers can tell
 * a break from the settings. The page sets it as its document title; the window starts with the same words.
 */
export function screenTitle(screen: Screen, detail: { routineName?: string; kind?: BreakKind } = {}): string {
  switch (screen) {
    case 'break': return detail.routineName ? `${detail.routineName}: break – Limber` : 'Break – Limber';
    case 'prompt': return `Time for a ${detail.kind === 'micro' ? 'micro' : 'long'} break – Limber`;
    case 'settings': return 'Settings – Limber';
    case 'stats': return 'Statistics – Limber';
    case 'welcome': return 'Welcome to Limber';
  }
}
