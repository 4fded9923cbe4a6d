import type { BreakKind } from '../kinds';

const NAME: Record<BreakKind, string> = { long: 'long break', micro: 'micro break' };
const TITLE: Record<BreakKind, string> = { long: 'Long break', micro: 'Micro break' };

/** The two kinds of break, as the tray and the notifications name them. */
export const breakKindsWords = {
  /** `long break`, inside a sentence. */
  name: NAME,
  /** `Long break`, starting a sentence. */
  title: TITLE,
  /** `Micro break in 30 seconds`: the heads-up's title, and the tray's status while it counts down. */
  comingIn: (kind: BreakKind, lead: string) => `${TITLE[kind]} in ${lead}`,
  /** `Time for a 5-minute long break`, `Time for a 30-second micro break`: `length` in minutes or seconds. */
  timeFor: (kind: BreakKind, length: number) =>
    (kind === 'long' ? `Time for a ${length}-minute long break` : `Time for a ${length}-second micro break`),
} as const;

export type BreakKindsWords = typeof breakKindsWords;
