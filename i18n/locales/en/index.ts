// en: each area's file is a component a translation platform reads. Written by `npm run i18n:types`.
import autostart from './autostart.json';
import breakArea from './break.json';
import breakKinds from './breakKinds.json';
import busy from './busy.json';
import commandLine from './commandLine.json';
import common from './common.json';
import dialogs from './dialogs.json';
import durations from './durations.json';
import exercises from './exercises.json';
import figures from './figures.json';
import guidance from './guidance.json';
import notifications from './notifications.json';
import player from './player.json';
import prompt from './prompt.json';
import routines from './routines.json';
import settingsBreaks from './settingsBreaks.json';
import settingsCalls from './settingsCalls.json';
import settingsFields from './settingsFields.json';
import settingsOwnExercises from './settingsOwnExercises.json';
import settingsRoutines from './settingsRoutines.json';
import settingsSchedule from './settingsSchedule.json';
import settingsWindow from './settingsWindow.json';
import shortcuts from './shortcuts.json';
import signals from './signals.json';
import stats from './stats.json';
import titles from './titles.json';
import tray from './tray.json';
import updates from './updates.json';
import validation from './validation.json';
import welcome from './welcome.json';
import { joinAreas } from '../../areas';

export const catalog = joinAreas({
  autostart,
  break: breakArea,
  breakKinds,
  busy,
  commandLine,
  common,
  dialogs,
  durations,
  exercises,
  figures,
  guidance,
  notifications,
  player,
  prompt,
  routines,
  settingsBreaks,
  settingsCalls,
  settingsFields,
  settingsOwnExercises,
  settingsRoutines,
  settingsSchedule,
  settingsWindow,
  shortcuts,
  signals,
  stats,
  titles,
  tray,
  updates,
  validation,
  welcome,
});
