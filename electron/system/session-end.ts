import { BrowserWindow } from 'electron';

/**
 * Calls `save` when Windows ends the session (log off, restart, shut down), which powerMonitor's 'shutdown' does not
 * report there. Windows tells every top-level window, hidden ones too; one that never loads a page has no renderer.
 */
export function saveAtWindowsSessionEnd(platform: NodeJS.Platform, save: () => void): void {
  if (platform !== 'win32') return;
  const listener = new BrowserWindow({
    show: false, width: 1, height: 1, skipTaskbar: true, focusable: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
  });
  listener.on('session-end', save);
}
