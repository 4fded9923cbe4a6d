import { routineById } from '../core/exercises/library';
import type { BreakKind } from '../core/kinds';
import { screenTitle } from '../core/shell/titles';
import { commonWords } from '../core/words/common';

/** `#/break?routine=lower-back-reset` → { path: '/break', params }. */
export function parseRoute(hash: string): { path: string; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', params: new URLSearchParams(query) };
}

export const promptKind = (params: URLSearchParams): BreakKind => (params.get('kind') === 'micro' ? 'micro' : 'long');

/** The window title for a route, so that the taskbar and screen readers tell the windows apart. */
export function routeTitle(hash: string): string {
  const { path, params } = parseRoute(hash);
  const routine = routineById(params.get('routine') ?? '');
  switch (path) {
    // A break route without a known routine shows the preview's home page.
    case '/break': return routine ? screenTitle('break', { routineName: routine.name }) : commonWords.previewHome.title;
    case '/prompt': return screenTitle('prompt', { kind: promptKind(params) });
    case '/settings': return screenTitle('settings');
    case '/stats': return screenTitle('stats');
    case '/welcome': return screenTitle('welcome');
    default: return commonWords.previewHome.title;
  }
}
