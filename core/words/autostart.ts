import { t } from '../i18n/speak';

/** The autostart entry a Linux desktop lists among the programs started at login. */
export const autostartWords = {
  get comment() { return t('autostart.comment'); },
} as const;

export type AutostartWords = typeof autostartWords;
