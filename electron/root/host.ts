import { app, dialog, nativeTheme } from 'electron';
import type { Engine } from '../../core/engine/engine';
import { createHost } from '../../core/host';
import { createFileSaver } from '../storage/save-file';
import type { Windows } from '../windows/windows';
import type { FollowAutostart } from './autostart';
import type { LimberFiles } from './files';

export interface HostWiring {
  engine: Engine;
  files: LimberFiles;
  followAutostart: FollowAutostart;
  windows: Pick<Windows, 'show' | 'close'>;
}

/**
 * What the bridge does (core/host.ts), on Limber's files, engine and windows. Saved settings are followed by the
 * start-at-login entry and by the theme of the windows' native parts, which follows the settings from the start.
 */
export function hostFor({ engine, files, followAutostart, windows }: HostWiring) {
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
      },
    },
    state: { current: () => files.state.value(), save: files.saveState },
    history: files.history,
    saveFile: createFileSaver(dialog, () => app.getPath('documents')),
    showBreak: (routineId) => {
      windows.show('break', `routine=${routineId}`);
      windows.close('prompt');
    },
  });
}
