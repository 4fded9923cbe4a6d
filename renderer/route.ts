import { POSTURE_CUE } from '../core/exercises/fit';
import { routineById } from '../core/exercises/library';
import { OWN_PREFIX } from '../core/exercises/own-ids';
import type { BreakKind } from '../core/kinds';
import { screenTitle, updateMode } from '../core/shell/titles';
import { commonWords } from '../core/words/common';
import { routinesWords } from '../core/words/routines';

/** `#/break?routine=lower-back-reset` → { path: '/break', params }. */
export function parseRoute(hash: string): { path: string; params: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', params: new URLSearchParams(query) };
}

export const promptKind = (params: URLSearchParams): BreakKind => (params.get('kind') === 'micro' ? 'micro' : 'long');

/** The break a break route is fitted to, or null for a routine run as built. */
export function breakKind(params: URLSearchParams): BreakKind | null {
  const kind = params.get('kind');
  return kind === 'micro' || kind === 'long' ? kind : null;
}

/**
 * A break route's title as far as it is known at once: the library's routines and the posture cue by name. An own
 * routine's name comes with routines.json, so until the break screen names it, the title says only "Break"; a route
 * that can't be a break (no kind, and no such routine) shows the preview's home page.
 */
function breakTitle(params: URLSearchParams): string {
  const id = params.get('routine') ?? '';
  const name = id === POSTURE_CUE ? routinesWords.postureCue.name : routineById(id)?.name;
  if (name) return screenTitle('break', { routineName: name });
  return breakKind(params) || id.startsWith(OWN_PREFIX) ? screenTitle('break') : commonWords.previewHome.title;
}

/** The window title for a route, so that the taskbar and screen readers tell the windows apart. */
export function routeTitle(hash: string): string {
  const { path, params } = parseRoute(hash);
  switch (path) {
    case '/break': return breakTitle(params);
    case '/prompt': return screenTitle('prompt', { kind: promptKind(params) });
    case '/settings': return screenTitle('settings');
    case '/stats': return screenTitle('stats');
    case '/welcome': return screenTitle('welcome');
    case '/update': return screenTitle('update', { update: updateMode(params) });
    default: return commonWords.previewHome.title;
  }
}
