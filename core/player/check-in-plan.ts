import { routineCareArea, type CareArea } from '../exercises/care-area';
import type { PreparedBreak } from '../exercises/fit';
import { POSTURE_CUE } from '../exercises/fit';
import type { BreakKind } from '../kinds';
import { playerWords } from '../words/player';

/**
 * The body area a break's check-ins ask about, or null when it asks none: only a long break's routine asks. A micro
 * break is too short to be worth rating twice, and the posture cue works no area.
 */
export function checkInArea(kind: BreakKind | null, prepared: Pick<PreparedBreak, 'routine' | 'exercises'>): CareArea | null {
  return kind === 'long' && prepared.routine.id !== POSTURE_CUE ? routineCareArea(prepared.exercises) : null;
}

/** The check-in's question for the area, before the routine or after it. */
export const checkInQuestion = (area: CareArea, moment: 'before' | 'after'): string => playerWords.checkIn[moment][area];
