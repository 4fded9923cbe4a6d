import type { CareArea } from '../exercises/care-area';
import { t } from '../i18n/speak';

/** The routine player: what each phase is called (the break window shows it, a screen reader announces it), and the check-ins' questions. */
export const playerWords = {
  get getReady() { return t('player.getReady'); },
  hold: (n: number, of: number) => t('player.hold', { hold: n, holds: of }),
  get relax() { return t('player.relax'); },
  rep: (n: number, of: number) => t('player.rep', { rep: n, reps: of }),
  get rest() { return t('player.rest'); },
  round: (n: number, of: number) => t('player.round', { round: n, rounds: of }),
  get switchSides() { return t('player.switchSides'); },
  get complete() { return t('player.complete'); },
  /** The stiffness check-in's question about the area a routine works, before it starts and after it. */
  checkIn: {
    before: {
      get neck() { return t('player.checkIn.before', { area: 'neck' }); },
      get shoulders() { return t('player.checkIn.before', { area: 'shoulders' }); },
      get back() { return t('player.checkIn.before', { area: 'back' }); },
      get hips() { return t('player.checkIn.before', { area: 'hips' }); },
    },
    after: {
      get neck() { return t('player.checkIn.after', { area: 'neck' }); },
      get shoulders() { return t('player.checkIn.after', { area: 'shoulders' }); },
      get back() { return t('player.checkIn.after', { area: 'back' }); },
      get hips() { return t('player.checkIn.after', { area: 'hips' }); },
    },
  } satisfies Record<'before' | 'after', Record<CareArea, string>>,
} as const;

export type PlayerWords = typeof playerWords;
