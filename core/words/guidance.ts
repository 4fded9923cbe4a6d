import { t } from '../i18n/speak';

/** The calm word, in the break and the statistics, when asking a professional may help; it never says what is wrong. */
export const guidanceWords = {
  get title() { return t('guidance.title'); },
  get hurt() { return [t('guidance.hurt.1'), t('guidance.hurt.2')]; },
  stiffness: (days: number) => t('guidance.stiffness', { days }),
  get notMedicalAdvice() { return t('guidance.notMedicalAdvice'); },
} as const;

export type GuidanceWords = typeof guidanceWords;
