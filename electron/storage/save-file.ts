import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Dialog } from 'electron';
import type { ExportResult } from '../../core/contract';
import type { ExportedFile } from '../../core/history/export';
import { dialogsWords } from '../../core/words/dialogs';

/** Asks where to save an export (in `folder` by default) and writes it there. */
export function createFileSaver(dialog: Pick<Dialog, 'showSaveDialog'>, folder: () => string) {
  return async (file: ExportedFile): Promise<ExportResult> => {
    const extension = extname(file.name).slice(1);
    const { canceled, filePath } = await dialog.showSaveDialog({
      title: dialogsWords.saveCopy.title,
      defaultPath: join(folder(), file.name),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (canceled || !filePath) return { ok: false, cancelled: true };
    await writeFile(filePath, file.contents, 'utf8');
    return { ok: true, savedAs: basename(filePath) };
  };
}
