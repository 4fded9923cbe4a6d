import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signalsWords } from '../../../core/words/signals';
import { signalOf, type BusySignal } from '../signal';

/**
 * macOS has no API for Focus. Its notification centre keeps the Focus turned on by hand in this file, which
 * several menu-bar tools read; a scheduled Focus isn't in it, and a macOS release may move it or lock it away.
 */
export const FOCUS_FILE = 'Library/DoNotDisturb/DB/Assertions.json';

const words = signalsWords.why.macos;

type Assertions = { data?: { storeAssertionRecords?: unknown[] }[] };

/** A Focus is on while the notification centre holds an assertion for it. */
export function focusOn(text: string): boolean {
  let parsed: Assertions;
  try {
    parsed = JSON.parse(text) as Assertions;
  } catch {
    throw new Error(words.focusFileNotJson);
  }
  const store = Array.isArray(parsed.data) ? parsed.data[0] : undefined;
  if (!store || typeof store !== 'object') throw new Error(words.focusFileNoData);
  const records = store.storeAssertionRecords ?? [];
  if (!Array.isArray(records)) throw new Error(words.focusRecordsUnknown);
  return records.length > 0;
}

/** Why the file can't be read, in words for the settings. */
function unreadable(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EPERM' || code === 'EACCES') return new Error(words.focusNeedsFullDiskAccess, { cause: error });
  if (code === 'ENOENT') return new Error(words.noFocusFile, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

/** Do Not Disturb, on macOS: a Focus turned on by hand. */
export function macosDndSignal(home: string): BusySignal {
  const read = async () => focusOn(await readFile(join(home, FOCUS_FILE), 'utf8').catch((error: unknown) => { throw unreadable(error); }));
  return signalOf('dnd', read, () => signalsWords.via.macos.dnd);
}
