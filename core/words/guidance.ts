/** The calm word, in the break and the statistics, when asking a professional may help; it never says what is wrong. */
export const guidanceWords = {
  title: 'A word about your back',
  hurt: [
    'This week you stopped a routine because it hurt. Stopping was the right thing to do.',
    'If the pain keeps coming back or spreads, or you notice numbness, tingling or weakness, see a doctor or physical therapist before you go on with the exercises.',
  ],
  stiffness: (days: number) =>
    `You have been checking in for ${days} days and doing routines on most days of the last two weeks, yet your back feels no less stiff before routines than in your first week. That is worth talking over with a doctor or physical therapist, who can suggest what would help you.`,
  notMedicalAdvice: 'Limber is not medical advice, and it cannot tell what causes pain or stiffness.',
} as const;

export type GuidanceWords = typeof guidanceWords;
