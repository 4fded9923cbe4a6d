// Limber's tray menu, used as a person would: the keyboard in the GTK menu that a real click on the icon opens.
// Which keys reach an item follows from the menu Limber builds for that state.
import type { EngineSnapshot } from '../../core/engine/snapshot';
import { catalogueOf, type Catalogue } from '../../core/exercises/catalogue';
import { trayMenu, type MenuEntry } from '../../core/shell/status';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import type { Desktop } from '../../harness/desktop';
import { openTrayMenu } from '../../harness/tray-clicks';

/** The window class of Limber's X windows: the packaged binary's name, or Electron's when run as `npm start` does. */
export const windowClass = (layout: 'packaged' | 'unpackaged') => (layout === 'packaged' ? 'Limber' : 'Electron');

const SITTING: EngineSnapshot = {
  sittingSeconds: 60, longestSittingSeconds: 60, totalSittingSeconds: 60, settled: { totalSeconds: 60, streakSeconds: 60, longestSeconds: 60 }, nextBreak: { kind: 'micro', inSeconds: 60 },
  pending: null, snoozesLeft: 3, breakInProgress: null, held: null, paused: null, reading: null, away: false, locked: false, suspended: false, workingTime: true,
};

const WHILE: Record<'sitting' | 'due' | 'snoozed' | 'paused' | 'reading', EngineSnapshot> = {
  sitting: SITTING,
  due: { ...SITTING, pending: { kind: 'micro', phase: 'due' } },
  snoozed: { ...SITTING, pending: { kind: 'micro', phase: 'snoozed' } },
  paused: { ...SITTING, paused: { until: null } },
  reading: { ...SITTING, reading: { until: null } },
};

/**
 * The menu Limber shows while the user sits, while a break is due or snoozed, while paused or reading (its labels and
 * order), with `also` for a state on top, such as a pause while a break is snoozed, and the routines of `catalogue`
 * (the library's alone unless the user has their own).
 */
export function menuWhile(
  state: keyof typeof WHILE, settings: Settings = DEFAULT_SETTINGS, also: Partial<EngineSnapshot> = {}, catalogue: Catalogue = catalogueOf(),
): MenuEntry[] {
  const snapshot = { ...WHILE[state], ...also };
  return trayMenu(snapshot, settings, () => '12:00', catalogue);
}

const isItem = (entry: MenuEntry): entry is Exclude<MenuEntry, 'separator'> => entry !== 'separator' && entry.enabled !== false;

/** The keys that select `path` in a freshly opened menu: GTK skips separators and disabled items. */
export function keysFor(entries: readonly MenuEntry[], path: readonly string[]): string[] {
  const keys: string[] = [];
  let items = entries.filter(isItem);
  for (const [depth, label] of path.entries()) {
    const index = items.findIndex((item) => item.label === label);
    const found = items[index];
    if (!found) throw new Error(`no enabled menu item "${label}" in ${JSON.stringify(items.map((item) => item.label))}`);
    // The first Down selects the first item of the menu bar's popup; a submenu opens with its first item selected.
    keys.push(...Array<string>(depth === 0 ? index + 1 : index).fill('Down'));
    if (depth === path.length - 1) keys.push('Return');
    else {
      keys.push('Right');
      items = (found.submenu ?? []).filter(isItem);
    }
  }
  return keys;
}

/** Right-clicks the tray icon, waits for the menu, and picks `path` with the keyboard. */
export async function chooseFromTrayMenu(desktop: Desktop, className: string, entries: readonly MenuEntry[], path: readonly string[]) {
  await openTrayMenu(desktop, className);
  desktop.run('xdotool', 'key', '--delay', '60', ...keysFor(entries, path));
}
