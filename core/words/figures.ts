import type { Side } from '../exercises/types';
import { t } from '../i18n/speak';

/**
 * What each exercise's illustration shows, read out in its place. A two-sided move is read for the side being done,
 * as its steps are.
 */
export const figuresWords = {
  /** A calm person, for the user's own exercises and any exercise without a drawing of its own. */
  plain: {
    get seated() { return t('figures.plain.seated'); },
    get standing() { return t('figures.plain.standing'); },
  },
  byExercise: {
    get 'abdominal-bracing'() { return t('figures.byExercise.abdominal-bracing'); },
    get 'posture-reset-brace'() { return t('figures.byExercise.posture-reset-brace'); },
    get 'seated-march'() { return t('figures.byExercise.seated-march'); },
    'seated-rotation': (side: Side) => t('figures.byExercise.seated-rotation', { side }),
    get 'seated-knee-tuck'() { return t('figures.byExercise.seated-knee-tuck'); },
    get 'seated-forward-curl'() { return t('figures.byExercise.seated-forward-curl'); },
    get 'neck-flexion'() { return t('figures.byExercise.neck-flexion'); },
    'neck-side-bend': (side: Side) => t('figures.byExercise.neck-side-bend', { side }),
    'levator-scapula': (side: Side) => t('figures.byExercise.levator-scapula', { side }),
    get 'muscle-relaxation'() { return t('figures.byExercise.muscle-relaxation'); },
    get 'standing-backbend'() { return t('figures.byExercise.standing-backbend'); },
    'standing-hip-shift': (side: Side) => t('figures.byExercise.standing-hip-shift', { side }),
    get 'seated-pelvic-tilt'() { return t('figures.byExercise.seated-pelvic-tilt'); },
    get 'seated-cat-cow'() { return t('figures.byExercise.seated-cat-cow'); },
    'seated-knee-hug': (side: Side) => t('figures.byExercise.seated-knee-hug', { side }),
    'seated-hamstring-stretch': (side: Side) => t('figures.byExercise.seated-hamstring-stretch', { side }),
    'standing-hip-flexor-stretch': (side: Side) => t('figures.byExercise.standing-hip-flexor-stretch', { side }),
  },
} as const;

export type FiguresWords = typeof figuresWords;
