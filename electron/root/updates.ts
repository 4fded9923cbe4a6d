import { app, powerMonitor, shell } from 'electron';
import { CHANGED_CHANNEL } from '../../core/ipc/channels';
import { nextOffer, type UpdateOffer, type UpdateReport, type UpdateStep, type UpdateView } from '../../core/updates/offer';
import { CHECK_EVERY_MS, nextCheckIn, tellsFailure, type UpdateMemory } from '../../core/updates/schedule';
import { isNewer } from '../../core/updates/versions';
import { updatesWords } from '../../core/words/updates';
import type { Notifier } from '../desktop/notifications';
import { loopbackFeed, RELEASES_FEED, RELEASES_PAGE, updateService, type UpdaterLike } from '../desktop/updater';
import type { Log } from '../log';
import { systemClock } from '../system/clock';
import type { Windows } from '../windows/windows';
import type { LimberFiles } from './files';
import type { Listeners } from './listeners';

export interface UpdatesWiring {
  files: Pick<LimberFiles, 'settings' | 'state' | 'saveState' | 'firstStart'>;
  notifier: Pick<Notifier, 'notify'>;
  windows: Pick<Windows, 'show' | 'pageOf'>;
  settingsSaved: Listeners;
  log: Log;
  loadUpdater?: (() => Promise<UpdaterLike>) | undefined;
}

/**
 * Whether this build replaces itself: an AppImage, Windows' installer and macOS's zip can; a deb, an rpm or a
 * distribution's package belongs to the package manager, and an unpacked build to whoever unpacked it.
 */
const canInstall = () => app.isPackaged && (process.platform === 'linux' ? Boolean(process.env.APPIMAGE) : ['win32', 'darwin'].includes(process.platform));

// electron-updater is CommonJS: bundled, its import has a default export alone.
const loadElectronUpdater = async (): Promise<UpdaterLike> => (await import('electron-updater')).default.autoUpdater;

/**
 * Update checks as the user chose them: none at all while off (electron-updater isn't even loaded), once a day while
 * on. A newer version is offered in the tray and told once; its download runs only when asked and installs at the
 * next quit. After an update, the first start says what is new; a user from before checks existed is asked once.
 */
export function followUpdates({ files, notifier, windows, settingsSaved, log, loadUpdater = loadElectronUpdater }: UpdatesWiring, offerChanged: () => void) {
  const current = app.getVersion();
  const installs = canInstall();
  let offer: UpdateOffer | null = null;
  let whatsNew: UpdateView['whatsNew'] = null;
  let downloading = false;
  const memory = () => files.state.value().updates;
  const remember = (change: Partial<UpdateMemory>) => {
    const state = files.state.value();
    files.saveState({ ...state, updates: { ...state.updates, ...change } });
  };
  const told = (report: UpdateReport) => {
    const next = nextOffer(offer, report, current, isNewer);
    if (next === offer) return;
    offer = next;
    offerChanged();
    windows.pageOf('update')?.send(CHANGED_CHANNEL);
  };

  const service = updateService({
    load: loadUpdater,
    feed: loopbackFeed(process.env.LIMBER_UPDATE_FEED) ?? RELEASES_FEED,
    log,
    reports: {
      available: (version, notes) => {
        told({ report: 'available', version, notes });
        if (offer?.version !== version || memory().toldVersion === version) return;
        log.info(`Update: Limber ${version} is available`);
        notifier.notify({ title: updatesWords.available.title(version), body: updatesWords.available.body });
        remember({ toldVersion: version });
      },
      upToDate: () => { told({ report: 'up-to-date' }); },
      progress: (percent) => { told({ report: 'progress', percent }); },
      downloaded: (version) => {
        downloading = false;
        told({ report: 'downloaded', version });
        log.info(`Update: Limber ${version} is downloaded and verified; it installs at quit`);
        if (offer?.state === 'downloaded') remember({ notes: { version, text: offer.notes } });
      },
      failed: ({ checksum }) => {
        const words = updatesWords.failed;
        // No check runs during a download (check() waits), so a failure then is the download's.
        const download = downloading;
        const reason = checksum ? words.checksum : download ? words.download : words.check;
        downloading = false;
        told({ report: 'failed', reason });
        const now = systemClock.now();
        if (!tellsFailure(memory(), now)) return;
        notifier.notify(download ? { title: words.downloadTitle, body: words.downloadBody(reason) } : { title: words.checkTitle, body: words.checkBody(reason) });
        remember({ failureTold: now });
      },
    },
  });

  const checksOn = () => files.settings.value().updates.check;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const check = () => {
    // A check during a download would only find the version coming down: the next one waits a day.
    if (!downloading) {
      remember({ lastCheck: systemClock.now() });
      void service.check();
    }
    timer = setTimeout(check, CHECK_EVERY_MS);
  };
  const follow = () => {
    if (checksOn() && !timer) timer = setTimeout(check, nextCheckIn(memory(), systemClock.now()));
    if (checksOn()) return;
    stopTimer();
    // Turned off: what was only on offer goes; a download the user started finishes, and installs at quit.
    if (offer?.state === 'available') told({ report: 'up-to-date' });
  };
  follow();
  settingsSaved.add(follow);
  // Timers stand still while the machine sleeps: after a night, the day since the last check is counted afresh.
  powerMonitor.on('resume', () => {
    stopTimer();
    follow();
  });
  app.on('will-quit', stopTimer);

  /** At the start, once the windows can be served: What's new after an update, or the question not asked yet. */
  const greet = () => {
    const { lastRunVersion, notes, asked } = memory();
    if (lastRunVersion !== null && isNewer(current, lastRunVersion)) {
      whatsNew = { version: current, notes: notes?.version === current ? notes.text : '' };
      windows.show('update', `whats-new=${encodeURIComponent(current)}`);
    } else if (!files.firstStart && !asked && !checksOn() && files.state.problem === null) {
      windows.show('update', 'ask');
    }
    // The welcome window asks a first start; the others are asked at most once, and not again after a state file was
    // repaired, which forgets the answer: the setting keeps it.
    if (lastRunVersion !== current || !asked) remember({ lastRunVersion: current, notes: null, asked: true });
  };

  return {
    greet,
    offer: () => offer,
    /** The update window's query: the version on offer, which its title names. */
    query: () => (offer ? new URLSearchParams({ version: offer.version }).toString() : ''),
    view: (): UpdateView => ({ current, canInstall: installs, offer, whatsNew }),
    step: (step: UpdateStep) => {
      if (step === 'download-page') void shell.openExternal(RELEASES_PAGE);
      else if (step === 'download' && installs && checksOn() && offer?.state === 'available') {
        downloading = true;
        told({ report: 'download-started' });
        void service.download();
      } else if (step === 'install-now' && offer?.state === 'downloaded') {
        log.info(`Update: installing Limber ${offer.version} now`);
        // The new Limber starts before this one has gone: it must not find the lock held and hand its start over.
        app.releaseSingleInstanceLock();
        service.installNow();
      }
    },
  };
}

export type FollowedUpdates = ReturnType<typeof followUpdates>;
