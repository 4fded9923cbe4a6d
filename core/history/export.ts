import type { ExportKind } from '../contract';
import type { Settings } from '../settings/schema';
import { average } from './days';
import type { History } from './records';

export interface ExportedFile { name: string; mime: string; contents: string }

const COLUMNS = [
  'date', 'sitting_minutes', 'longest_streak_minutes', 'prompts', 'taken', 'natural', 'snoozed', 'skipped',
  'routines_completed', 'routines_ended', 'hurt_stops', 'stiffness_before', 'stiffness_after', 'held', 'held_minutes',
  'left_out', 'brought_back',
] as const;

const minutes = (seconds: number) => Math.round(seconds / 60);
const rating = (value: number | null) => (value === null ? '' : value.toFixed(1));
/** Exercise ids hold no commas or spaces, so a list of them is one plain cell. */
const ids = (list: readonly string[] | undefined) => (list ?? []).join(' ');

/**
 * One row a day, oldest first, in units a spreadsheet user expects (minutes, average ratings), ending with the ids of
 * the exercises left out and brought back that day, separated by spaces.
 */
export function historyCsv(history: History): string {
  const rows = Object.entries(history.days).sort(([a], [b]) => a.localeCompare(b)).map(([day, r]) => {
    return [
      day, minutes(r.sittingSeconds), minutes(r.longestStreakSeconds), r.prompts, r.taken, r.natural, r.snoozed, r.skipped,
      r.routinesCompleted, r.routinesEnded, r.hurtStops,
      rating(r.stiffness ? average(r.stiffness.before) : null), rating(r.stiffness ? average(r.stiffness.after) : null),
      r.held, minutes(r.heldSeconds), ids(r.leftOut), ids(r.broughtBack),
    ].join(',');
  });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The file an export writes: settings as Limber reads them back, history as CSV or as the full records. */
export function exportedFile(kind: ExportKind, settings: Settings, history: History, today: string): ExportedFile {
  if (kind === 'settings') {
    return { name: 'limber-settings.json', mime: 'application/json', contents: `${JSON.stringify(settings, null, 2)}\n` };
  }
  if (kind === 'history-csv') return { name: `limber-history-${today}.csv`, mime: 'text/csv', contents: historyCsv(history) };
  return { name: `limber-history-${today}.json`, mime: 'application/json', contents: `${JSON.stringify(history, null, 2)}\n` };
}
