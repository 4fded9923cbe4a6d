import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';
import { AUTOSTART_FILE, autostartDirectory, desktopEntry, entryEnabled } from '../../core/autostart-entry';

export interface Autostart {
  set(enabled: boolean): Promise<void>;
  isEnabled(): Promise<boolean>;
}

export interface AutostartDeps {
  platform: NodeJS.Platform;
  app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>;
  /** What starts Limber: launchCommand's answer. */
  command: readonly string[];
  /** Where the Linux entry goes; the XDG autostart directory unless given. */
  directory?: string;
}

/** Starts Limber at login: a login item on macOS and Windows, an XDG autostart entry elsewhere. */
export function createAutostart(deps: AutostartDeps): Autostart {
  return deps.platform === 'darwin' || deps.platform === 'win32' ? loginItem(deps) : desktopFile(deps);
}

function loginItem({ platform, app, command }: AutostartDeps): Autostart {
  const [path = '', ...args] = command;
  // Windows registers and looks up this exact command line; Electron's docs leave quoting the arguments to us.
  const target = platform === 'win32' ? { path, args: args.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)) } : {};
  return {
    set: (enabled) => { app.setLoginItemSettings({ openAtLogin: enabled, ...target }); return Promise.resolve(); },
    isEnabled: () => Promise.resolve(app.getLoginItemSettings(target).openAtLogin),
  };
}

function desktopFile({ command, directory = autostartDirectory(process.env.XDG_CONFIG_HOME, homedir()) }: AutostartDeps): Autostart {
  const file = join(directory, AUTOSTART_FILE);
  return {
    async set(enabled) {
      if (!enabled) {
        await rm(file, { force: true });
        return;
      }
      await mkdir(directory, { recursive: true });
      // A hidden name without .desktop, so no session manager picks up a half-written file.
      // node:crypto only here, where it is needed: loaded at start, its code would stay for as long as Limber runs.
      const { randomUUID } = await import('node:crypto');
      const temp = join(directory, `.${AUTOSTART_FILE}.${randomUUID()}.tmp`);
      try {
        await writeFile(temp, desktopEntry(command));
        await rename(temp, file);
      } finally {
        await rm(temp, { force: true });
      }
    },
    async isEnabled() {
      try {
        return entryEnabled(await readFile(file, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
  };
}
