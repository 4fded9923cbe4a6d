import type { Dosage } from '../exercises/types';
import { t } from '../i18n/speak';
import type { BreakKind } from '../kinds';
import { listFormat } from '../list-format';

const listing = listFormat({ type: 'unit', style: 'short' });

/** How many of a dose's units: "3 holds", "1 rep", "2 rounds". */
export const countOf = (kind: Dosage['kind'], n: number) => t('routines.countOf', { kind, count: n });

/**
 * The words of the user's own routines and exercises: why one is refused (the settings window and an import list
 * these, each naming what it is about), the line an own exercise shows in place of the articles' cautions, and the
 * posture cue a break too short for any routine runs.
 */
export const routinesWords = {
  /** An own exercise's caution: nobody has checked its dose or its steps. */
  get notChecked() { return t('routines.notChecked'); },
  postureCue: {
    get name() { return t('routines.postureCue.name'); },
    get steps() { return [t('routines.postureCue.steps.1'), t('routines.postureCue.steps.2'), t('routines.postureCue.steps.3')]; },
    get cue() { return t('routines.postureCue.cue'); },
  },
  problems: {
    exercise: (name: string, problem: string) => t('routines.problems.exercise', { name, problem }),
    routine: (name: string, problem: string) => t('routines.problems.routine', { name, problem }),
    sameId: (id: string) => t('routines.problems.sameId', { id }),
    libraryId: (id: string) => t('routines.problems.libraryId', { id }),
    unknownExercise: (id: string) => t('routines.problems.unknownExercise', { id }),
    twice: (name: string) => t('routines.problems.twice', { name }),
    overDose: (name: string, most: string) => t('routines.problems.overDose', { name, most }),
    tooLong: (minutes: number) => t('routines.problems.tooLong', { minutes }),
    tooMany: (most: number) => t('routines.problems.tooMany', { most }),
    tooManyOwn: (noun: 'routines' | 'exercises', most: number) => t('routines.problems.tooManyOwn', { what: noun, most }),
    unknownLeftOut: (id: string) => t('routines.problems.unknownLeftOut', { id }),
    pinned: (kind: BreakKind, id: string) => t('routines.problems.pinned', { setting: `routines.${kind}`, id, kind }),
    noRoutine: (id: string) => t('routines.problems.noRoutine', { id }),
    usedBy: (exercise: string, routines: readonly string[]) =>
      t('routines.problems.usedBy', { exercise, routines: listing(routines.map((name) => t('routines.problems.usedByRoutine', { name }))) }),
  },
  file: {
    notJson: (reason: string) => t('routines.file.notJson', { reason }),
    tooBig: (most: number) => t('routines.file.tooBig', { most }),
    get notRoutineFile() { return t('routines.file.notRoutineFile', { field: 'format', format: 'limber-routine' }); },
    version: (version: string, current: number) => t('routines.file.version', { version, current }),
    newerVersion: (version: string, current: number) => t('routines.file.newerVersion', { version, current }),
  },
};
