import { durationsWords } from '../durations';
import type { BreakKind } from '../../kinds';
import { breakKindsWords } from '../break-kinds';
import { countOf as counted } from '../routines';

const KIND_TITLE: Record<BreakKind, string> = { micro: 'Micro', long: 'Long' };
type CountKind = Parameters<typeof counted>[0];
/** `30-second micro breaks`, `5-minute long breaks`. */
const breaksOf = (kind: BreakKind, seconds: number) =>
  (kind === 'micro' ? `${seconds}-second micro breaks` : `${Math.round(seconds / 60)}-minute long breaks`);

/** The settings window's Routines section: the user's own routines, their editor, and sharing them as files. */
export const routineSettingsWords = {
  yours: 'Your routines',
  none: 'You have no routines of your own yet. Make one, or start from a copy of one of Limber’s.',
  kinds: (kinds: readonly BreakKind[]) => kinds.map((kind) => breakKindsWords.title(kind)).join(', '),
  /** A routine's length: `45 s`, `2 min 30 s`. */
  length: durationsWords.minutesAndSeconds,
  actionsFor: (name: string) => `Actions for “${name}”`,
  edit: 'Edit',
  moveUp: 'Move up',
  moveDown: 'Move down',
  duplicate: 'Duplicate',
  tryNow: 'Try it now',
  export: 'Export…',
  delete: 'Delete',
  deleteQuestion: (name: string) => `Delete “${name}”?`,
  keep: 'Keep',
  deleted: (name: string) => `Deleted “${name}”.`,
  notSaved: 'Not saved. Please fix these:',
  newRoutine: 'New routine',
  builtIn: 'Start from a copy of Limber’s',
  duplicateBuiltIn: 'Copy as yours',
  copyName: (name: string) => `${name} (copy)`,
  importRoutine: 'Import a routine…',
  fileToImport: 'Routine file to import',
  fileTooLarge: (file: string, kilobytes: number) => `${file} is larger than a routine file can be (${kilobytes} KB)`,
  imported: (name: string, file: string) => `Added “${name}” from ${file}.`,
  notImported: 'Nothing was imported. The file has these problems:',
  editor: {
    newTitle: 'New routine',
    editTitle: (name: string) => `Edit “${name}”`,
    name: 'Name',
    kinds: 'For which breaks',
    kind: KIND_TITLE,
    noKind: 'Choose at least one kind of break.',
    noName: 'Give the routine a name.',
    noExercise: 'Add at least one exercise.',
    exercises: 'Exercises, in the order they run',
    noExercisesYet: 'No exercises yet: pick one below and press Add.',
    exerciseToAdd: 'Exercise to add',
    add: 'Add',
    ownMark: (name: string) => `${name} (yours)`,
    leftOut: 'left out after This hurts: its breaks skip it',
    countLabel: (name: string) => `How many for ${name}`,
    /** What the count field's unit reads, and its limit: `of 10 holds`. */
    ofAtMost: (kind: CountKind, most: number) => `of ${counted(kind, most)}`,
    countHint: (kind: CountKind, most: number) => `From 1 to ${counted(kind, most)}, the full dose.`,
    countEmpty: (kind: CountKind, most: number) => `This is empty: enter from 1 to ${counted(kind, most)}.`,
    countNotWhole: (typed: string, kind: CountKind, most: number) => `“${typed}” is not a whole number: enter from 1 to ${counted(kind, most)}.`,
    countTooLow: (typed: string, kind: CountKind, most: number) => `${typed} is too few: enter from 1 to ${counted(kind, most)}.`,
    countTooHigh: (typed: string, kind: CountKind, most: number) =>
      `${typed} is more than the full dose: at most ${counted(kind, most)}.`,
    moveUp: (name: string) => `Move ${name} up`,
    moveDown: (name: string) => `Move ${name} down`,
    remove: (name: string) => `Remove ${name}`,
    length: (length: string) => `Length: ${length}`,
    shortened: (kind: BreakKind, seconds: number) =>
      `Longer than your ${breaksOf(kind, seconds)}: Limber will shorten it, by fewer holds, reps or rounds.`,
    wontFit: (kind: BreakKind, seconds: number) =>
      `Even one of each exercise is longer than your ${breaksOf(kind, seconds)}: it won’t fit, so Limber offers another routine then.`,
    save: 'Save routine',
    cancel: 'Cancel',
    saved: (name: string) => `Saved “${name}”.`,
  },
} as const;

export type RoutineSettingsWords = typeof routineSettingsWords;
