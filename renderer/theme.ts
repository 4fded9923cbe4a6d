import type { Settings } from '../core/settings/schema';

/** Light, dark, or whatever the system prefers: the stylesheet's colours follow `color-scheme`, set here. */
export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
