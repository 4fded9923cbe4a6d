import { routineCareArea, type CareArea } from '../exercises/care-area';
import type { Exercise, Routine } from '../exercises/types';
import { playerWords } from '../words/player';

/**
 * The body area a routine's check-ins ask about, or null when it asks none: only the routines of long breaks ask.
 * A micro break is too short to be worth rating twice.
 */
export function checkInArea(routine: Routine, exercises: readonly Exercise[]): CareArea | null {
  return routine.forKinds.includes('long') ? routineCareArea(exercises) : null;
}

/** The check-in's question for the area, before the routine or after it. */
export const checkInQuestion = (area: CareArea, moment: 'before' | 'after'): string => playerWords.checkIn[moment][area];
