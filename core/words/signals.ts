import { t } from '../i18n/speak';

/** `0x1f`: a status code as the system's documentation writes it. */
const hex = (code: number) => `0x${(code >>> 0).toString(16)}`;

/**
 * How each busy or media signal is read on this machine (`via`), or why it can't be (`why`): the settings show them
 * beside each switch ("Here it reads …", "Not available here: …").
 */
export const signalsWords = {
  via: {
    linux: {
      get call() { return t('signals.via.linux.call'); },
      get fullscreenX11() { return t('signals.via.linux.fullscreenX11'); },
      get fullscreenWayland() { return t('signals.via.linux.fullscreenWayland'); },
      dnd: {
        get notificationServer() { return t('signals.via.linux.dnd.notificationServer'); },
        get dunst() { return t('signals.via.linux.dnd.dunst'); },
        get gnome() { return t('signals.via.linux.dnd.gnome'); },
        get xfce() { return t('signals.via.linux.dnd.xfce'); },
      },
      /** Media players, and the desktop's idle inhibitors where it shows them. */
      media: {
        get players() { return t('signals.via.linux.media.players'); },
        get gnome() { return t('signals.via.linux.media.gnome'); },
        get kde() { return t('signals.via.linux.media.kde'); },
      },
    },
    macos: {
      get call() { return t('signals.via.macos.call'); },
      get fullscreen() { return t('signals.via.macos.fullscreen'); },
      get dnd() { return t('signals.via.macos.dnd'); },
      get media() { return t('signals.via.macos.media'); },
    },
    windows: {
      get call() { return t('signals.via.windows.call'); },
      get fullscreen() { return t('signals.via.windows.fullscreen'); },
      get dnd() { return t('signals.via.windows.dnd'); },
      get media() { return t('signals.via.windows.media'); },
    },
  },
  why: {
    notOnThisSystem: (platform: string) => t('signals.why.notOnThisSystem', { platform }),
    /** A command-line tool: missing (and what installs it), silent, or failing with its own words. */
    tool: {
      notInstalled: (tool: string, comesWith: string) => t('signals.why.tool.notInstalled', { tool, comesWith }),
      comesWith: {
        get pactl() { return t('signals.why.tool.comesWith.pactl'); },
        get xprop() { return t('signals.why.tool.comesWith.xprop'); },
        get gsettings() { return t('signals.why.tool.comesWith.gsettings'); },
        get 'xfconf-query'() { return t('signals.why.tool.comesWith.xfconf-query'); },
        get pmset() { return t('signals.why.tool.comesWith.pmset'); },
        get reg() { return t('signals.why.tool.comesWith.reg'); },
      } as Readonly<Record<string, string>>,
      ownPackage: (tool: string) => t('signals.why.tool.ownPackage', { tool }),
      silent: (tool: string, seconds: number) => t('signals.why.tool.silent', { tool, seconds }),
      failed: (tool: string, said: string) => t('signals.why.tool.failed', { tool, said }),
    },
    linux: {
      get noSessionBus() { return t('signals.why.linux.noSessionBus'); },
      busSilent: (seconds: number) => t('signals.why.linux.busSilent', { seconds }),
      gnomeInhibitorsOdd: (answer: string) => t('signals.why.linux.gnomeInhibitorsOdd', { answer }),
      get noDndSwitch() { return t('signals.why.linux.noDndSwitch'); },
      noXServer: (display: string) => t('signals.why.linux.noXServer', { display }),
      get noActiveWindow() { return t('signals.why.linux.noActiveWindow'); },
      get fullscreenOnWayland() { return t('signals.why.linux.fullscreenOnWayland'); },
      get noSoundServer() { return t('signals.why.linux.noSoundServer'); },
      get oldPactl() { return t('signals.why.linux.oldPactl'); },
    },
    macos: {
      propertyNotSized: (property: string, status: number) => t('signals.why.macos.propertyNotSized', { property, status }),
      propertyNotRead: (property: string, status: number) => t('signals.why.macos.propertyNotRead', { property, status }),
      get focusFileNotJson() { return t('signals.why.macos.focusFileNotJson'); },
      get focusFileNoData() { return t('signals.why.macos.focusFileNoData'); },
      get focusRecordsUnknown() { return t('signals.why.macos.focusRecordsUnknown'); },
      get focusNeedsFullDiskAccess() { return t('signals.why.macos.focusNeedsFullDiskAccess'); },
      get noFocusFile() { return t('signals.why.macos.noFocusFile'); },
      displaysNotListed: (error: number) => t('signals.why.macos.displaysNotListed', { error }),
      get windowsNotListed() { return t('signals.why.macos.windowsNotListed'); },
      get pmsetUnknown() { return t('signals.why.macos.pmsetUnknown'); },
    },
    windows: {
      oddSystemRoot: (root: string) => t('signals.why.windows.oddSystemRoot', { root }),
      dndNotSaid: (status: number) => t('signals.why.windows.dndNotSaid', { status: hex(status) }),
      dndSize: (bytes: number) => t('signals.why.windows.dndSize', { bytes }),
      dndProfileUnknown: (profile: number) => t('signals.why.windows.dndProfileUnknown', { profile }),
      fullscreenNotSaid: (result: number) => t('signals.why.windows.fullscreenNotSaid', { result: hex(result) }),
      notificationStateUnknown: (state: number) => t('signals.why.windows.notificationStateUnknown', { state }),
      displayNotSaid: (status: number) => t('signals.why.windows.displayNotSaid', { status: hex(status) }),
    },
  },
} as const;

export type SignalsWords = typeof signalsWords;
