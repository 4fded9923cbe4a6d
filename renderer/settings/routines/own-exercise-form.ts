import { doseCount, exercisesSeconds } from '../../../core/exercises/library';
import { asExercise, OWN_DOSE_LIMITS, OWN_LIMITS, type OwnContent, type OwnExerciseRecord } from '../../../core/exercises/own';
import type { BodyArea, Dosage, Posture } from '../../../core/exercises/types';
import { routinesWords } from '../../../core/words/routines';
import type { Unit } from '../../../core/words/settings/fields';
import { ownExerciseWords } from '../../../core/words/settings/own-exercises';
import { checkWhole } from '../validate';

const words = ownExerciseWords.editor;

/** The number fields of each dose shape, in the order the editor shows them. */
export const DOSE_FIELDS = {
  hold: ['holds', 'holdSeconds', 'restSeconds'],
  reps: ['reps', 'secondsPerRep', 'sets', 'restSeconds'],
  timed: ['sets', 'workSeconds', 'restSeconds'],
} as const;
export type DoseKind = keyof typeof DOSE_FIELDS;
export type DoseField = (typeof DOSE_FIELDS)[DoseKind][number];
export const DOSE_KINDS = Object.keys(DOSE_FIELDS) as DoseKind[];
export const POSTURES: readonly Posture[] = ['seated', 'standing'];
export const AREAS: readonly BodyArea[] = ['neck', 'shoulders', 'lower-back', 'hips', 'core', 'whole-body'];

const UNITS: Record<DoseField, Unit> = {
  holds: 'times', reps: 'times', sets: 'times', holdSeconds: 'seconds', secondsPerRep: 'seconds', workSeconds: 'seconds', restSeconds: 'seconds',
};
export const unitOf = (field: DoseField): Unit => UNITS[field];
export const rangeOf = (kind: DoseKind, field: DoseField): readonly [number, number] =>
  (OWN_DOSE_LIMITS[kind] as Record<DoseField, readonly [number, number]>)[field];

/** The editor's fields as typed: numbers stay text until they are checked, and every shape keeps its numbers. */
export interface OwnExerciseForm {
  name: string;
  posture: Posture;
  area: BodyArea;
  steps: string;
  kind: DoseKind;
  numbers: Record<DoseField, string>;
  sides: 1 | 2;
}
export type FormField = 'name' | 'steps' | DoseField;

export const NEW_FORM: OwnExerciseForm = {
  name: '', posture: 'seated', area: 'neck', steps: '', kind: 'hold', sides: 1,
  numbers: { holds: '3', holdSeconds: '20', restSeconds: '10', reps: '8', secondsPerRep: '3', sets: '1', workSeconds: '30' },
};

/** A saved exercise back in the editor's fields. */
export function formOf(record: OwnExerciseRecord): OwnExerciseForm {
  const { kind, sides, ...numbers } = record.dosage;
  const typed = Object.fromEntries(Object.entries(numbers).map(([field, value]) => [field, String(value)]));
  return {
    name: record.name, posture: record.posture, area: record.areas[0] ?? NEW_FORM.area, steps: record.steps.join('\n'),
    kind, sides, numbers: { ...NEW_FORM.numbers, ...typed },
  };
}

const stepLines = (steps: string) => steps.split('\n').map((line) => line.trim()).filter((line) => line !== '');

function stepsProblem(steps: string): string | undefined {
  const lines = stepLines(steps);
  if (lines.length === 0) return words.stepsEmpty;
  if (lines.length > OWN_LIMITS.steps) return words.tooManySteps(OWN_LIMITS.steps, lines.length);
  const long = lines.findIndex((line) => line.length > OWN_LIMITS.stepChars);
  return long < 0 ? undefined : words.stepTooLong(long + 1, OWN_LIMITS.stepChars, lines[long]?.length ?? 0);
}

function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return words.nameEmpty;
  return trimmed.length > OWN_LIMITS.nameChars ? words.nameTooLong(OWN_LIMITS.nameChars, trimmed.length) : undefined;
}

/** What is wrong with each field, for the fields the form's dose shape shows; none means it can be saved. */
export function formProblems(form: OwnExerciseForm): Partial<Record<FormField, string>> {
  const problems: [FormField, string | undefined][] = [['name', nameProblem(form.name)], ['steps', stepsProblem(form.steps)]];
  for (const field of DOSE_FIELDS[form.kind]) {
    const check = checkWhole(form.numbers[field], unitOf(field), ...rangeOf(form.kind, field));
    if (!check.ok) problems.push([field, check.message]);
  }
  return Object.fromEntries(problems.filter(([, problem]) => problem !== undefined));
}

function dosageOf(form: OwnExerciseForm): Dosage {
  const number = (field: DoseField) => Number(form.numbers[field].trim());
  const { sides } = form;
  const restSeconds = number('restSeconds');
  if (form.kind === 'hold') return { kind: 'hold', holds: number('holds'), holdSeconds: number('holdSeconds'), restSeconds, sides };
  if (form.kind === 'reps') return { kind: 'reps', reps: number('reps'), secondsPerRep: number('secondsPerRep'), sets: number('sets'), restSeconds, sides };
  return { kind: 'timed', sets: number('sets'), workSeconds: number('workSeconds'), restSeconds, sides };
}

/** The exercise the form describes, under `id`, or null while a field is refused. */
export function recordOf(form: OwnExerciseForm, id: string): OwnExerciseRecord | null {
  if (Object.keys(formProblems(form)).length > 0) return null;
  const dosage = dosageOf(form);
  return {
    id, own: true, name: form.name.trim(), posture: form.posture, areas: [form.area], steps: stepLines(form.steps), dosage,
    ...(dosage.sides === 2 ? { firstSide: 'right' as const } : {}),
  };
}

/** How long the player takes over an exercise. */
export const recordSeconds = (record: OwnExerciseRecord) => exercisesSeconds([asExercise(record, routinesWords.notChecked)]);

/** The names of the own routines that use an exercise. */
export const routinesUsing = (own: OwnContent, exerciseId: string): string[] =>
  own.routines.filter((routine) => routine.exerciseIds.includes(exerciseId)).map((routine) => routine.name);

/** One line about an exercise: posture, dose and length. */
export function summaryOf(record: OwnExerciseRecord): string {
  const { dosage } = record;
  const seconds = dosage.kind === 'hold' ? dosage.holdSeconds : dosage.kind === 'reps' ? dosage.secondsPerRep : dosage.workSeconds;
  const dose = ownExerciseWords.dose(dosage.kind, doseCount(dosage), seconds, dosage.sides);
  return ownExerciseWords.summary(record.posture, dose, recordSeconds(record));
}
