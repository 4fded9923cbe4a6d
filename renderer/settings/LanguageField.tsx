import { useEffect, useState } from 'react';
import type { LimberBridge } from '../../core/contract';
import { LANGUAGES, OWN_NAMES, PSEUDO, type Language } from '../../core/i18n/languages';
import type { Settings } from '../../core/settings/schema';
import { settingsWords } from '../../core/words/settings/window';
import { SelectField } from './controls';
import type { Save } from './patch';

/**
 * The language of every word Limber shows: the system's (named, so the user sees what it is), or one of Limber's,
 * each by its own name. A choice applies at once to every window, the tray and what is notified next.
 */
export function LanguageField({ bridge, value, save }: { bridge: LimberBridge; value: Settings['language']; save: Save }) {
  const [system, setSystem] = useState<Language | null>(null);
  useEffect(() => { void bridge.language().then((languages) => { setSystem(languages.system); }); }, [bridge]);
  if (!system) return null;
  const options = [
    ['system', settingsWords.systemLanguage(OWN_NAMES[system])] as const,
    ...LANGUAGES.map((language) => [language, OWN_NAMES[language], language] as const),
    // Never offered, but named while the settings file chooses it.
    ...(value === PSEUDO ? [[PSEUDO, OWN_NAMES[PSEUDO]] as const] : []),
  ];
  return <SelectField label={settingsWords.language} value={value} options={options} onChange={(language) => save({ language })} />;
}
