import type { OutgoingHttpHeaders } from 'node:http';
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
  /**
   * Lets an unpacked build, or a Linux build started other than as an AppImage, check too; a deb or rpm gets its own
   * updater through resources/package-type. Limber sets the feed itself, so no dev-app-update.yml is read.
   */
  forceDevUpdateConfig: boolean;
  /** Headers of every request electron-updater makes, over its own. */
  requestHeaders: OutgoingHttpHeaders | null;
  disableDifferentialDownload: boolean;
  logger: { info(message?: unknown): void; warn(message?: unknown): void; error(message?: unknown): void; debug?(message: string): void } | null;
  on(event: 'update-available' | 'update-downloaded', listener: (info: ReleaseInfo) => void): unknown;
  on(event: 'update-not-available', listener: () => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error & { code?: unknown }) => void): unknown;
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
  /** A check or download failed; `checksum` when the download didn't match the SHA-512 its feed states. */
  failed(failure: { message: string; checksum: boolean }): void;
}

/** A release's notes as plain text: electron-updater gives a string, or one note per version for some feeds. */
export function notesOf(info: ReleaseInfo): string {
  const notes = info.releaseNotes;
  if (!notes) return '';
  if (typeof notes === 'string') return notes;
  return notes.map((entry) => entry.note ?? '').filter((note) => note !== '').join('\n\n');
}

/**
 * Where Limber's releases are: GitHub sends the newest release's files from this address, so a check is one request
 * for latest-linux.yml (latest.yml on Windows, latest-mac.yml on macOS) and nothing else.
 */
export const RELEASES_FEED = 'https://github.com/limber-app/limber/releases/latest/download/';
export const STAGING_ID_HEADER = 'x-user-staging-id';
export const BLANK_STAGING_ID = '00000000-0000-0000-0000-000000000000';
/** The page a build that can't install itself sends the user to. */
export const RELEASES_PAGE = 'https://github.com/limber-app/limber/releases/latest';

/** electron-updater's own lines (what it asks, where it saves, a checksum that failed) go to Limber's log. */
const updaterLog = (log: Log) => ({
  info: (message?: unknown) => { log.info(`Update: ${String(message)}`); },
  warn: (message?: unknown) => { log.warn(`Update: ${String(message)}`); },
  error: (message?: unknown) => { log.warn(`Update: ${String(message)}`); },
});

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
export function updateService(deps: { load: () => Promise<UpdaterLike>; feed: string; reports: UpdateReports; log: Log }) {
  let updater: Promise<UpdaterLike> | null = null;
  const loaded = () => {
    updater ??= deps.load().then((loadedUpdater) => {
      loadedUpdater.autoDownload = false;
      loadedUpdater.autoInstallOnAppQuit = true;
      loadedUpdater.forceDevUpdateConfig = true;
      // electron-updater sends a random id it keeps in the user-data folder (.updaterId) with every request, for staged
      // rollouts, which Limber doesn't use, and Chromium the user's language: every Limber sends the same blank id and
      // no language preference instead, so a request tells nothing of who asks.
      loadedUpdater.requestHeaders = { [STAGING_ID_HEADER]: BLANK_STAGING_ID, 'accept-language': '*' };
      // A partial download needs the old version's blockmap, which the latest/download address doesn't serve: it would
      // cost failed requests before the whole file came anyway.
      loadedUpdater.disableDifferentialDownload = true;
      loadedUpdater.logger = updaterLog(deps.log);
      loadedUpdater.setFeedURL({ provider: 'generic', url: deps.feed });
      loadedUpdater.on('update-available', (info) => { deps.reports.available(info.version, notesOf(info)); });
      loadedUpdater.on('update-not-available', () => { deps.reports.upToDate(); });
      loadedUpdater.on('download-progress', (progress) => { deps.reports.progress(progress.percent); });
      loadedUpdater.on('update-downloaded', (info) => { deps.reports.downloaded(info.version); });
      loadedUpdater.on('error', (error) => {
        deps.log.warn(`Update: ${error.message}`);
        deps.reports.failed({ message: error.message, checksum: error.code === 'ERR_CHECKSUM_MISMATCH' });
      });
      return loadedUpdater;
    });
    return updater;
  };
  const unloaded = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    deps.log.warn(`Update: electron-updater didn't load: ${message}`);
    deps.reports.failed({ message, checksum: false });
  };
  // electron-updater reports a failure both as 'error' and as the promise's rejection: the event alone is told.
  const quietly = (work: (u: UpdaterLike) => Promise<unknown>) => loaded().then((u) => work(u).catch(() => undefined), unloaded);
  return {
    check: () => quietly((u) => u.checkForUpdates()),
    download: () => quietly((u) => u.downloadUpdate()),
    installNow: () => { void loaded().then((u) => { u.quitAndInstall(false, true); }); },
  };
}
