import { app } from 'electron';
import { launchCommand } from '../../core/autostart-entry';
import { autostartToWrite } from '../../core/autostart-policy';
import { createAutostart } from '../desktop/autostart';
import type { Log } from '../log';

/** What follows the start-at-login setting from `before` (null on a first start) to `after`. */
export type FollowAutostart = (before: boolean | null, after: boolean) => void;

/** Start at login: the entry is written when autostartToWrite says, on the first start among others. */
export function keepAutostart(log: Log, firstStart: boolean, startAtLogin: boolean): FollowAutostart {
  const autostart = createAutostart({
    platform: process.platform,
    app,
    command: launchCommand({ appImage: process.env.APPIMAGE, execPath: process.execPath, isPackaged: app.isPackaged, appPath: app.getAppPath() }),
  });
  const follow: FollowAutostart = (before, after) => {
    const enabled = autostartToWrite(app.isPackaged, before, after);
    if (enabled === null) return;
    autostart.set(enabled).catch((error: unknown) => { log.warn(`Autostart not changed: ${String(error)}`); });
  };
  if (firstStart) follow(null, startAtLogin);
  return follow;
}
