import type { LimberBridge } from '../../core/contract';
import { catalogueOf } from '../../core/exercises/catalogue';
import { POSTURE_CUE, prepareBreak, type PreparedBreak } from '../../core/exercises/fit';
import { EMPTY_OWN, type OwnContent } from '../../core/exercises/own';
import type { BreakKind } from '../../core/kinds';
import { breakSeconds } from '../../core/settings/break-seconds';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';

/** What a break screen runs, and for which break. */
export interface BreakToRun {
  prepared: PreparedBreak;
  kind: BreakKind;
  /** The break's length the routine was fitted to; null for a routine run as built (a link in the preview). */
  seconds: number | null;
}

/**
 * The break the route `#/break?routine=…&kind=…` runs: the routine (the library's, the user's own, or the posture
 * cue) less what is left out, fitted to the break of `kind` (or as built if even one of each is too long). A break
 * Limber started always runs, on the posture cue if the routine is gone or all left out; a route without a kind runs
 * the routine as built, or nothing (null).
 */
export function preparedRoute(own: OwnContent, settings: Settings, routineId: string, kind: BreakKind | null): BreakToRun | null {
  const catalogue = catalogueOf(own);
  if (kind === null) {
    const prepared = prepareBreak(catalogue, routineId, null);
    const forLong = catalogue.routine(routineId)?.forKinds.includes('long') ?? false;
    return prepared && { prepared, kind: forLong ? 'long' : 'micro', seconds: null };
  }
  const seconds = breakSeconds(settings, kind);
  // Rotation offers only routines that fit; one the user picked by name (the tray, Try it now) that can't is run as
  // built, since that is what was asked for.
  const prepared = prepareBreak(catalogue, routineId, seconds) ?? prepareBreak(catalogue, routineId, null) ?? prepareBreak(catalogue, POSTURE_CUE, seconds);
  return prepared && { prepared, kind, seconds };
}

/** The route's break, once the user's routines and settings are read. */
export async function breakToRun(bridge: LimberBridge, routineId: string, kind: BreakKind | null): Promise<BreakToRun | null> {
  // What can't be read leaves the library and the defaults: the break must still run.
  const [own, settings] = await Promise.all([
    bridge.routines().catch(() => EMPTY_OWN),
    bridge.settings().catch(() => DEFAULT_SETTINGS),
  ]);
  return preparedRoute(own, settings, routineId, kind);
}
