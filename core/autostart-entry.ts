import { autostartWords } from './words/autostart';

/** The Linux autostart entry, written to the XDG autostart directory (Electron's login items cover macOS and Windows only). */
export const AUTOSTART_FILE = 'limber.desktop';

/** `$XDG_CONFIG_HOME/autostart`; the XDG spec says to ignore that variable when it is empty or relative. */
export function autostartDirectory(xdgConfigHome: string | undefined, home: string): string {
  const config = xdgConfigHome?.startsWith('/') ? xdgConfigHome.replace(/\/+$/, '') : `${home}/.config`;
  return `${config}/autostart`;
}

export interface LaunchSource {
  /** $APPIMAGE: the AppImage file itself, since execPath points into its mount, which is gone after a reboot. */
  appImage: string | undefined;
  execPath: string;
  isPackaged: boolean;
  /** app.getAppPath(): an unpackaged app runs as the Electron binary given the app's folder. */
  appPath: string;
}

/** The program and arguments that start this copy of Limber. */
export function launchCommand({ appImage, execPath, isPackaged, appPath }: LaunchSource): readonly string[] {
  if (appImage) return [appImage];
  return isPackaged ? [execPath] : [execPath, appPath];
}

// The Desktop Entry spec's reserved characters: an argument holding any of them must be quoted.
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/** One Exec argument: quoted if needed (escaping ", `, $ and \ inside the quotes), with % doubled for field codes. */
function execArgument(arg: string): string {
  const quoted = RESERVED.test(arg) || arg === '' ? `"${arg.replace(/["`$\\]/g, '\\$&')}"` : arg;
  return quoted.replaceAll('%', '%%');
}

const STRING_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** The spec decodes a string value's escapes before it unquotes Exec, so this escaping goes on last. */
const escapeString = (value: string) => value.replace(/[\\\n\t\r]/g, (c) => STRING_ESCAPES[c] ?? c);

/** The text of the autostart .desktop file that runs `command` at login. */
export function desktopEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Limber',
    `Comment=${escapeString(autostartWords.comment)}`,
    `Exec=${escapeString(command.map(execArgument).join(' '))}`,
    'Icon=limber',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Whether an autostart file still runs at login: desktops switch one off with Hidden or, on GNOME, its own key. */
export function entryEnabled(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim().replace(/\s*=\s*/, '='));
  return !lines.includes('Hidden=true') && !lines.includes('X-GNOME-Autostart-enabled=false');
}
