import { app, dialog, nativeTheme } from 'electron';
import type { Engine } from '../../core/engine/engine';
import { createHost } from '../../core/host';
import { createFileSaver } from '../storage/save-file';
import { breakQuery, type Windows } from '../windows/windows';
import { systemClock } from '../system/clock';
import type { FollowAutostart } from './autostart';
import type { LimberFiles } from './files';

export interface HostWiring {
  engine: Engine;
  files: LimberFiles;
  followAutostart: FollowAutostart;
  windows: Pick<Windows, 'show' | 'close'>;
  /** Told after the user's own routines or exercises, or what is left out, have changed: the tray lists them. */
  ownChanged: () => void;
  /** Told after the settings were saved: global shortcuts follow them. */
  settingsSaved: () => void;
}

/**
 * What the bridge does (core/host.ts), on Limber's files, engine and windows. Saved settings are followed by the
 * start-at-login entry and by the theme of the windows' native parts, which follows the settings from the start.
 */
export function hostFor({ engine, files, followAutostart, windows, ownChanged, settingsSaved }: HostWiring) {
  nativeTheme.themeSource = files.settings.value().theme;
  return createHost({
    engine: () => Promise.resolve(engine),
    settings: {
      current: () => files.settings.value(),
      save: (settings) => {
        const before = files.settings.value().startAtLogin;
        files.saveSettings(settings);
        followAutostart(before, settings.startAtLogin);
        nativeTheme.themeSource = settings.theme;
        settingsSaved();
      },
    },
    state: { current: () => files.state.value(), save: files.saveState },
    own: {
      current: () => files.own.value(),
      save: (own) => {
        files.saveOwn(own);
        ownChanged();
      },
    },
    now: () => systemClock.now(),
    history: files.history,
    saveFile: createFileSaver(dialog, () => app.getPath('documents')),
    showBreak: (routineId, kind) => {
      windows.show('break', breakQuery(routineId, kind));
      windows.close('prompt');
    },
  });
}
