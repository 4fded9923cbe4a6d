import * as z from 'zod/mini';
import '../zod-english';
import { kebabIdSchema } from '../exercises/schema';
import { validationWords } from '../words/validation';

/** The version of the records themselves, as exported; history.json stores them more compactly (codec.ts). */
export const HISTORY_VERSION = 1;

const words = validationWords.history;
const count = z.number({ error: () => words.count }).check(z.int(), z.minimum(0));
const tally = z.strictObject({ sum: count, count }, { error: () => words.tally });

export const dayRecordSchema = z.strictObject({
  sittingSeconds: count,
  longestStreakSeconds: count,
  prompts: count,
  taken: count,
  natural: count,
  snoozed: count,
  skipped: count,
  routinesCompleted: count,
  routinesEnded: count,
  hurtStops: count,
  /** Breaks held while the user was busy, and the seconds they waited; records from before holds have neither. */
  held: z._default(count, 0),
  heldSeconds: z._default(count, 0),
  /** Times each exercise was done, by id: the library's, or the user's own ('own-…'), which may since be deleted. */
  exercises: z.record(kebabIdSchema, count),
  /** Exercises left out with This hurts, and brought back, in the order it happened; absent on days without any. */
  leftOut: z.exactOptional(z.array(kebabIdSchema)),
  broughtBack: z.exactOptional(z.array(kebabIdSchema)),
  /** Stiffness ratings (0–10) from the back check-ins, before and after routines; absent on days without any. */
  stiffness: z.exactOptional(z.strictObject({ before: tally, after: tally })),
}, { error: () => words.day });
export type DayRecord = z.infer<typeof dayRecordSchema>;

export interface History {
  version: typeof HISTORY_VERSION;
  days: Record<string, DayRecord>;
  /** How much of the engine's account the days hold, for a restarted engine to go on from (recorder.ts). */
  engineAccount?: EngineAccount;
}

/** The engine's settled sitting total and longest streak, as the history last counted them. */
export interface EngineAccount { sittingSeconds: number; longestStreakSeconds: number }
export const engineAccountSchema = z.strictObject({ sittingSeconds: count, longestStreakSeconds: count });

export const EMPTY_DAY: DayRecord = {
  sittingSeconds: 0, longestStreakSeconds: 0, prompts: 0, taken: 0, natural: 0, snoozed: 0, skipped: 0,
  routinesCompleted: 0, routinesEnded: 0, hurtStops: 0, held: 0, heldSeconds: 0, exercises: {},
};
export const EMPTY_HISTORY: History = { version: HISTORY_VERSION, days: {} };
