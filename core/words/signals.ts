/** `0x1f`: a status code as the system's documentation writes it. */
const hex = (code: number) => `0x${(code >>> 0).toString(16)}`;

/**
 * How each busy or media signal is read on this machine (`via`), or why it can't be (`why`): the settings show them
 * beside each switch ("Here it reads …", "Not available here: …").
 */
export const signalsWords = {
  via: {
    linux: {
      call: 'PulseAudio/PipeWire recording streams, and cameras in use',
      fullscreenX11: 'the active window\'s fullscreen state (X11)',
      fullscreenWayland: 'GNOME\'s idle inhibitors (videos and presentations keep the screen on)',
      dnd: {
        notificationServer: 'the notification server\'s Do Not Disturb',
        dunst: 'dunst\'s pause',
        gnome: 'GNOME\'s Do Not Disturb',
        xfce: 'XFCE\'s Do Not Disturb',
      },
      /** Media players, and the desktop's idle inhibitors where it shows them. */
      media: {
        players: 'media players on the session bus (MPRIS)',
        gnome: 'media players on the session bus (MPRIS) and GNOME\'s idle inhibitors',
        kde: 'media players on the session bus (MPRIS) and KDE\'s screen inhibitions',
      },
    },
    macos: {
      call: 'which apps macOS says are recording, and cameras in use',
      fullscreen: 'whether another app\'s window covers a whole display',
      dnd: 'a Focus turned on by hand (not a scheduled one), from a file macOS may change',
      media: 'the display-sleep assertions that players and browsers hold while a video plays (pmset)',
    },
    windows: {
      call: 'which apps Windows says are using the microphone or camera',
      fullscreen: 'whether Windows holds back its own notifications for a fullscreen app or a presentation',
      dnd: 'Focus Assist (Do not disturb), from a state Windows does not document: an update may break it',
      media: 'whether a program asks Windows to keep the display on, as players do while a video plays',
    },
  },
  why: {
    notOnThisSystem: (platform: string) => `Limber cannot read this on ${platform} yet.`,
    /** A command-line tool: missing (and what installs it), silent, or failing with its own words. */
    tool: {
      notInstalled: (tool: string, comesWith: string) => `${tool} is not installed (it comes with ${comesWith})`,
      comesWith: {
        pactl: 'the pulseaudio-utils package',
        xprop: 'the x11-utils package',
        gsettings: 'the libglib2.0-bin package',
        'xfconf-query': 'the xfconf package',
        pmset: 'macOS',
        reg: 'Windows',
      } as Readonly<Record<string, string>>,
      ownPackage: (tool: string) => `the ${tool} package`,
      silent: (tool: string, seconds: number) => `${tool} did not answer in ${seconds} s`,
      failed: (tool: string, said: string) => `${tool} failed: ${said}`,
    },
    linux: {
      noSessionBus: 'there is no D-Bus session bus to ask (DBUS_SESSION_BUS_ADDRESS is not set)',
      busSilent: (seconds: number) => `the session bus did not answer in ${seconds} s`,
      gnomeInhibitorsOdd: (answer: string) => `GNOME's session manager answered ${answer} for InhibitedActions, not a number`,
      noDndSwitch: 'no Do Not Disturb switch answered (Limber knows KDE\'s and other notification servers that report it, dunst, GNOME and XFCE)',
      noXServer: (display: string) => `no X server answered on display ${display}`,
      noActiveWindow: 'the window manager does not say which window is active (no _NET_ACTIVE_WINDOW)',
      fullscreenOnWayland: 'fullscreen windows can\'t be seen on this Wayland session (only GNOME\'s session manager tells, and it did not answer)',
      noSoundServer: 'no sound server answered on the pulse socket',
      oldPactl: 'pactl is too old to list streams as JSON (it needs PulseAudio 16 or newer)',
    },
    macos: {
      propertyNotSized: (property: string, status: number) => `macOS refused to size property '${property}' (OSStatus ${status})`,
      propertyNotRead: (property: string, status: number) => `macOS refused to read property '${property}' (OSStatus ${status})`,
      focusFileNotJson: 'macOS\'s Focus file is not JSON Limber can read (a macOS update may have changed it)',
      focusFileNoData: 'macOS\'s Focus file has no data Limber knows (a macOS update may have changed it)',
      focusRecordsUnknown: 'macOS\'s Focus file lists its Focus records in a way Limber does not know',
      focusNeedsFullDiskAccess: 'macOS shows the Focus state only to apps with Full Disk Access, which Limber does not ask for',
      noFocusFile: 'this macOS keeps no Focus file where Limber looks (Focus came with macOS 12)',
      displaysNotListed: (error: number) => `macOS did not list the displays (CGError ${error})`,
      windowsNotListed: 'macOS did not list the windows on screen',
      pmsetUnknown: 'pmset answered in a way Limber does not know (no assertions listed by process)',
    },
    windows: {
      oddSystemRoot: (root: string) => `SystemRoot is not a folder Limber runs Windows' reg from: "${root}"`,
      dndNotSaid: (status: number) => `Windows did not say whether Do not disturb is on (NTSTATUS ${hex(status)})`,
      dndSize: (bytes: number) => `Windows described Do not disturb in ${bytes} bytes, not the 4 Limber knows`,
      dndProfileUnknown: (profile: number) => `Windows answered a Do not disturb profile Limber does not know (${profile})`,
      fullscreenNotSaid: (result: number) => `Windows could not say whether an app fills the screen (SHQueryUserNotificationState returned ${hex(result)})`,
      notificationStateUnknown: (state: number) => `Windows answered a notification state Limber does not know (${state})`,
      displayNotSaid: (status: number) => `Windows could not say whether the display is kept on (CallNtPowerInformation returned ${hex(status)})`,
    },
  },
} as const;

export type SignalsWords = typeof signalsWords;
