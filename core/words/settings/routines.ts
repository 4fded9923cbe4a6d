import { durationsWords } from '../durations';
import { t } from '../../i18n/speak';
import type { BreakKind } from '../../kinds';
import { breakKindsWords } from '../break-kinds';
import type { countOf } from '../routines';

type CountKind = Parameters<typeof countOf>[0];
/** The values that word breaks by their length: `30-second micro breaks`, `5-minute long breaks`. */
const breaksOf = (kind: BreakKind, seconds: number) => ({ kind, seconds, minutes: Math.round(seconds / 60) });

/** The settings window's Routines section: the user's own routines, their editor, and sharing them as files. */
export const routineSettingsWords = {
  get yours() { return t('settingsRoutines.yours'); },
  get none() { return t('settingsRoutines.none'); },
  kinds: (kinds: readonly BreakKind[]) => kinds.map((kind) => breakKindsWords.title(kind)).join(', '),
  /** A routine's length: `45 s`, `2 min 30 s`. */
  length: durationsWords.minutesAndSeconds,
  actionsFor: (name: string) => t('settingsRoutines.actionsFor', { name }),
  get edit() { return t('settingsRoutines.edit'); },
  get moveUp() { return t('settingsRoutines.moveUp'); },
  get moveDown() { return t('settingsRoutines.moveDown'); },
  get duplicate() { return t('settingsRoutines.duplicate'); },
  get tryNow() { return t('settingsRoutines.tryNow'); },
  get export() { return t('settingsRoutines.export'); },
  get delete() { return t('settingsRoutines.delete'); },
  deleteQuestion: (name: string) => t('settingsRoutines.deleteQuestion', { name }),
  get keep() { return t('settingsRoutines.keep'); },
  deleted: (name: string) => t('settingsRoutines.deleted', { name }),
  get notSaved() { return t('settingsRoutines.notSaved'); },
  get newRoutine() { return t('settingsRoutines.newRoutine'); },
  get builtIn() { return t('settingsRoutines.builtIn'); },
  get duplicateBuiltIn() { return t('settingsRoutines.duplicateBuiltIn'); },
  copyName: (name: string) => t('settingsRoutines.copyName', { name }),
  get importRoutine() { return t('settingsRoutines.importRoutine'); },
  get fileToImport() { return t('settingsRoutines.fileToImport'); },
  fileTooLarge: (file: string, kilobytes: number) => t('settingsRoutines.fileTooLarge', { file, kilobytes }),
  imported: (name: string, file: string) => t('settingsRoutines.imported', { name, file }),
  get notImported() { return t('settingsRoutines.notImported'); },
  editor: {
    get newTitle() { return t('settingsRoutines.editor.newTitle'); },
    editTitle: (name: string) => t('settingsRoutines.editor.editTitle', { name }),
    get name() { return t('settingsRoutines.editor.name'); },
    get kinds() { return t('settingsRoutines.editor.kinds'); },
    kind: {
      get micro() { return t('settingsRoutines.editor.kind.micro'); },
      get long() { return t('settingsRoutines.editor.kind.long'); },
    } satisfies Record<BreakKind, string>,
    get noKind() { return t('settingsRoutines.editor.noKind'); },
    get noName() { return t('settingsRoutines.editor.noName'); },
    get noExercise() { return t('settingsRoutines.editor.noExercise'); },
    get exercises() { return t('settingsRoutines.editor.exercises'); },
    get noExercisesYet() { return t('settingsRoutines.editor.noExercisesYet'); },
    get exerciseToAdd() { return t('settingsRoutines.editor.exerciseToAdd'); },
    get add() { return t('settingsRoutines.editor.add'); },
    ownMark: (name: string) => t('settingsRoutines.editor.ownMark', { name }),
    get leftOut() { return t('settingsRoutines.editor.leftOut'); },
    countLabel: (name: string) => t('settingsRoutines.editor.countLabel', { name }),
    /** What the count field's unit reads, and its limit: `of 10 holds`. */
    ofAtMost: (kind: CountKind, most: number) => t('settingsRoutines.editor.ofAtMost', { kind, most }),
    countHint: (kind: CountKind, most: number) => t('settingsRoutines.editor.countHint', { kind, most }),
    countEmpty: (kind: CountKind, most: number) => t('settingsRoutines.editor.countEmpty', { kind, most }),
    countNotWhole: (typed: string, kind: CountKind, most: number) => t('settingsRoutines.editor.countNotWhole', { typed, kind, most }),
    countTooLow: (typed: string, kind: CountKind, most: number) => t('settingsRoutines.editor.countTooLow', { typed, kind, most }),
    countTooHigh: (typed: string, kind: CountKind, most: number) => t('settingsRoutines.editor.countTooHigh', { typed, kind, most }),
    moveUp: (name: string) => t('settingsRoutines.editor.moveUp', { name }),
    moveDown: (name: string) => t('settingsRoutines.editor.moveDown', { name }),
    remove: (name: string) => t('settingsRoutines.editor.remove', { name }),
    length: (length: string) => t('settingsRoutines.editor.length', { length }),
    shortened: (kind: BreakKind, seconds: number) => t('settingsRoutines.editor.shortened', breaksOf(kind, seconds)),
    wontFit: (kind: BreakKind, seconds: number) => t('settingsRoutines.editor.wontFit', breaksOf(kind, seconds)),
    get save() { return t('settingsRoutines.editor.save'); },
    get cancel() { return t('settingsRoutines.editor.cancel'); },
    saved: (name: string) => t('settingsRoutines.editor.saved', { name }),
  },
} as const;

export type RoutineSettingsWords = typeof routineSettingsWords;
