import type { BreakKind } from '../kinds';

/** The small window that asks for a due break. */
export const promptWords = {
  title: (kind: BreakKind) => (kind === 'long' ? 'Time for a long break' : 'Time for a micro break'),
  /** How long the user has sat and the routine offered; after a hold, first why the break comes late. */
  due: (sittingMinutes: number, routine: string, lateBecause?: string) =>
    `${lateBecause ? `${lateBecause} ` : ''}You have been sitting for ${sittingMinutes} minutes. Up next: ${routine}.`,
  start: 'Start',
  snooze: (minutes: number, left: number) => `Snooze ${minutes} min (${left} left)`,
  skip: 'Skip',
} as const;

export type PromptWords = typeof promptWords;
