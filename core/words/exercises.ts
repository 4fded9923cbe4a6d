import type { Side } from '../exercises/types';
import { t } from '../i18n/speak';

/** What the user reads of one exercise: a two-sided exercise's steps are read for the side being done. */
export interface ExerciseWords {
  name: string;
  steps: readonly string[] | ((side: Side) => readonly string[]);
  /** Short reminders shown during the exercise (breathing, form). */
  cues: readonly string[];
  cautions: readonly string[];
}

// Cautions several exercises share (general rules of article 004 and the red flags of 000 and 002).
const neverIntoPain = () => t('exercises.sharedCautions.neverIntoPain');
const noBouncing = () => t('exercises.sharedCautions.noBouncing');
const seeADoctor = () => t('exercises.sharedCautions.seeADoctor');
const neckSafety = () => t('exercises.sharedCautions.neckSafety');
const steadySupport = () => t('exercises.sharedCautions.steadySupport');

/**
 * The exercises' and routines' words, by id; the library (core/exercises/library.ts) joins them with the doses.
 * Facts come from the reference articles; every sentence is Limber's own wording.
 */
export const exercisesWords = {
  exercises: {
    'abdominal-bracing': {
      get name() { return t('exercises.abdominal-bracing.name'); },
      get steps() {
        return [
          t('exercises.abdominal-bracing.steps.1'),
          t('exercises.abdominal-bracing.steps.2'),
          t('exercises.abdominal-bracing.steps.3'),
          t('exercises.abdominal-bracing.steps.4'),
        ];
      },
      get cues() {
        return [
          t('exercises.abdominal-bracing.cues.1'),
          t('exercises.abdominal-bracing.cues.2'),
          t('exercises.abdominal-bracing.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), seeADoctor()]; },
    },
    'posture-reset-brace': {
      get name() { return t('exercises.posture-reset-brace.name'); },
      get steps() {
        return [
          t('exercises.posture-reset-brace.steps.1'),
          t('exercises.posture-reset-brace.steps.2'),
          t('exercises.posture-reset-brace.steps.3'),
          t('exercises.posture-reset-brace.steps.4'),
        ];
      },
      get cues() {
        return [t('exercises.posture-reset-brace.cues.1'), t('exercises.posture-reset-brace.cues.2')];
      },
      get cautions() { return [neverIntoPain()]; },
    },
    'seated-march': {
      get name() { return t('exercises.seated-march.name'); },
      get steps() {
        return [
          t('exercises.seated-march.steps.1'),
          t('exercises.seated-march.steps.2'),
          t('exercises.seated-march.steps.3'),
          t('exercises.seated-march.steps.4'),
        ];
      },
      get cues() {
        return [t('exercises.seated-march.cues.1'), t('exercises.seated-march.cues.2'), t('exercises.seated-march.cues.3')];
      },
      get cautions() { return [neverIntoPain(), seeADoctor()]; },
    },
    'seated-rotation': {
      get name() { return t('exercises.seated-rotation.name'); },
      steps: (side: Side) => [
        t('exercises.seated-rotation.steps.1'),
        t('exercises.seated-rotation.steps.2', { side }),
        t('exercises.seated-rotation.steps.3'),
        t('exercises.seated-rotation.steps.4', { side }),
        t('exercises.seated-rotation.steps.5'),
      ],
      get cues() {
        return [
          t('exercises.seated-rotation.cues.1'),
          t('exercises.seated-rotation.cues.2'),
          t('exercises.seated-rotation.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), noBouncing(), t('exercises.seated-rotation.cautions.3')]; },
    },
    'seated-knee-tuck': {
      get name() { return t('exercises.seated-knee-tuck.name'); },
      get steps() {
        return [
          t('exercises.seated-knee-tuck.steps.1'),
          t('exercises.seated-knee-tuck.steps.2'),
          t('exercises.seated-knee-tuck.steps.3'),
          t('exercises.seated-knee-tuck.steps.4'),
        ];
      },
      get cues() {
        return [
          t('exercises.seated-knee-tuck.cues.1'),
          t('exercises.seated-knee-tuck.cues.2'),
          t('exercises.seated-knee-tuck.cues.3'),
        ];
      },
      get cautions() { return [t('exercises.seated-knee-tuck.cautions.1'), t('exercises.seated-knee-tuck.cautions.2'), seeADoctor()]; },
    },
    'seated-forward-curl': {
      get name() { return t('exercises.seated-forward-curl.name'); },
      get steps() {
        return [
          t('exercises.seated-forward-curl.steps.1'),
          t('exercises.seated-forward-curl.steps.2'),
          t('exercises.seated-forward-curl.steps.3'),
          t('exercises.seated-forward-curl.steps.4'),
        ];
      },
      get cues() {
        return [t('exercises.seated-forward-curl.cues.1'), t('exercises.seated-forward-curl.cues.2')];
      },
      get cautions() { return [
        neverIntoPain(),
        noBouncing(),
        t('exercises.seated-forward-curl.cautions.3'),
        t('exercises.seated-forward-curl.cautions.4'),
      ]; },
    },
    'neck-flexion': {
      get name() { return t('exercises.neck-flexion.name'); },
      get steps() {
        return [
          t('exercises.neck-flexion.steps.1'),
          t('exercises.neck-flexion.steps.2'),
          t('exercises.neck-flexion.steps.3'),
          t('exercises.neck-flexion.steps.4'),
        ];
      },
      get cues() {
        return [t('exercises.neck-flexion.cues.1'), t('exercises.neck-flexion.cues.2')];
      },
      get cautions() { return [neckSafety(), neverIntoPain()]; },
    },
    'neck-side-bend': {
      get name() { return t('exercises.neck-side-bend.name'); },
      steps: (side: Side) => [
        t('exercises.neck-side-bend.steps.1'),
        t('exercises.neck-side-bend.steps.2', { side }),
        t('exercises.neck-side-bend.steps.3'),
        t('exercises.neck-side-bend.steps.4'),
      ],
      get cues() {
        return [t('exercises.neck-side-bend.cues.1'), t('exercises.neck-side-bend.cues.2')];
      },
      get cautions() { return [neckSafety(), neverIntoPain()]; },
    },
    'levator-scapula': {
      get name() { return t('exercises.levator-scapula.name'); },
      steps: (side: Side) => [
        t('exercises.levator-scapula.steps.1', { side }),
        t('exercises.levator-scapula.steps.2', { side }),
        t('exercises.levator-scapula.steps.3'),
        t('exercises.levator-scapula.steps.4'),
        t('exercises.levator-scapula.steps.5'),
      ],
      get cues() {
        return [t('exercises.levator-scapula.cues.1'), t('exercises.levator-scapula.cues.2')];
      },
      get cautions() { return [neckSafety(), neverIntoPain(), t('exercises.levator-scapula.cautions.3')]; },
    },
    'muscle-relaxation': {
      get name() { return t('exercises.muscle-relaxation.name'); },
      get steps() {
        return [
          t('exercises.muscle-relaxation.steps.1'),
          t('exercises.muscle-relaxation.steps.2'),
          t('exercises.muscle-relaxation.steps.3'),
          t('exercises.muscle-relaxation.steps.4'),
        ];
      },
      get cues() {
        return [t('exercises.muscle-relaxation.cues.1'), t('exercises.muscle-relaxation.cues.2')];
      },
      get cautions() { return [t('exercises.muscle-relaxation.cautions.1'), t('exercises.muscle-relaxation.cautions.2')]; },
    },
    'standing-backbend': {
      get name() { return t('exercises.standing-backbend.name'); },
      get steps() {
        return [
          t('exercises.standing-backbend.steps.1'),
          t('exercises.standing-backbend.steps.2'),
          t('exercises.standing-backbend.steps.3'),
          t('exercises.standing-backbend.steps.4'),
        ];
      },
      get cues() {
        return [
          t('exercises.standing-backbend.cues.1'),
          t('exercises.standing-backbend.cues.2'),
          t('exercises.standing-backbend.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), t('exercises.standing-backbend.cautions.2'), t('exercises.standing-backbend.cautions.3')]; },
    },
    'standing-hip-shift': {
      get name() { return t('exercises.standing-hip-shift.name'); },
      steps: (side: Side) => [
        t('exercises.standing-hip-shift.steps.1'),
        t('exercises.standing-hip-shift.steps.2'),
        t('exercises.standing-hip-shift.steps.3', { side }),
        t('exercises.standing-hip-shift.steps.4'),
      ],
      get cues() {
        return [
          t('exercises.standing-hip-shift.cues.1'),
          t('exercises.standing-hip-shift.cues.2'),
          t('exercises.standing-hip-shift.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), steadySupport()]; },
    },
    'seated-pelvic-tilt': {
      get name() { return t('exercises.seated-pelvic-tilt.name'); },
      get steps() {
        return [
          t('exercises.seated-pelvic-tilt.steps.1'),
          t('exercises.seated-pelvic-tilt.steps.2'),
          t('exercises.seated-pelvic-tilt.steps.3'),
          t('exercises.seated-pelvic-tilt.steps.4'),
        ];
      },
      get cues() {
        return [
          t('exercises.seated-pelvic-tilt.cues.1'),
          t('exercises.seated-pelvic-tilt.cues.2'),
          t('exercises.seated-pelvic-tilt.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), seeADoctor()]; },
    },
    'seated-cat-cow': {
      get name() { return t('exercises.seated-cat-cow.name'); },
      get steps() {
        return [
          t('exercises.seated-cat-cow.steps.1'),
          t('exercises.seated-cat-cow.steps.2'),
          t('exercises.seated-cat-cow.steps.3'),
          t('exercises.seated-cat-cow.steps.4'),
        ];
      },
      get cues() {
        return [
          t('exercises.seated-cat-cow.cues.1'),
          t('exercises.seated-cat-cow.cues.2'),
          t('exercises.seated-cat-cow.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), noBouncing()]; },
    },
    'seated-knee-hug': {
      get name() { return t('exercises.seated-knee-hug.name'); },
      steps: (side: Side) => [
        t('exercises.seated-knee-hug.steps.1'),
        t('exercises.seated-knee-hug.steps.2', { side }),
        t('exercises.seated-knee-hug.steps.3'),
        t('exercises.seated-knee-hug.steps.4'),
      ],
      get cues() {
        return [
          t('exercises.seated-knee-hug.cues.1'),
          t('exercises.seated-knee-hug.cues.2'),
          t('exercises.seated-knee-hug.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), t('exercises.seated-knee-hug.cautions.2')]; },
    },
    'seated-hamstring-stretch': {
      get name() { return t('exercises.seated-hamstring-stretch.name'); },
      steps: (side: Side) => [
        t('exercises.seated-hamstring-stretch.steps.1'),
        t('exercises.seated-hamstring-stretch.steps.2', { side }),
        t('exercises.seated-hamstring-stretch.steps.3', { side }),
        t('exercises.seated-hamstring-stretch.steps.4'),
      ],
      get cues() {
        return [
          t('exercises.seated-hamstring-stretch.cues.1'),
          t('exercises.seated-hamstring-stretch.cues.2'),
          t('exercises.seated-hamstring-stretch.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), noBouncing(), seeADoctor(), t('exercises.seated-hamstring-stretch.cautions.4')]; },
    },
    'standing-hip-flexor-stretch': {
      get name() { return t('exercises.standing-hip-flexor-stretch.name'); },
      steps: (side: Side) => [
        t('exercises.standing-hip-flexor-stretch.steps.1'),
        t('exercises.standing-hip-flexor-stretch.steps.2', { side }),
        t('exercises.standing-hip-flexor-stretch.steps.3'),
        t('exercises.standing-hip-flexor-stretch.steps.4', { side }),
        t('exercises.standing-hip-flexor-stretch.steps.5'),
      ],
      get cues() {
        return [
          t('exercises.standing-hip-flexor-stretch.cues.1'),
          t('exercises.standing-hip-flexor-stretch.cues.2'),
          t('exercises.standing-hip-flexor-stretch.cues.3'),
        ];
      },
      get cautions() { return [neverIntoPain(), noBouncing(), steadySupport()]; },
    },
  },
  routines: {
    get 'quick-brace'() { return t('exercises.routines.quick-brace'); },
    get 'lower-back-reset'() { return t('exercises.routines.lower-back-reset'); },
    get 'neck-and-shoulders'() { return t('exercises.routines.neck-and-shoulders'); },
    get 'posture-reset'() { return t('exercises.routines.posture-reset'); },
    get 'stand-and-stretch'() { return t('exercises.routines.stand-and-stretch'); },
    get unwind() { return t('exercises.routines.unwind'); },
    get 'neck-release'() { return t('exercises.routines.neck-release'); },
    get 'knee-hug'() { return t('exercises.routines.knee-hug'); },
    get 'spine-wave'() { return t('exercises.routines.spine-wave'); },
    get 'pelvic-tilts'() { return t('exercises.routines.pelvic-tilts'); },
    get 'ear-to-shoulder'() { return t('exercises.routines.ear-to-shoulder'); },
    get 'hips-and-legs'() { return t('exercises.routines.hips-and-legs'); },
    get 'loosen-up'() { return t('exercises.routines.loosen-up'); },
  },
  /** The words `{side}` and `{other}` stand for in a two-sided own exercise's steps. */
  sides: {
    get right() { return t('exercises.sides.right'); },
    get left() { return t('exercises.sides.left'); },
  },
} as const satisfies { exercises: Record<string, ExerciseWords>; routines: Record<string, string>; sides: Record<Side, string> };

export type ExercisesWords = typeof exercisesWords;
export type ExerciseId = keyof ExercisesWords['exercises'];
export type RoutineId = keyof ExercisesWords['routines'];
