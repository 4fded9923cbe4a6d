import type { MenuEntry } from '../shell/status';
import { updatesWords } from '../words/updates';
import type { UpdateOffer } from './offer';

/** The tray menu with the update on offer, if any, in the group with Settings and Statistics, first. */
export function withUpdateEntry(menu: MenuEntry[], offer: UpdateOffer | null): MenuEntry[] {
  if (!offer) return menu;
  const label = offer.state === 'downloaded' ? updatesWords.trayReady(offer.version) : updatesWords.trayItem(offer.version);
  const entry: MenuEntry = { label, run: { do: 'open', window: 'update' } };
  const settingsAt = menu.findIndex((item) => item !== 'separator' && item.run?.do === 'open' && item.run.window === 'settings');
  return settingsAt < 0 ? [...menu, entry] : [...menu.slice(0, settingsAt), entry, ...menu.slice(settingsAt)];
}

/** The tooltip with a download's progress as its last line while one runs. */
export function withUpdateProgress(tooltip: string, offer: UpdateOffer | null): string {
  return offer?.state === 'downloading' ? `${tooltip}\n${updatesWords.downloading(offer.version, offer.percent ?? 0)}` : tooltip;
}
