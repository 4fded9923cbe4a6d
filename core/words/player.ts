import type { CareArea } from '../exercises/care-area';

/** The routine player: what each phase is called (the break window shows it, a screen reader announces it), and the check-ins' questions. */
export const playerWords = {
  getReady: 'Get ready',
  hold: (n: number, of: number) => `Hold ${n} of ${of}`,
  relax: 'Relax',
  rep: (n: number, of: number) => `Rep ${n} of ${of}`,
  rest: 'Rest',
  round: (n: number, of: number) => `Round ${n} of ${of}`,
  switchSides: 'Switch sides',
  complete: 'Routine complete',
  /** The stiffness check-in's question about the area a routine works, before it starts and after it. */
  checkIn: {
    before: {
      neck: 'Before you start: how stiff is your neck right now?',
      shoulders: 'Before you start: how stiff are your shoulders right now?',
      back: 'Before you start: how stiff is your back right now?',
      hips: 'Before you start: how stiff are your hips right now?',
    },
    after: {
      neck: 'And now, after the routine: how stiff is your neck?',
      shoulders: 'And now, after the routine: how stiff are your shoulders?',
      back: 'And now, after the routine: how stiff is your back?',
      hips: 'And now, after the routine: how stiff are your hips?',
    },
  } satisfies Record<'before' | 'after', Record<CareArea, string>>,
} as const;

export type PlayerWords = typeof playerWords;
