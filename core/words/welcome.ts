/** The first start: what Limber does, the safety notes, how often to break, and a taste of a routine. */
export const welcomeWords = {
  title: 'Welcome to Limber',
  intro: 'Limber notices how long you have been sitting and reminds you to move before it adds up.',
  whatItDoes: [
    'It counts sitting time from your keyboard and mouse, your screen lock and sleep. Time away from the desk counts as a break.',
    'When a break is due, it offers a short routine you can do in your chair, with a timer that counts the holds, reps and sides.',
    'It keeps a history on this computer only, so you can see whether the breaks help.',
  ],
  safetyTitle: 'Before you start',
  safety: [
    'Move slowly and only as far as feels comfortable. A stretch should never hurt.',
    'If something hurts, stop. If pain spreads into your legs, or you notice numbness or swelling, please check with a doctor.',
    'With a back injury, disc problems, or back pain that has lasted more than three days, ask a doctor or physical therapist before you start.',
  ],
  howOften: 'How often would you like a break?',
  changeLater: 'You can change the exact times in Settings whenever you like.',
  options: 'Options',
  checkIns: 'Ask me how stiff I feel before and after each long break’s routine, in the area it works (such as the back or the neck), so I can see the trend. (Optional, one tap, kept on this computer.)',
  tryTitle: 'Try one now',
  tryButton: 'Try Posture reset, the micro break routine (25 s)',
  /** Where the try-out's phase was, once its routine is over. */
  tried: 'Done: that was a whole micro break.',
  notSaved: 'Your choices could not be saved:',
  startUsing: 'Start using Limber',
} as const;

export type WelcomeWords = typeof welcomeWords;
