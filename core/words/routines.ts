import type { BreakKind } from '../kinds';
import { listFormat } from '../list-format';

const listing = listFormat({ type: 'unit', style: 'short' });
const NOUN = { hold: ['hold', 'holds'], reps: ['rep', 'reps'], timed: ['round', 'rounds'] } as const;

/** How many of a dose's units: "3 holds", "1 rep", "2 rounds". */
export const countOf = (kind: keyof typeof NOUN, n: number) => `${n} ${NOUN[kind][n === 1 ? 0 : 1]}`;

/**
 * The words of the user's own routines and exercises: why one is refused (the settings window and an import list
 * these, each naming what it is about), the line an own exercise shows in place of the articles' cautions, and the
 * posture cue a break too short for any routine runs.
 */
export const routinesWords = {
  /** An own exercise's caution: nobody has checked its dose or its steps. */
  notChecked: 'Limber has not checked this exercise: go gently, and stop if anything hurts.',
  postureCue: {
    name: 'Sit tall',
    steps: [
      'Slide your hips to the back of the seat and let your shoulders drop.',
      'Rest both feet flat on the floor.',
      'Breathe slowly while the timer runs.',
    ],
    cue: 'Too short a break for a routine: a moment of good posture instead.',
  },
  problems: {
    exercise: (name: string, problem: string) => `Exercise “${name}”: ${problem}`,
    routine: (name: string, problem: string) => `Routine “${name}”: ${problem}`,
    sameId: (id: string) => `more than one has the id “${id}”`,
    libraryId: (id: string) => `the id “${id}” is taken by Limber’s library`,
    unknownExercise: (id: string) => `no exercise “${id}” in Limber’s library or your own`,
    twice: (name: string) => `has ${name} more than once`,
    overDose: (name: string, most: string) => `${name} can have at most ${most}, the full dose`,
    tooLong: (minutes: number) => `takes longer than ${minutes} minutes`,
    tooMany: (most: number) => `can hold at most ${most} exercises`,
    tooManyOwn: (noun: 'routines' | 'exercises', most: number) => `you can keep at most ${most} own ${noun}`,
    unknownLeftOut: (id: string) => `“${id}” is left out, but no such exercise exists`,
    pinned: (kind: BreakKind, id: string) => `routines.${kind} names “${id}”, which is not a ${kind}-break routine`,
    noRoutine: (id: string) => `no routine called “${id}”`,
    usedBy: (exercise: string, routines: readonly string[]) => `“${exercise}” is used by ${listing(routines.map((name) => `“${name}”`))}`,
  },
  file: {
    notJson: (reason: string) => `the file is not JSON (${reason})`,
    tooBig: (most: number) => `the file is larger than a routine file can be (${most} characters)`,
    notRoutineFile: 'the file is not a Limber routine file (its "format" is not "limber-routine")',
    version: (version: string, current: number) => `the file is version ${version}; this Limber reads version ${current}`,
    newerVersion: (version: string, current: number) => `routines version ${version} comes from a newer Limber; this one reads up to version ${current}`,
  },
};
