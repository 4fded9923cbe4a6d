import type { Log } from '../log';

/** What Limber reads of a release in the feed. */
export interface ReleaseInfo {
  version: string;
  releaseNotes?: string | { version: string; note: string | null }[] | null;
}

/** The part of electron-updater's AppUpdater that Limber uses: a fake in tests, the real one loaded on first use. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(event: 'update-available' | 'update-downloaded', listener: (info: ReleaseInfo) => void): unknown;
  on(event: 'update-not-available', listener: () => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

/** What the update service tells the rest of Limber. */
export interface UpdateReports {
  available(version: string, notes: string): void;
  upToDate(): void;
  progress(percent: number): void;
  downloaded(version: string): void;
  failed(reason: string): void;
}

/** A release's notes as plain text: electron-updater gives a string, or one note per version for some feeds. */
export function notesOf(info: ReleaseInfo): string {
  const notes = info.releaseNotes;
  if (!notes) return '';
  if (typeof notes === 'string') return notes;
  return notes.map((entry) => entry.note ?? '').filter((note) => note !== '').join('\n\n');
}

/**
 * A feed other than the releases', for tests only: taken from LIMBER_UPDATE_FEED when it is a plain http address on
 * this machine's loopback, so that nothing in the environment can point Limber at a server elsewhere.
 */
export function loopbackFeed(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Asks the feed when told to, downloads when told to, and says what happened. electron-updater loads on the first
 * check, never at a start with checks off; it downloads only when asked and installs at the next quit.
 */
export function updateService(deps: { load: () => Promise<UpdaterLike>; feed: string | null; reports: UpdateReports; log: Log }) {
  let updater: Promise<UpdaterLike> | null = null;
  const loaded = () => {
    updater ??= deps.load().then((loadedUpdater) => {
      loadedUpdater.autoDownload = false;
      loadedUpdater.autoInstallOnAppQuit = true;
      if (deps.feed) loadedUpdater.setFeedURL({ provider: 'generic', url: deps.feed });
      loadedUpdater.on('update-available', (info) => { deps.reports.available(info.version, notesOf(info)); });
      loadedUpdater.on('update-not-available', () => { deps.reports.upToDate(); });
      loadedUpdater.on('download-progress', (progress) => { deps.reports.progress(progress.percent); });
      loadedUpdater.on('update-downloaded', (info) => { deps.reports.downloaded(info.version); });
      loadedUpdater.on('error', (error) => {
        deps.log.warn(`Update: ${error.message}`);
        deps.reports.failed(error.message);
      });
      return loadedUpdater;
    });
    return updater;
  };
  // electron-updater reports a failure both as 'error' and as the promise's rejection: the event alone is told.
  const quietly = (work: Promise<unknown>) => work.catch(() => undefined);
  return {
    check: () => quietly(loaded().then((u) => u.checkForUpdates())),
    download: () => quietly(loaded().then((u) => u.downloadUpdate())),
    installNow: () => { void loaded().then((u) => { u.quitAndInstall(false, true); }); },
  };
}
