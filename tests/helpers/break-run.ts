import { EMPTY_OWN, type OwnContent } from '../../core/exercises/own';
import type { BreakKind } from '../../core/kinds';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/schema';
import { preparedRoute, type BreakToRun } from '../../renderer/break/break-to-run';

/** What the break screen runs for `#/break?routine=<id>` (and `&kind=<kind>`), as App prepares it. */
export function breakRun(routineId: string, { kind = null, own = EMPTY_OWN, settings = DEFAULT_SETTINGS }: {
  kind?: BreakKind | null; own?: OwnContent; settings?: Settings;
} = {}): BreakToRun {
  const run = preparedRoute(own, settings, routineId, kind);
  if (!run) throw new Error(`no break for ${routineId}`);
  return run;
}
