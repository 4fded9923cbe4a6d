import { notificationsWords } from '../words/notifications';

/** The Linux desktop session Limber runs in, as far as it changes what Limber can do. */
export interface Session {
  wayland: boolean;
  /**
   * Chromium drawing straight to the Wayland compositor rather than through XWayland: Electron's default from 38 on
   * (which dropped ELECTRON_OZONE_PLATFORM_HINT), asked for before that with --ozone-platform=wayland,
   * --ozone-platform-hint or that variable.
   * Such a window can't be kept above others, and showing it may take the keyboard.
   */
  nativeWayland: boolean;
}

export interface SessionFacts {
  platform: NodeJS.Platform;
  env: { readonly [name in 'XDG_SESSION_TYPE' | 'WAYLAND_DISPLAY' | 'ELECTRON_OZONE_PLATFORM_HINT']?: string | undefined };
  argv: readonly string[];
  /** process.versions.electron. */
  electron: string;
}

/** From this major on, Electron draws natively on Wayland unless told otherwise. */
const NATIVE_WAYLAND_FROM = 38;

const switchValue = (argv: readonly string[], name: string) =>
  argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

export function describeSession({ platform, env, argv, electron }: SessionFacts): Session {
  const wayland = platform === 'linux' && (env.XDG_SESSION_TYPE ? env.XDG_SESSION_TYPE === 'wayland' : Boolean(env.WAYLAND_DISPLAY));
  const nativeByDefault = Number.parseInt(electron, 10) >= NATIVE_WAYLAND_FROM;
  const hint = switchValue(argv, 'ozone-platform-hint') ?? (nativeByDefault ? undefined : env.ELECTRON_OZONE_PLATFORM_HINT);
  const byDefault = nativeByDefault ? 'wayland' : 'x11';
  const chosen = switchValue(argv, 'ozone-platform') ?? (hint === undefined ? byDefault : hint === 'auto' || hint === 'wayland' ? 'wayland' : 'x11');
  return { wayland, nativeWayland: wayland && chosen === 'wayland' };
}

/** Whether a due break may put its prompt window on screen: not where it could hide behind others or take the keyboard. */
export const promptWindowsWork = (session: Session) => !session.nativeWayland;

/**
 * Whether Electron may be asked where the mouse pointer is. Wayland tells a client only about its own surfaces, and
 * Electron 33 drawing natively there crashes (a segfault) in getCursorScreenPoint while no window is open.
 */
export const pointerPositionKnown = (session: Session) => !session.nativeWayland;

/**
 * Whether global shortcuts can work. On X11, macOS and Windows they do. On Wayland drawn natively, programs can't
 * listen for keys outside their windows; Electron 35 added the desktop's GlobalShortcuts portal, which Electron 33
 * lacks, so there Limber offers none. Under XWayland Electron grabs keys from the X server, which gets them while
 * the desktop passes them on: always on X11, on Wayland as the compositor chooses.
 */
export const globalShortcutsWork = (session: Session) => ({ available: !session.nativeWayland, partly: session.wayland && !session.nativeWayland });

/** What a session notice can say; each is said once per user. */
export const SESSION_NOTES = ['clock', 'native-wayland', 'no-tray'] as const;
export type SessionNote = (typeof SESSION_NOTES)[number];

/**
 * The notice about what works differently in this session, made of the notes not yet `given`, and those notes; null
 * when there is nothing new to say. `idle` is the text of the clock note, when idle time can't be read here.
 */
export function sessionNotice(
  parts: { idle?: string | undefined; nativeWayland: boolean; trayShown: boolean }, given: readonly SessionNote[],
): { text: { title: string; body: string }; notes: SessionNote[] } | null {
  const words = notificationsWords.session;
  const all: [SessionNote, string | null | undefined][] = [
    ['clock', parts.idle], ['native-wayland', parts.nativeWayland ? words.nativeWayland : null], ['no-tray', parts.trayShown ? null : words.noTray],
  ];
  const fresh = all.filter((entry): entry is [SessionNote, string] => Boolean(entry[1]) && !given.includes(entry[0]));
  if (fresh.length === 0) return null;
  const notes = fresh.map(([note]) => note);
  const title = notes.includes('clock') ? words.clockTitle : words.title;
  return { text: { title, body: fresh.map(([, text]) => text).join('\n\n') }, notes };
}
