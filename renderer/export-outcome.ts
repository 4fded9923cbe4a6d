import type { ExportResult } from '../core/contract';
import { commonWords } from '../core/words/common';

/** What an export says afterwards; a cancelled save dialog needs no words. */
export function exportOutcome(result: ExportResult): string {
  if (result.ok) return commonWords.savedAs(result.savedAs);
  return result.cancelled ? '' : commonWords.notSaved(result.error);
}
