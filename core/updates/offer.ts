import { MAX_NOTES_CHARS, MAX_VERSION_CHARS } from './schedule';

/** What the update window can ask main to do. */
export type UpdateStep = 'download' | 'install-now' | 'download-page';
export const UPDATE_STEPS: readonly UpdateStep[] = ['download', 'install-now', 'download-page'];

/** A newer version found in the feed, and how far its download has come. */
export interface UpdateOffer {
  version: string;
  /** The release's notes as plain text; '' when the feed has none. */
  notes: string;
  state: 'available' | 'downloading' | 'downloaded';
  /** How much of the download has arrived, 0-100, while downloading. */
  percent: number | null;
  /** Why the last download failed, until the next one starts. */
  problem: string | null;
}

/** What the update window shows. */
export interface UpdateView {
  /** The version running now. */
  current: string;
  /**
   * Whether this build can install an update itself (an AppImage, Windows' installer, macOS's zip); the others (deb,
   * rpm, a distribution's package) link to the download page instead.
   */
  canInstall: boolean;
  offer: UpdateOffer | null;
  /** On the first start after an update: the version now running and its notes, as kept when it was downloaded. */
  whatsNew: { version: string; notes: string } | null;
}

/** What the update service reports, in order: a check's answer, then a download's start, progress and end. */
export type UpdateReport =
  | { report: 'available'; version: string; notes: string }
  | { report: 'up-to-date' }
  | { report: 'download-started' }
  | { report: 'progress'; percent: number }
  | { report: 'downloaded'; version: string }
  /** `reason` is the user's words for it: a failed check leaves the offer as it was. */
  | { report: 'failed'; reason: string };

const clampPercent = (percent: number) => (Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0);
/** A download under way or done is what installs at quit: no later check replaces or withdraws it. */
const settled = (offer: UpdateOffer | null): boolean => offer?.state === 'downloading' || offer?.state === 'downloaded';

/**
 * The offer after a report, for Limber running `current`. Only a newer version is offered, with its notes cut to what
 * the state file keeps; a check that finds none withdraws an offer not yet downloading (a release can be pulled), and
 * a failed download goes back to being on offer with its reason, so that it can be tried again.
 */
export function nextOffer(offer: UpdateOffer | null, report: UpdateReport, current: string, isNewer: (a: string, b: string) => boolean): UpdateOffer | null {
  switch (report.report) {
    case 'available': {
      if (settled(offer) || report.version.length > MAX_VERSION_CHARS || !isNewer(report.version, current)) return offer;
      const notes = report.notes.slice(0, MAX_NOTES_CHARS);
      if (offer?.version === report.version) return { ...offer, notes };
      return { version: report.version, notes, state: 'available', percent: null, problem: null };
    }
    case 'up-to-date':
      return settled(offer) ? offer : null;
    case 'download-started':
      return offer?.state === 'available' ? { ...offer, state: 'downloading', percent: 0, problem: null } : offer;
    case 'progress':
      return offer?.state === 'downloading' ? { ...offer, percent: clampPercent(report.percent) } : offer;
    case 'downloaded':
      if (offer?.version !== report.version || offer.state === 'downloaded') return offer;
      return { ...offer, state: 'downloaded', percent: null, problem: null };
    case 'failed':
      return offer?.state === 'downloading' ? { ...offer, state: 'available', percent: null, problem: report.reason } : offer;
  }
}
