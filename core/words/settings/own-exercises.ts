import { durationsWords } from '../durations';
import type { BodyArea, Posture } from '../../exercises/types';
import { countOf, routinesWords } from '../routines';

type DoseKind = 'hold' | 'reps' | 'timed';
type DoseField = 'holds' | 'holdSeconds' | 'restSeconds' | 'reps' | 'secondsPerRep' | 'sets' | 'workSeconds';

const since = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });
const sinceWithYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "45 s", "2 min", "1 min 20 s". */
const lengthText = durationsWords.minutesAndSeconds;

/** The settings' own exercises (made, edited, deleted) and the exercises This hurts has left out. */
export const ownExerciseWords = {
  title: 'Your exercises',
  intro: 'Describe an exercise of your own to use in your routines. Each shows in a break like Limber’s, with the safety line and This hurts.',
  notChecked: 'Limber has not checked the exercises you write. It only keeps their dose within the general limits the articles give, such as a stretch held for 20 to 30 seconds, 2 to 5 times.',
  none: 'You have not written an exercise yet.',
  newExercise: 'New exercise',
  edit: 'Edit',
  editLabel: (name: string) => `Edit ${name}`,
  delete: 'Delete',
  deleteLabel: (name: string) => `Delete ${name}`,
  deleteQuestion: (name: string) => `Delete “${name}”? This can’t be undone.`,
  cancel: 'Cancel',
  inUse: (name: string, routines: readonly string[]) =>
    `Not deleted: ${routinesWords.problems.usedBy(name, routines)}. Take it out of those routines first.`,
  deleted: (name: string) => `Deleted “${name}”.`,
  saved: (name: string) => `Saved “${name}”.`,
  notSaved: 'Not saved. Limber found these problems:',
  /** One line of the list: posture, dose and length. */
  summary: (posture: Posture, dose: string, length: number) => `${ownExerciseWords.postures[posture]} · ${dose} · ${lengthText(length)}`,
  dose: (kind: DoseKind, count: number, seconds: number, sides: 1 | 2) =>
    `${countOf(kind, count)} of ${seconds} s${sides === 2 ? ', each side' : ''}`,
  editor: {
    newTitle: 'New exercise',
    editTitle: (name: string) => `Edit “${name}”`,
    name: 'Name',
    nameHint: (most: number) => `Up to ${most} characters.`,
    nameEmpty: 'Give the exercise a name.',
    nameTooLong: (most: number, count: number) => `The name has ${count} characters; keep it to ${most}.`,
    posture: 'Position',
    area: 'Works most',
    steps: 'Steps',
    stepsHint: (lines: number, chars: number) => `One step a line, up to ${lines} lines of ${chars} characters each.`,
    stepsEmpty: 'Write at least one step.',
    tooManySteps: (most: number, count: number) => `There are ${count} steps; keep it to ${most}.`,
    stepTooLong: (line: number, most: number, count: number) => `Step ${line} has ${count} characters; keep each step to ${most}.`,
    doseShape: 'How it is done',
    sides: 'Sides',
    length: (seconds: number) => `Takes ${lengthText(seconds)} as a break runs it.`,
    lengthUnknown: 'Its length shows once every field holds a value Limber can use.',
    save: 'Save exercise',
  },
  postures: { seated: 'Seated', standing: 'Standing beside the desk' } satisfies Record<Posture, string>,
  areas: {
    neck: 'Neck', shoulders: 'Shoulders', 'lower-back': 'Lower back', hips: 'Hips', core: 'Core', 'whole-body': 'Whole body',
  } satisfies Record<BodyArea, string>,
  kinds: { hold: 'Holds', reps: 'Repetitions', timed: 'Timed rounds' } satisfies Record<DoseKind, string>,
  sideChoices: { 1: 'One side, or both at once', 2: 'Each side in turn, right first' },
  /** A dose field's label, by the dose's shape: a timed dose's sets are rounds. */
  fieldLabel: (kind: DoseKind, field: DoseField) => (kind === 'timed' && field === 'sets' ? 'Rounds' : {
    holds: 'Holds', holdSeconds: 'Each hold', restSeconds: 'Rest between', reps: 'Repetitions',
    secondsPerRep: 'Each repetition', sets: 'Sets', workSeconds: 'Each round',
  }[field]),
  leftOut: {
    title: 'Left out after This hurts',
    none: 'Nothing is left out. When you press This hurts during an exercise, Limber leaves that exercise out of every routine until you bring it back here.',
    about: 'Limber leaves these out of every routine. Bring one back when it no longer hurts.',
    /** When it was left out: this year's date without the year. */
    since: (ms: number, now: number) =>
      `since ${(new Date(ms).getFullYear() === new Date(now).getFullYear() ? since : sinceWithYear).format(ms)}`,
    unknown: (id: string) => `An exercise Limber no longer has (${id})`,
    bringBack: 'Bring back',
    bringBackLabel: (name: string) => `Bring back ${name}`,
    broughtBack: (name: string) => `${name} is back in your routines.`,
  },
} as const;

export type OwnExerciseWords = typeof ownExerciseWords;
