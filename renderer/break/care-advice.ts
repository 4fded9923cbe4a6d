import type { CareArea } from '../../core/exercises/care-area';

/** What This hurts says for the body area being worked, from the reference articles, in Limber's own words. */
export interface CareAdvice {
  /** Names the area, as the heading of its advice. */
  heading: string;
  advice: readonly string[];
}

const VERY_SORE = 'If you are very sore, give stretching a day off.';

export const CARE_ADVICE: Record<CareArea, CareAdvice> = {
  neck: {
    heading: 'For your neck',
    advice: [
      'Bring your head slowly back to the middle and let your shoulders rest. Don\u2019t roll or shake your neck to loosen it.',
      'Next time, move your head slowly and only as far as a light pull.',
      'See a doctor if numbness, tingling or pain spreads from your neck into your shoulder, arm or hand.',
      'If your neck still hurts after three days, check with a physical therapist before you stretch it again.',
    ],
  },
  shoulders: {
    heading: 'For your shoulders',
    advice: [
      'Lower your arms and let your shoulders hang loose.',
      'Next time, lean on the wall more lightly and leave out any pull with your hand.',
      'See a doctor if numbness, tingling or pain spreads down your arm into your hand.',
      'If your shoulder still hurts after three days, check with a physical therapist before you stretch it again.',
    ],
  },
  back: {
    heading: 'For your back',
    advice: [
      'See a doctor if the pain spreads into your thighs or legs, or comes with numbness, swelling or severe pain.',
      'If the pain has lasted more than three days without easing, or you have had a back injury or disc problems, check with a physical therapist before you exercise again.',
      'If your back hasn\u2019t improved within a couple of weeks of regular exercise, talk to a doctor.',
      VERY_SORE,
    ],
  },
  hips: {
    heading: 'For your hips',
    advice: [
      'Stand or sit with your weight even on both feet, holding on to something steady, until it settles.',
      'See a doctor if the pain spreads down your thigh or leg, or comes with numbness or swelling.',
      'Hip pain and lower-back pain often go together: if your hip hasn\u2019t improved within a couple of weeks, talk to a doctor.',
      VERY_SORE,
    ],
  },
};
