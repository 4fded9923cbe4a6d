import type { Languages } from '../../core/contract';
import { languageFor, systemLanguage, type Language } from '../../core/i18n/languages';
import { speakWith } from '../../core/i18n/speak';
import { speakerOf } from '../../i18n/speakers';
import type { Log } from '../log';
import type { Windows } from '../windows/windows';
import type { LimberFiles } from './files';
import type { Listeners } from './listeners';

export interface LanguageWiring {
  files: Pick<LimberFiles, 'settings'>;
  /** The system's languages, most preferred first (app.getPreferredSystemLanguages). */
  preferred: () => readonly string[];
  /** The language Limber spoke before its settings were read: the system's, as the command line speaks. */
  spoken: Language;
  log: Log;
}

export interface FollowedLanguage {
  /** The language every word is read in now, and the system's. */
  current: () => Languages;
  /**
   * Switches at once when the saved settings pick another language: `changed` redraws the tray, then every window is
   * retitled and told. Of two quick choices the last one wins, however long each catalog takes to load.
   */
  follow: (settingsSaved: Listeners, windows: Pick<Windows, 'speakAgain'>, changed: () => void) => void;
}

/** Speaks the language of the settings, or the system's, from the moment the settings are read. */
export async function speakChosenLanguage({ files, preferred, spoken, log }: LanguageWiring): Promise<FollowedLanguage> {
  let current = spoken;
  let wanted = spoken;
  const speak = async (language: Language) => {
    wanted = language;
    const speaker = await speakerOf(language);
    if (wanted !== language) return false;
    speakWith(speaker);
    current = language;
    return true;
  };
  const chosen = () => languageFor(files.settings.value().language, preferred());
  if (chosen() !== current) await speak(chosen());
  log.info(`Language: ${current}`);
  return {
    current: () => ({ spoken: current, system: systemLanguage(preferred()) }),
    follow(settingsSaved, windows, changed) {
      settingsSaved.add(() => {
        const next = chosen();
        if (next === wanted) return;
        speak(next).then((spoke) => {
          if (!spoke) return;
          log.info(`Language: ${next}`);
          changed();
          windows.speakAgain();
        }, (error: unknown) => {
          // Chosen again, it is tried again.
          if (wanted === next) wanted = current;
          log.error(`Could not load the words of ${next}: ${String(error)}`);
        });
      });
    },
  };
}
