import { t } from '../../i18n/speak';

/** The units of a number field. */
export type Unit = 'minutes' | 'seconds' | 'times' | 'percent';

/** A number field's unit and hint, and what is wrong with a value typed in it; every message names the allowed range. */
export const numberFieldWords = {
  /** The unit beside the field, for the number in it. */
  unit: (unit: Unit, count: number) => t('settingsFields.unit', { unit, count }),
  hint: (unit: Unit, min: number, max: number, note?: string) =>
    (note ? t('settingsFields.hintWithNote', { unit, min, max, note }) : t('settingsFields.hint', { unit, min, max })),
  empty: (unit: Unit, min: number, max: number) => t('settingsFields.empty', { unit, min, max }),
  notANumber: (typed: string, unit: Unit, min: number, max: number) => t('settingsFields.notANumber', { typed, unit, min, max }),
  notWhole: (typed: string, unit: Unit, min: number, max: number) => t('settingsFields.notWhole', { typed, unit, min, max }),
  tooLow: (typed: string, unit: Unit, min: number, max: number) => t('settingsFields.tooLow', { typed, unit, min, max }),
  tooHigh: (typed: string, unit: Unit, min: number, max: number) => t('settingsFields.tooHigh', { typed, unit, min, max }),
} as const;

export type NumberFieldWords = typeof numberFieldWords;
