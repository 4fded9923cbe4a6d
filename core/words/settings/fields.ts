/** How each unit of a number field reads: one, many, an amount to enter, and what whole values are called. */
const UNITS = {
  minutes: { one: 'minute', many: 'minutes', amount: 'a number of minutes', whole: 'whole minutes' },
  seconds: { one: 'second', many: 'seconds', amount: 'a number of seconds', whole: 'whole seconds' },
  times: { one: 'time', many: 'times', amount: 'a number of times', whole: 'a whole number' },
  percent: { one: '%', many: '%', amount: 'a percentage', whole: 'a whole percentage' },
} as const;

export type Unit = keyof typeof UNITS;

const counted = (unit: Unit, count: number) => (count === 1 ? UNITS[unit].one : UNITS[unit].many);

/** A number field's unit and hint, and what is wrong with a value typed in it; every message names the allowed range. */
export const numberFieldWords = {
  /** The unit beside the field, for the number in it. */
  unit: counted,
  hint: (unit: Unit, min: number, max: number, note?: string) => `${min}–${max} ${UNITS[unit].many}.${note ? ` ${note}` : ''}`,
  empty: (unit: Unit, min: number, max: number) => `This is empty: enter ${UNITS[unit].amount} from ${min} to ${max}.`,
  notANumber: (typed: string, unit: Unit, min: number, max: number) => `“${typed}” is not a number: use ${UNITS[unit].whole}, from ${min} to ${max}.`,
  notWhole: (typed: string, unit: Unit, min: number, max: number) =>
    `“${typed}” is not a whole number: use ${UNITS[unit].whole}, from ${min} to ${max}.`,
  tooLow: (typed: string, unit: Unit, min: number, max: number) => `${typed} is too low: choose from ${min} to ${max} ${counted(unit, max)}.`,
  tooHigh: (typed: string, unit: Unit, min: number, max: number) => `${typed} is too high: choose from ${min} to ${max} ${counted(unit, max)}.`,
} as const;

export type NumberFieldWords = typeof numberFieldWords;
