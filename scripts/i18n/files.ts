// A language's catalog as it lies on disk, for the scripts and checks that read every file: Limber itself imports them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
export function readAreas(language: string): Record<string, string> {
  return Object.fromEntries([...readAreaFiles(language)].flatMap(([area, messages]) =>
    Object.entries(messages).map(([key, message]) => [`${area}.${key}`, message])));
}

/** The languages with a folder of their own. */
export const languagesOnDisk = (): string[] =>
  readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
