import { t } from '../../i18n/speak';
import type { Preset } from '../../settings/presets';
import type { Settings } from '../../settings/schema';

/** Stands in for the stressed words while their sentence is written, so that the sentence can be cut around them. */
const MARK = '\u{E000}';

/** A sentence with stressed words in it, as the text before them, the stressed words and the text after them. */
const stressed = <T>(stress: (words: string) => T, words: string, sentence: (mark: string) => string) => {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return [before, stress(words), after] as const;
};

/** The settings' Breaks section: the presets, each kind of break's timing, and how prompts behave. */
export const breakSettingsWords = {
  get presets() { return t('settingsBreaks.presets'); },
  /** The preset whose timings are in force, its name set apart by `stress`. */
  timingsOf: <T>(stress: (name: string) => T, preset: string) => stressed(stress, preset, (mark) => t('settingsBreaks.timingsOf', { preset: mark })),
  /** The same when no preset has the timings in force. */
  customTimings: <T>(stress: (name: string) => T) =>
    stressed(stress, t('settingsBreaks.customTimings.custom'), (mark) => t('settingsBreaks.customTimings', { custom: mark })),
  preset: {
    gentle: { get name() { return t('settingsBreaks.preset.gentle.name'); }, get summary() { return t('settingsBreaks.preset.gentle.summary'); } },
    standard: { get name() { return t('settingsBreaks.preset.standard.name'); }, get summary() { return t('settingsBreaks.preset.standard.summary'); } },
    active: { get name() { return t('settingsBreaks.preset.active.name'); }, get summary() { return t('settingsBreaks.preset.active.summary'); } },
  } satisfies Record<Preset['id'], { name: string; summary: string }>,
  get longBreaks() { return t('settingsBreaks.longBreaks'); },
  get takeLongBreaks() { return t('settingsBreaks.takeLongBreaks'); },
  get microBreaks() { return t('settingsBreaks.microBreaks'); },
  get takeMicroBreaks() { return t('settingsBreaks.takeMicroBreaks'); },
  get every() { return t('settingsBreaks.every'); },
  get lasting() { return t('settingsBreaks.lasting'); },
  get countedSitting() { return t('settingsBreaks.countedSitting'); },
  get prompts() { return t('settingsBreaks.prompts'); },
  get headsUp() { return t('settingsBreaks.headsUp'); },
  get noHeadsUp() { return t('settingsBreaks.noHeadsUp'); },
  get awayAfter() { return t('settingsBreaks.awayAfter'); },
  get away() { return t('settingsBreaks.away'); },
  get snoozeLength() { return t('settingsBreaks.snoozeLength'); },
  get snoozeLimit() { return t('settingsBreaks.snoozeLimit'); },
  get snoozeLimitNote() { return t('settingsBreaks.snoozeLimitNote'); },
  get strict() { return t('settingsBreaks.strict'); },
  get strictAbout() { return t('settingsBreaks.strictAbout'); },
  get announced() { return t('settingsBreaks.announced'); },
  promptStyles: {
    get notification() { return t('settingsBreaks.promptStyles.notification'); },
    get 'notification-and-window'() { return t('settingsBreaks.promptStyles.notificationAndWindow'); },
  } satisfies Record<Settings['promptStyle'], string>,
} as const;

export type BreakSettingsWords = typeof breakSettingsWords;
