// electron-updater's AppUpdater as Limber uses it (UpdaterLike), for tests: it counts checks, downloads and installs,
// and answers a check as the test says (by default, that no newer version exists).
import { EventEmitter } from 'node:events';
import type { UpdaterLike } from '../../electron/desktop/updater';

export class UpdaterStandIn extends EventEmitter implements UpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = false;
  forceDevUpdateConfig = false;
  logger: UpdaterLike['logger'] = null;
  requestHeaders: UpdaterLike['requestHeaders'] = null;
  disableDifferentialDownload = false;
  feeds: string[] = [];
  checks = 0;
  downloads = 0;
  installs = 0;
  /** What the feed answers to a check. */
  answer: () => void = () => { this.emit('update-not-available'); };
  setFeedURL(options: { url: string }) { this.feeds.push(options.url); }
  checkForUpdates() {
    this.checks++;
    this.answer();
    return Promise.resolve(null);
  }
  downloadUpdate() {
    this.downloads++;
    return Promise.resolve([]);
  }
  quitAndInstall() { this.installs++; }
}
