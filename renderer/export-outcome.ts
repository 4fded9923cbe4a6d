import type { ExportResult } from '../core/contract';

/** What an export says afterwards; a cancelled save dialog needs no words. */
export function exportOutcome(result: ExportResult): string {
  if (result.ok) return `Saved as ${result.savedAs}.`;
  return result.cancelled ? '' : `Not saved: ${result.error}`;
}
