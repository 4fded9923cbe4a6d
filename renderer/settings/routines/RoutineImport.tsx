import type { ImportRoutineResult } from '../../../core/contract';
import { MAX_ROUTINE_FILE_CHARS } from '../../../core/exercises/routine-file';
import { routineSettingsWords as words } from '../../../core/words/settings/routines';
import { JsonFilePicker } from '../JsonFilePicker';

const MAX_ROUTINE_FILE_BYTES = MAX_ROUTINE_FILE_CHARS * 4;

/** "Import a routine…": reads the picked file's text (a huge one is refused unread) and hands it on. */
export function RoutineImport({ importText, onResult }: {
  importText: (text: string) => Promise<ImportRoutineResult>;
  onResult: (result: ImportRoutineResult, file: string) => void;
}) {
  const importFrom = async (file: File) => {
    // A character takes up to four bytes in UTF-8: a file larger than that can't be within the limit, and isn't read.
    const result = file.size > MAX_ROUTINE_FILE_BYTES
      ? { ok: false as const, errors: [words.fileTooLarge(file.name, Math.round(MAX_ROUTINE_FILE_BYTES / 1000))] }
      : await importText(await file.text());
    onResult(result, file.name);
  };
  return <JsonFilePicker label={words.importRoutine} inputLabel={words.fileToImport} onFile={(file) => { void importFrom(file); }} />;
}
