import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';

/** The two kinds of break, as the tray and the notifications name them. */
export const breakKindsWords = {
  /** `long break`, inside a sentence. */
  name: (kind: BreakKind) => t('breakKinds.name', { kind }),
  /** `Long break`, starting a sentence. */
  title: (kind: BreakKind) => t('breakKinds.title', { kind }),
  /** `Micro break in 30 seconds`: the heads-up's title, and the tray's status while it counts down. */
  comingIn: (kind: BreakKind, lead: string) => t('breakKinds.comingIn', { kind, lead }),
  /** `Time for a 5-minute long break`, `Time for a 30-second micro break`: `length` in minutes or seconds. */
  timeFor: (kind: BreakKind, length: number) => t('breakKinds.timeFor', { kind, length }),
} as const;

export type BreakKindsWords = typeof breakKindsWords;
