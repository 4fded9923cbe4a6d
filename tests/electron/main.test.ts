import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildMain, EXTERNAL, leaveOutUnused } from '../../scripts/build-main';

const ROOT = join(import.meta.dirname, '..', '..');
const imports = (code: string) =>
  [...code.matchAll(/(?:from\s*|import\(|require\()\s*"([^"]+)"/g)].map((m) => m[1] ?? '');

/** What `code` imports when it loads: `import … from`, a bare `import "…"` and `require(…)`, not `import(…)`. */
const staticImports = (code: string) =>
  [...code.matchAll(/(?:from\s*|\bimport\s*|require\()\s*"([^"]+)"/g)].map((m) => m[1] ?? '');

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
    // Code Limber never runs stays out: ajv and semver (electron-store gets no schema and no migrations) and zod's
    // languages other than English.
    // (electron-updater has a semver of its own, nested in its folder, loaded only while update checks are on.)
    expect(runtime.mainInputs.filter((input) => /(^|\/)node_modules\/ajv\/|^node_modules\/semver\//.test(input))).toEqual([]);
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
    // Nor does what is loaded by the time Limber idles import the Node modules whose code V8 would keep for nothing.
    const atIdle = [...beforeTray, ...bundles.filter((file) => /^chunks\/(app|log-file)-/.test(file)).flatMap((file) => staticClosure(join(out, 'main'), file))];
    const loaded = atIdle.flatMap((file) => staticImports(readFileSync(join(out, 'main', file), 'utf8')));
    expect(loaded.filter((name) => /^(node:)?(crypto|https?|tls|child_process)$/.test(name))).toEqual([]);

    // A sandboxed preload may only require('electron'), and must be CommonJS.
    const preload = readFileSync(join(out, 'preload', 'preload.cjs'), 'utf8');
    expect(runtime.preload).toEqual(['electron']);
    expect(imports(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).not.toMatch(/process\.env|ipcRenderer\s*\)/);
  });

  it('leave out what a dependency imports for an option Limber never uses, replaced by a module that says so when used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-left-out-'));
    const write = (path: string, text: string) => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), text); };
    write('node_modules/conf/index.js', "import semver from 'semver'; import crypto from 'node:crypto';\nexport const migrate = () => semver.eq('1.0.0', '1.0.1'); export const encrypt = () => crypto.randomBytes(16);");
    write('node_modules/electron-log/index.js', "const https = require('https'); const child = require('child_process');\nmodule.exports = { send: () => https.request('https://example.com'), open: () => child.exec('xdg-open x') };");
    write('entry.js', "import { migrate, encrypt } from 'conf'; import log from 'electron-log'; import { randomUUID } from 'node:crypto';\nexport { migrate, encrypt, log, randomUUID };");
    await build({ entryPoints: [join(dir, 'entry.js')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'out.mjs'), plugins: [leaveOutUnused], logLevel: 'silent' });
    const built = await import(pathToFileURL(join(dir, 'out.mjs')).href) as { migrate: () => void; encrypt: () => void; log: { send: () => void; open: () => void }; randomUUID: () => string };
    expect(built.migrate).toThrow(/leaves this out of its bundle.*no migrations \(eq\)/);
    expect(built.encrypt).toThrow(/no encryption key \(randomBytes\)/);
    expect(built.log.send).toThrow(/the log is sent nowhere \(request\)/);
    expect(built.log.open).toThrow(/opens no links \(exec\)/);
    // Limber's own import of the same module is left alone.
    expect(built.randomUUID()).toMatch(/^[0-9a-f-]{36}$/);
  });
});
