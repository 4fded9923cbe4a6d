import type { CareArea } from '../exercises/care-area';
import type { Side } from '../exercises/types';
import type { BreakKind } from '../kinds';
import { listFormat } from '../list-format';

/** What This hurts says for the body area being worked, from the reference articles, in Limber's own words. */
interface CareAdvice {
  /** Names the area, as the heading of its advice. */
  heading: string;
  advice: readonly string[];
}

const VERY_SORE = 'If you are very sore, give stretching a day off.';

const CARE_ADVICE: Readonly<Record<CareArea, CareAdvice>> = {
  neck: {
    heading: 'For your neck',
    advice: [
      'Bring your head slowly back to the middle and let your shoulders rest. Don’t roll or shake your neck to loosen it.',
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
      'If your back hasn’t improved within a couple of weeks of regular exercise, talk to a doctor.',
      VERY_SORE,
    ],
  },
  hips: {
    heading: 'For your hips',
    advice: [
      'Stand or sit with your weight even on both feet, holding on to something steady, until it settles.',
      'See a doctor if the pain spreads down your thigh or leg, or comes with numbness or swelling.',
      'Hip pain and lower-back pain often go together: if your hip hasn’t improved within a couple of weeks, talk to a doctor.',
      VERY_SORE,
    ],
  },
};

const exercises = (count: number) => (count === 1 ? '1 exercise' : `${count} exercises`);
const listing = listFormat({ type: 'conjunction' });
/** `30-second`, `5-minute`: a break's length as it qualifies the break. */
const breakLength = (seconds: number) => (seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60}-minute` : `${seconds}-second`);

/** The break window: the routine's progress, its controls, the check-ins, the end summary and This hurts. */
export const breakWords = {
  routineProgress: 'Routine progress',
  /** Under the routine's name when it has fewer holds, reps or rounds than it asks for, to fit the break. */
  shortened: (breakSeconds: number) => `Shortened to fit your ${breakLength(breakSeconds)} break`,
  /** Under the routine's name, naming the exercises This hurts left out of it. */
  leftOut: (names: readonly string[]) => `Left out after This hurts: ${listing(names)}`,
  exerciseCount: (exercise: number, of: number) => `Exercise ${exercise} of ${of}`,
  /** The heading of a two-sided exercise, on the side being done. */
  exerciseOnSide: (name: string, side: Side) => (side === 'left' ? `${name} (left side)` : `${name} (right side)`),
  timer: 'Timer',
  secondsLeftInPhase: 'Seconds left in this phase',
  secondsUntilClosing: 'Seconds until this window closes',
  /** Under the seconds before the window closes itself: counting down, or waiting while the user is at the window. */
  toClose: 'to close',
  keptOpen: 'kept open',
  paused: 'Paused',
  pausedIn: (phase: string) => `Paused: ${phase}`,
  breakEnded: 'Break ended',
  controls: 'Routine controls',
  pause: 'Pause',
  resume: 'Resume',
  close: 'Close',
  back: 'Back',
  backTo: (exercise: string) => `Back to ${exercise}`,
  backToStart: 'Back to the start of this exercise',
  skipExercise: 'Skip exercise',
  endBreak: 'End break',
  thisHurts: 'This hurts',
  muteSounds: 'Mute sounds',
  checkIn: {
    notAtAll: 'not at all',
    very: 'very',
    /** A rating's button, with the meaning of the scale's two ends. */
    rating: (rating: number) => (rating === 0 ? '0, not stiff at all' : rating === 10 ? '10, very stiff' : String(rating)),
    skip: 'Skip',
    noted: (rating: number) => `Noted: ${rating} of 10, thank you.`,
  },
  end: {
    completed: 'Routine complete',
    ended: 'Break ended',
    /** What the posture cue came to, however it ended. */
    satTall: (length: string) => `You sat tall for ${length}.`,
    done: (exercisesDone: number, length: string) => `Done: ${exercises(exercisesDone)} in ${length}.`,
    endedAfter: (length: string, exercisesDone: number, exercisesInRoutine: number) =>
      `Break ended after ${length}, with ${exercisesDone} of ${exercises(exercisesInRoutine)} done.`,
    next: (kind: BreakKind, sitting: string) =>
      (kind === 'micro' ? `Next: a micro break in ${sitting} of sitting.` : `Next: a long break in ${sitting} of sitting.`),
    noneNext: 'No break is planned for now.',
    closesByItself: 'This window closes by itself; it stays open while the pointer is on it or you are using the keys in it.',
  },
  /** Shown after This hurts. */
  safety: {
    title: 'Stopped. Let’s be careful.',
    stop: 'Stop the exercise and rest in a comfortable position. Don’t push through pain.',
    /** When not to wait, its first words set apart by `stress`. */
    urgent: <T>(stress: (words: string) => T) => [
      stress('Don’t wait'),
      ' if the pain came on suddenly or is severe: have a doctor or physical therapist check it straight away.',
    ] as const,
    careAdvice: CARE_ADVICE,
    /** After the guidance: the exercise that hurt is not offered again until the user says so. */
    leftOut: (exercise: string) =>
      `${exercise} is now left out of every routine. To do it again, bring it back in Settings → Routines.`,
  },
} as const;

export type BreakWords = typeof breakWords;
