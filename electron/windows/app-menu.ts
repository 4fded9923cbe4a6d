import { Menu } from 'electron';

/**
 * Limber has no menu bar. Electron's default one would bring Reload (Ctrl+R restarts a routine), DevTools and
 * links to Electron's site to every window, so it is switched off before the app is ready. macOS keeps an Edit
 * menu only, because text fields take copy and paste from it; as a menu-bar app Limber never shows it there.
 */
export function removeDefaultMenu(platform: NodeJS.Platform = process.platform): void {
  Menu.setApplicationMenu(platform === 'darwin' ? Menu.buildFromTemplate([{ role: 'editMenu' }]) : null);
}
