import { useRef } from 'react';
import type { ImportRoutineResult } from '../../../core/contract';
import { MAX_ROUTINE_FILE_CHARS } from '../../../core/exercises/routine-file';
import { routineSettingsWords as words } from '../../../core/words/settings/routines';

/** "Import a routine…": reads the picked file's text (a huge one is refused unread) and hands it on. */
export function RoutineImport({ importText, onResult }: {
  importText: (text: string) => Promise<ImportRoutineResult>;
  onResult: (result: ImportRoutineResult, file: string) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const importFrom = async (file: File) => {
    // Bytes are never fewer than characters.
    const result = file.size > MAX_ROUTINE_FILE_CHARS
      ? { ok: false as const, errors: [words.fileTooLarge(file.name, Math.round(MAX_ROUTINE_FILE_CHARS / 1000))] }
      : await importText(await file.text());
    onResult(result, file.name);
  };
  return (
    <>
      <button type="button" onClick={() => fileInput.current?.click()}>{words.importRoutine}</button>
      <input
        ref={fileInput} type="file" accept=".json,application/json" hidden aria-label={words.fileToImport}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again, after fixing it, is a change too.
          event.currentTarget.value = '';
          if (file) void importFrom(file);
        }}
      />
    </>
  );
}
