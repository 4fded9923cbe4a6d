/**
 * The words of update checks: the question asked once, the setting, the tray's item and tooltip, the notifications,
 * and the update window (a newer version's notes, its download, and What's new after an update).
 */
export const updatesWords = {
  /** The welcome window's and the settings' switch, and the one question asked of users who had Limber before. */
  check: 'Check for new versions once a day',
  /** What a check sends, said wherever it can be turned on. */
  checkHint: 'Limber asks GitHub for the one small file that names its newest version, and sends nothing about you or your breaks.',
  /** The settings' group that holds the switch. */
  legend: 'Updates',
  ask: {
    title: 'Check for new versions?',
    body: 'Limber can look once a day for a newer version, so that you hear of fixes. It makes no request unless you say yes, and you can change your mind in Settings.',
    yes: 'Check once a day',
    no: 'Don’t check',
    saved: (on: boolean) => (on ? 'Limber will check once a day.' : 'Limber won’t check. Settings can turn it on.'),
    /** Above the reasons, when the answer could not be saved. */
    notSaved: 'Your answer could not be saved:',
  },
  /** The tray menu's item once a newer version is known. */
  trayItem: (version: string) => `Update to Limber ${version}…`,
  trayReady: (version: string) => `Restart to update to Limber ${version}…`,
  /** The tray tooltip's last line while a download runs. */
  downloading: (version: string, percent: number) => `Downloading Limber ${version}: ${Math.floor(percent)}%`,
  available: {
    title: (version: string) => `Limber ${version} is available`,
    body: 'Choose “Update to Limber” in Limber’s tray menu to read what is new.',
  },
  failed: {
    checkTitle: 'Limber couldn’t check for updates',
    checkBody: (reason: string) => `${reason} Limber tries again tomorrow, and won’t mention it again today.`,
    downloadTitle: 'Limber couldn’t download the update',
    downloadBody: (reason: string) => `${reason} “Update to Limber” in the tray menu can try again.`,
    /** The reason electron-updater gives is for the log; the user reads one of these. */
    check: 'The update server didn’t answer.',
    download: 'The download didn’t complete.',
    checksum: 'The download didn’t match the checksum its release states, so it was deleted.',
  },
  window: {
    offerTitle: (version: string) => `Limber ${version} is available`,
    running: (version: string) => `You have Limber ${version}.`,
    notes: 'What’s in it',
    noNotes: 'This release came without notes.',
    download: 'Download and restart',
    downloadHint: 'Downloads in the background (the tray’s tooltip shows how far), then installs when you quit Limber, or now if you choose.',
    progress: 'Download progress',
    downloadingNow: (percent: number) => `Downloading: ${Math.floor(percent)}%`,
    downloaded: (version: string) => `Limber ${version} is downloaded. It installs when Limber quits.`,
    restartNow: 'Restart now',
    later: 'Install when I quit',
    problem: (reason: string) => `The download failed: ${reason} You can try again.`,
    cannotInstall: 'This copy of Limber was installed by a package (deb, rpm or your distribution’s), so it can’t replace itself. Download the new version from the release page.',
    downloadPage: 'Open the download page',
    upToDate: (version: string) => `Limber ${version} is the newest version Limber knows of.`,
    whatsNewTitle: (version: string) => `What’s new in Limber ${version}`,
    whatsNewNone: (version: string) => `Limber was updated to ${version}.`,
    close: 'Close',
  },
} as const;

export type UpdatesWords = typeof updatesWords;
