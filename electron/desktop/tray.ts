import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { Command } from '../../core/commands/command';
import type { MenuEntry } from '../../core/shell/status';
import { renderTrayIcon, type TrayLook } from '../../core/shell/tray-icon';

const ICON_PIXELS = 32;

export interface TrayView { look: TrayLook; tooltip: string; menu: MenuEntry[] }

/**
 * Builds the tray's menus. Electron 33 on Linux never frees a submenu once its menu was the tray's: 100 menus set in
 * turn, each with a submenu of its own, left all 100 submenus alive after garbage collection, and none when the same
 * submenu was passed each time. So each distinct submenu (the routines, the pauses) is built once and passed again.
 */
function menuBuilder(run: (command: Command) => void) {
  const submenus = new Map<string, MenuItemConstructorOptions['submenu']>();
  const submenu = (entries: MenuEntry[]) => {
    const key = JSON.stringify(entries);
    const built = submenus.get(key) ?? Menu.buildFromTemplate(toTemplate(entries));
    submenus.set(key, built);
    return built;
  };
  const toTemplate = (entries: MenuEntry[]): MenuItemConstructorOptions[] => entries.map((entry): MenuItemConstructorOptions => {
    if (entry === 'separator') return { type: 'separator' };
    const command = entry.run;
    return {
      label: entry.label,
      enabled: entry.enabled ?? true,
      ...(entry.checked !== undefined ? { type: 'checkbox' as const, checked: entry.checked } : {}),
      ...(entry.submenu ? { submenu: submenu(entry.submenu) } : {}),
      ...(command ? { click: () => { run(command); } } : {}),
    };
  });
  return (entries: MenuEntry[]) => Menu.buildFromTemplate(toTemplate(entries));
}

const iconFor = (look: TrayLook) =>
  nativeImage.createFromBitmap(Buffer.from(renderTrayIcon(look, ICON_PIXELS)), {
    width: ICON_PIXELS, height: ICON_PIXELS, scaleFactor: 2,
  });

// The ring is redrawn only when it would look different: 1/32 of a turn is below what the eye notices.
const lookKey = (look: TrayLook) => (look.look === 'sitting' ? `sitting:${Math.floor(look.progress * 32)}` : look.look);

/**
 * What a left click does where it reaches Limber. Windows shows the tray menu only on a right click unless asked.
 * macOS opens the menu on any click by itself, and AppIndicator hosts on Linux do the same. An XEmbed tray on Linux
 * reports the click, but Electron can't pop a menu up there, so it opens the statistics window: today at a glance.
 */
const LEFT_CLICK: Partial<Record<NodeJS.Platform, 'menu' | Command>> = { win32: 'menu', linux: { do: 'open', window: 'stats' } };

/** The tray icon, tooltip and menu; each is replaced only when it changes. Linux trays need the menu attached. */
export interface LimberTray { show(view: TrayView): void }

export function createTray(run: (command: Command) => void, platform = process.platform): LimberTray {
  const first: TrayLook = { look: 'sitting', progress: 0 };
  // The first look is drawn once: Limber wires itself while the tray host may still be embedding the icon.
  const shown = { look: lookKey(first), tooltip: '', menu: '' };
  const tray = new Tray(iconFor(first));
  const leftClick = LEFT_CLICK[platform];
  const buildMenu = menuBuilder(run);
  tray.on('click', () => {
    if (leftClick === 'menu') tray.popUpContextMenu();
    else if (leftClick) run(leftClick);
  });
  return {
    show({ look, tooltip, menu }) {
      if (lookKey(look) !== shown.look) tray.setImage(iconFor(look));
      if (tooltip !== shown.tooltip) tray.setToolTip(tooltip);
      const menuKey = JSON.stringify(menu);
      if (menuKey !== shown.menu) tray.setContextMenu(buildMenu(menu));
      Object.assign(shown, { look: lookKey(look), tooltip, menu: menuKey });
    },
  };
}
