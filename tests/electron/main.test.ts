import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMain, EXTERNAL } from '../../scripts/build-main';

const ROOT = join(import.meta.dirname, '..', '..');
const imports = (code: string) =>
  [...code.matchAll(/(?:from\s*|import\(|require\()\s*"([^"]+)"/g)].map((m) => m[1] ?? '');

/** `entry` and every chunk it imports with a static import, transitively, relative to `dir`. */
function staticClosure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, target = ''] of code.matchAll(/from\s*"(\.[^"]+)"/g)) visit(join(dirname(file), target));
  };
  visit(entry);
  return [...seen];
}

describe('the main-process and preload bundles', () => {
  it('need nothing at run time but Node, electron and the packages left out on purpose', async () => {
    const out = mkdtempSync(join(tmpdir(), 'limber-build-'));
    const runtime = await buildMain(out);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };
    expect(pkg.main).toBe('dist/main/main.js');
    expect(pkg.dependencies).toHaveProperty('node-notifier');
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(runtime.main).toContain('electron');
    expect(runtime.main.filter((name) => !builtins.has(name) && !EXTERNAL.includes(name))).toEqual([]);
    // Code Limber never runs stays out: ajv (electron-store gets no schema) and zod's languages other than English.
    expect(runtime.mainInputs.filter((input) => /node_modules\/ajv/.test(input))).toEqual([]);
    const locales = runtime.mainInputs.filter((input) => /zod\/v4\/locales\//.test(input)).map((input) => input.replace(/^.*\//, ''));
    expect([...new Set(locales)]).toEqual(['en.js']);
    // V8 keeps a script's source for as long as it runs, in two bytes a character if any one of them is not ASCII.
    const bundles = readdirSync(join(out, 'main'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    for (const file of bundles) expect([file, readFileSync(join(out, 'main', file)).every((byte) => byte < 0x80)]).toEqual([file, true]);
    // What runs before the tray icon is up (main.js and the chunks it imports statically) holds no validation, stores
    // or log file library.
    const beforeTray = staticClosure(join(out, 'main'), 'main.js');
    expect(beforeTray.length).toBeGreaterThan(1);
    for (const file of beforeTray) expect([file, /_zod|projectVersion|electron-log/.test(readFileSync(join(out, 'main', file), 'utf8'))]).toEqual([file, false]);

    // A sandboxed preload may only require('electron'), and must be CommonJS.
    const preload = readFileSync(join(out, 'preload', 'preload.cjs'), 'utf8');
    expect(runtime.preload).toEqual(['electron']);
    expect(imports(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).not.toMatch(/process\.env|ipcRenderer\s*\)/);
  });
});
