import { t } from '../i18n/speak';

/** The first start: what Limber does, the safety notes, how often to break, and a taste of a routine. */
export const welcomeWords = {
  get title() { return t('welcome.title'); },
  get intro() { return t('welcome.intro'); },
  get whatItDoes() { return [t('welcome.whatItDoes.1'), t('welcome.whatItDoes.2'), t('welcome.whatItDoes.3')] as const; },
  get safetyTitle() { return t('welcome.safetyTitle'); },
  get safety() { return [t('welcome.safety.1'), t('welcome.safety.2'), t('welcome.safety.3')] as const; },
  get howOften() { return t('welcome.howOften'); },
  get changeLater() { return t('welcome.changeLater'); },
  get options() { return t('welcome.options'); },
  get checkIns() { return t('welcome.checkIns'); },
  get tryTitle() { return t('welcome.tryTitle'); },
  get tryButton() { return t('welcome.tryButton'); },
  /** Where the try-out's phase was, once its routine is over. */
  get tried() { return t('welcome.tried'); },
  get notSaved() { return t('welcome.notSaved'); },
  get startUsing() { return t('welcome.startUsing'); },
} as const;

export type WelcomeWords = typeof welcomeWords;
