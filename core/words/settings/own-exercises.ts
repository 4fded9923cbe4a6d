import { durationsWords } from '../durations';
import type { BodyArea, Posture } from '../../exercises/types';
import { speakingLocale, t } from '../../i18n/speak';
import { routinesWords } from '../routines';

type DoseKind = 'hold' | 'reps' | 'timed';
type DoseField = 'holds' | 'holdSeconds' | 'restSeconds' | 'reps' | 'secondsPerRep' | 'sets' | 'workSeconds';

/** `3 December`, or `3 December 2026`: made on first use, and again when the language changes. */
let dates: { locale: string; thisYear: Intl.DateTimeFormat; withYear: Intl.DateTimeFormat } | undefined;
const dateOf = (ms: number, withYear: boolean) => {
  const locale = speakingLocale();
  if (dates?.locale !== locale) {
    dates = {
      locale,
      thisYear: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }),
      withYear: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
    };
  }
  return (withYear ? dates.withYear : dates.thisYear).format(ms);
};

/** "45 s", "2 min", "1 min 20 s". */
const lengthText = (seconds: number) => durationsWords.minutesAndSeconds(seconds);

/** The settings' own exercises (made, edited, deleted) and the exercises This hurts has left out. */
export const ownExerciseWords = {
  get title() { return t('settingsOwnExercises.title'); },
  get intro() { return t('settingsOwnExercises.intro'); },
  get notChecked() { return t('settingsOwnExercises.notChecked'); },
  get none() { return t('settingsOwnExercises.none'); },
  get newExercise() { return t('settingsOwnExercises.newExercise'); },
  get edit() { return t('settingsOwnExercises.edit'); },
  editLabel: (name: string) => t('settingsOwnExercises.editLabel', { name }),
  get delete() { return t('settingsOwnExercises.delete'); },
  deleteLabel: (name: string) => t('settingsOwnExercises.deleteLabel', { name }),
  deleteQuestion: (name: string) => t('settingsOwnExercises.deleteQuestion', { name }),
  get cancel() { return t('settingsOwnExercises.cancel'); },
  inUse: (name: string, routines: readonly string[]) => t('settingsOwnExercises.inUse', { usedBy: routinesWords.problems.usedBy(name, routines) }),
  deleted: (name: string) => t('settingsOwnExercises.deleted', { name }),
  saved: (name: string) => t('settingsOwnExercises.saved', { name }),
  get notSaved() { return t('settingsOwnExercises.notSaved'); },
  /** One line of the list: posture, dose and length. */
  summary: (posture: Posture, dose: string, length: number) => t('settingsOwnExercises.summary', { posture, dose, length: lengthText(length) }),
  dose: (kind: DoseKind, count: number, seconds: number, sides: 1 | 2) =>
    t(sides === 2 ? 'settingsOwnExercises.doseEachSide' : 'settingsOwnExercises.dose', { kind, count, seconds }),
  editor: {
    get newTitle() { return t('settingsOwnExercises.editor.newTitle'); },
    editTitle: (name: string) => t('settingsOwnExercises.editor.editTitle', { name }),
    get name() { return t('settingsOwnExercises.editor.name'); },
    nameHint: (most: number) => t('settingsOwnExercises.editor.nameHint', { most }),
    get nameEmpty() { return t('settingsOwnExercises.editor.nameEmpty'); },
    nameTooLong: (most: number, count: number) => t('settingsOwnExercises.editor.nameTooLong', { most, count }),
    get posture() { return t('settingsOwnExercises.editor.posture'); },
    get area() { return t('settingsOwnExercises.editor.area'); },
    get steps() { return t('settingsOwnExercises.editor.steps'); },
    stepsHint: (lines: number, chars: number) => t('settingsOwnExercises.editor.stepsHint', { lines, chars }),
    get stepsEmpty() { return t('settingsOwnExercises.editor.stepsEmpty'); },
    tooManySteps: (most: number, count: number) => t('settingsOwnExercises.editor.tooManySteps', { most, count }),
    stepTooLong: (line: number, most: number, count: number) => t('settingsOwnExercises.editor.stepTooLong', { line, most, count }),
    get doseShape() { return t('settingsOwnExercises.editor.doseShape'); },
    get sides() { return t('settingsOwnExercises.editor.sides'); },
    length: (seconds: number) => t('settingsOwnExercises.editor.length', { length: lengthText(seconds) }),
    get lengthUnknown() { return t('settingsOwnExercises.editor.lengthUnknown'); },
    get save() { return t('settingsOwnExercises.editor.save'); },
  },
  postures: {
    get seated() { return t('settingsOwnExercises.postures.seated'); },
    get standing() { return t('settingsOwnExercises.postures.standing'); },
  } satisfies Record<Posture, string>,
  areas: {
    get neck() { return t('settingsOwnExercises.areas.neck'); },
    get shoulders() { return t('settingsOwnExercises.areas.shoulders'); },
    get 'lower-back'() { return t('settingsOwnExercises.areas.lowerBack'); },
    get hips() { return t('settingsOwnExercises.areas.hips'); },
    get core() { return t('settingsOwnExercises.areas.core'); },
    get 'whole-body'() { return t('settingsOwnExercises.areas.wholeBody'); },
  } satisfies Record<BodyArea, string>,
  kinds: {
    get hold() { return t('settingsOwnExercises.kinds.hold'); },
    get reps() { return t('settingsOwnExercises.kinds.reps'); },
    get timed() { return t('settingsOwnExercises.kinds.timed'); },
  } satisfies Record<DoseKind, string>,
  sideChoices: {
    get 1() { return t('settingsOwnExercises.sideChoices.1'); },
    get 2() { return t('settingsOwnExercises.sideChoices.2'); },
  },
  /** A dose field's label, by the dose's shape: a timed dose's sets are rounds. */
  fieldLabel: (kind: DoseKind, field: DoseField) => t('settingsOwnExercises.fieldLabel', { kind, field }),
  leftOut: {
    get title() { return t('settingsOwnExercises.leftOut.title'); },
    get none() { return t('settingsOwnExercises.leftOut.none'); },
    get about() { return t('settingsOwnExercises.leftOut.about'); },
    /** When it was left out: this year's date without the year. */
    since: (ms: number, now: number) =>
      t('settingsOwnExercises.leftOut.since', { date: dateOf(ms, new Date(ms).getFullYear() !== new Date(now).getFullYear()) }),
    unknown: (id: string) => t('settingsOwnExercises.leftOut.unknown', { id }),
    get bringBack() { return t('settingsOwnExercises.leftOut.bringBack'); },
    bringBackLabel: (name: string) => t('settingsOwnExercises.leftOut.bringBackLabel', { name }),
    broughtBack: (name: string) => t('settingsOwnExercises.leftOut.broughtBack', { name }),
  },
} as const;

export type OwnExerciseWords = typeof ownExerciseWords;
