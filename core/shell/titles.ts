import type { BreakKind } from '../kinds';
import { titlesWords } from '../words/titles';

/** The screens Limber shows, one window each. */
export type Screen = 'break' | 'prompt' | 'settings' | 'stats' | 'welcome' | 'update';

/**
 * What the update window shows, from its query: the question asked once (`ask`), What's new after an update
 * (`whats-new=1.2.0`), or a newer version on offer (`version=1.2.0`).
 */
export type UpdateMode = { mode: 'ask' } | { mode: 'whats-new'; version: string } | { mode: 'offer'; version: string | null };

export function updateMode(params: URLSearchParams): UpdateMode {
  if (params.has('ask')) return { mode: 'ask' };
  const whatsNew = params.get('whats-new');
  if (whatsNew) return { mode: 'whats-new', version: whatsNew };
  return { mode: 'offer', version: params.get('version') || null };
}

function updateTitle(mode: UpdateMode): string {
  const words = titlesWords.update;
  if (mode.mode === 'ask') return words.ask;
  if (mode.mode === 'whats-new') return words.whatsNew(mode.version);
  return mode.version ? words.offer(mode.version) : words.plain;
}

/**
 * Each window's title says what it shows, most specific first, so the taskbar, Alt-Tab and screen readers can tell
 * a break from the settings. The page sets it as its document title; the window starts with the same words.
 */
export function screenTitle(screen: Screen, detail: { routineName?: string; kind?: BreakKind; update?: UpdateMode } = {}): string {
  switch (screen) {
    case 'break': return titlesWords.break(detail.routineName ?? null);
    case 'prompt': return titlesWords.prompt(detail.kind ?? 'long');
    case 'settings': return titlesWords.settings;
    case 'stats': return titlesWords.stats;
    case 'welcome': return titlesWords.welcome;
    case 'update': return updateTitle(detail.update ?? { mode: 'offer', version: null });
  }
}
