// No module reads a word when it is loaded: a word read then would stay in the language of that moment, and the main
// process and the renderer load most modules before they choose a language. Every module of core/, electron/, i18n/
// and the renderer is loaded afresh, where no language has been chosen and reading a word throws.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * Entry points that do things when loaded (start Limber, render a page) rather than define them, and the log file,
 * whose electron-log needs Electron's own binary and which says nothing to the user.
 */
const LEFT_OUT = ['electron/main.ts', 'renderer/main.tsx', 'electron/preload.ts', 'electron/storage/log-file.ts'];

function* modules(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* modules(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

it('reads no word while any module of Limber loads', async () => {
  const files = ['core', 'electron', 'i18n', 'renderer'].flatMap((dir) => [...modules(join(ROOT, dir))])
    .filter((file) => !LEFT_OUT.includes(relative(ROOT, file)));
  vi.resetModules();
  const failed: string[] = [];
  for (const file of files) {
    try {
      await import(file);
    } catch (error) {
      failed.push(`${relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  expect(failed).toEqual([]);
}, 120_000);
