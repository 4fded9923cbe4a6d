import type { Weekday } from '../core/calendar';

export const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday',
};
