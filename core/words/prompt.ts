import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';

/** The small window that asks for a due break. */
export const promptWords = {
  title: (kind: BreakKind) => t('prompt.title', { kind }),
  /** How long the user has sat and the routine offered; after a hold, first why the break comes late. */
  due: (sittingMinutes: number, routine: string, lateBecause?: string) => (lateBecause
    ? t('prompt.dueLate', { lateBecause, minutes: sittingMinutes, routine })
    : t('prompt.due', { minutes: sittingMinutes, routine })),
  get start() { return t('prompt.start'); },
  snooze: (minutes: number, left: number) => t('prompt.snooze', { minutes, left }),
  get skip() { return t('prompt.skip'); },
} as const;

export type PromptWords = typeof promptWords;
