import type { CareArea } from '../exercises/care-area';
import type { Side } from '../exercises/types';
import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';
import { listFormat } from '../list-format';

/** What This hurts says for the body area being worked, from the reference articles, in Limber's own words. */
interface CareAdvice {
  /** Names the area, as the heading of its advice. */
  heading: string;
  advice: readonly string[];
}

const careAdvice = (area: CareArea, advice: () => readonly string[]): CareAdvice => ({
  get heading() { return t('break.safety.careAdvice.heading', { area }); },
  get advice() { return advice(); },
});
const verySore = () => t('break.safety.careAdvice.verySore');

const CARE_ADVICE: Readonly<Record<CareArea, CareAdvice>> = {
  neck: careAdvice('neck', () => [
    t('break.safety.careAdvice.neck.advice.1'),
    t('break.safety.careAdvice.neck.advice.2'),
    t('break.safety.careAdvice.neck.advice.3'),
    t('break.safety.careAdvice.neck.advice.4'),
  ]),
  shoulders: careAdvice('shoulders', () => [
    t('break.safety.careAdvice.shoulders.advice.1'),
    t('break.safety.careAdvice.shoulders.advice.2'),
    t('break.safety.careAdvice.shoulders.advice.3'),
    t('break.safety.careAdvice.shoulders.advice.4'),
  ]),
  back: careAdvice('back', () => [
    t('break.safety.careAdvice.back.advice.1'),
    t('break.safety.careAdvice.back.advice.2'),
    t('break.safety.careAdvice.back.advice.3'),
    verySore(),
  ]),
  hips: careAdvice('hips', () => [
    t('break.safety.careAdvice.hips.advice.1'),
    t('break.safety.careAdvice.hips.advice.2'),
    t('break.safety.careAdvice.hips.advice.3'),
    verySore(),
  ]),
};

const listing = listFormat({ type: 'conjunction' });

/** The break window: the routine's progress, its controls, the check-ins, the end summary and This hurts. */
export const breakWords = {
  get routineProgress() { return t('break.routineProgress'); },
  /** Under the routine's name when it has fewer holds, reps or rounds than it asks for, to fit the break. */
  shortened: (breakSeconds: number) => (breakSeconds >= 60 && breakSeconds % 60 === 0
    ? t('break.shortenedMinutes', { minutes: breakSeconds / 60 })
    : t('break.shortenedSeconds', { seconds: breakSeconds })),
  /** Under the routine's name, naming the exercises This hurts left out of it. */
  leftOut: (names: readonly string[]) => t('break.leftOut', { exercises: listing(names) }),
  exerciseCount: (exercise: number, of: number) => t('break.exerciseCount', { number: exercise, count: of }),
  /** The heading of a two-sided exercise, on the side being done. */
  exerciseOnSide: (name: string, side: Side) => t('break.exerciseOnSide', { name, side }),
  get timer() { return t('break.timer'); },
  get secondsLeftInPhase() { return t('break.secondsLeftInPhase'); },
  get secondsUntilClosing() { return t('break.secondsUntilClosing'); },
  /** Under the seconds before the window closes itself: counting down, or waiting while the user is at the window. */
  get toClose() { return t('break.toClose'); },
  get keptOpen() { return t('break.keptOpen'); },
  get paused() { return t('break.paused'); },
  pausedIn: (phase: string) => t('break.pausedIn', { phase }),
  get breakEnded() { return t('break.breakEnded'); },
  get controls() { return t('break.controls'); },
  get pause() { return t('break.pause'); },
  get resume() { return t('break.resume'); },
  get close() { return t('break.close'); },
  get back() { return t('break.back'); },
  backTo: (exercise: string) => t('break.backTo', { exercise }),
  get backToStart() { return t('break.backToStart'); },
  get skipExercise() { return t('break.skipExercise'); },
  get endBreak() { return t('break.endBreak'); },
  get thisHurts() { return t('break.thisHurts'); },
  get muteSounds() { return t('break.muteSounds'); },
  checkIn: {
    get notAtAll() { return t('break.checkIn.notAtAll'); },
    get very() { return t('break.checkIn.very'); },
    /** A rating's button, with the meaning of the scale's two ends. */
    rating: (rating: number) => t('break.checkIn.rating', { rating }),
    get skip() { return t('break.checkIn.skip'); },
    noted: (rating: number) => t('break.checkIn.noted', { rating }),
  },
  end: {
    get completed() { return t('break.end.completed'); },
    get ended() { return t('break.end.ended'); },
    /** What the posture cue came to, however it ended. */
    satTall: (length: string) => t('break.end.satTall', { length }),
    done: (exercisesDone: number, length: string) => t('break.end.done', { done: exercisesDone, length }),
    endedAfter: (length: string, exercisesDone: number, exercisesInRoutine: number) =>
      t('break.end.endedAfter', { length, done: exercisesDone, total: exercisesInRoutine }),
    next: (kind: BreakKind, sitting: string) => t('break.end.next', { kind, sitting }),
    get noneNext() { return t('break.end.noneNext'); },
    get closesByItself() { return t('break.end.closesByItself'); },
  },
  /** Shown after This hurts. */
  safety: {
    get title() { return t('break.safety.title'); },
    get stop() { return t('break.safety.stop'); },
    /** When not to wait, its first words set apart by `stress`. */
    urgent: <T>(stress: (words: string) => T) => [stress(t('break.safety.urgent.stressed')), t('break.safety.urgent.rest')] as const,
    careAdvice: CARE_ADVICE,
    /** After the guidance: the exercise that hurt is not offered again until the user says so. */
    leftOut: (exercise: string) => t('break.safety.leftOut', { exercise }),
  },
} as const;

export type BreakWords = typeof breakWords;
