// A language's catalog as it lies on disk, for the scripts and checks that read every file: Limber itself imports them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinAreas } from '../../i18n/areas';

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'i18n', 'locales');

/** Each area file of `language`, by area name, as read from disk. */
export function readAreaFiles(language: string): Map<string, Record<string, string>> {
  const dir = join(LOCALES_DIR, language);
  return new Map(readdirSync(dir).filter((file) => file.endsWith('.json')).sort().map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    return [file.slice(0, -'.json'.length), JSON.parse(text) as Record<string, string>];
  }));
}

/** `language`'s whole catalog, keys prefixed by their area. */
export const readAreas = (language: string): Record<string, string> => joinAreas(Object.fromEntries(readAreaFiles(language)));

/** The languages with a folder of their own. */
export const languagesOnDisk = (): string[] =>
  readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
