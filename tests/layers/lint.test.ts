import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's eslint.config.js, less the type-aware rules: a probe's file is not on disk, and the layer rules read
// only where imports lead. The real tree is linted by `npm run lint`.
const eslint = new ESLint({
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

/** What the project's lint says about `code` if it were the file at `filePath` (which need not exist). */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`) ?? [];
}
/** A module that imports `from` and uses what it got. */
const importing = (...from: string[]) => from.map((f, i) => `import * as m${String(i)} from '${f}';\n`).join('')
  + `export const used = [${from.map((_, i) => `m${String(i)}`).join(', ')}];\n`;

const CORE = 'core imports only core and zod';
const RENDERER = 'The renderer imports only itself, core, i18n and React';
const I18N = 'i18n holds the catalogs and their formatter: it imports only itself, core and FormatJS';
const I18N_BY_NAME = 'restricted from being used by a pattern. i18n imports only itself, core and FormatJS';
const BUSY = 'electron/busy imports only itself, core, electron/log';
const NO_TEST_CODE = "The app's source never imports tests/, harness/ or scripts/";
const SCRIPTS = 'Scripts may use harness/, never tests/';
const BUILT_IN = 'import-x/no-nodejs-modules';
const HARNESS = 'The harness serves the tests and scripts: it never imports tests/';
const CORE_BY_NAME = 'restricted from being used by a pattern. core imports only core and zod';
const RENDERER_BY_NAME = 'restricted from being used by a pattern. The renderer imports only itself, core, i18n and React';
const BUSY_BY_NAME = 'restricted from being used by a pattern. electron/busy imports only core, electron/log';
const INLINE_TYPE = 'Import the type with an import statement';

async function expectRefused(filePath: string, from: string, expected: string) {
  expect(await problems(filePath, importing(from))).toContainEqual(expect.stringContaining(expected));
}

describe('core imports only core and zod', () => {
  it.each(['node:fs', 'fs', 'node:child_process', 'child_process'])(
    'not the Node built-in %s', (from) => expectRefused('core/probe.ts', from, BUILT_IN),
  );
  it.each(['electron', 'electron-store', 'node-notifier', 'koffi', '@particle/dbus-next', 'react'])(
    'not the package %s', (from) => expectRefused('core/probe.ts', from, CORE),
  );
  it.each([
    ['core/probe.ts', '../electron/log'],
    ['core/engine/probe.ts', '../../renderer/route'],
    ['core/engine/probe.ts', '../../electron/busy/signal'],
  ])('not from outside core: %s importing %s', (filePath, from) => expectRefused(filePath, from, CORE));
  it('not even a type', async () => {
    expect(await problems('core/probe.ts', "import type { App } from 'electron';\nexport type Used = App;\n"))
      .toContainEqual(expect.stringContaining(CORE));
  });
});

describe('the renderer imports only itself, core, i18n and React', () => {
  it.each(['node:path', 'fs'])(
    'not the Node built-in %s', (from) => expectRefused('renderer/probe.ts', from, BUILT_IN),
  );
  it.each([
    ['renderer/probe.ts', 'electron'],
    ['renderer/probe.ts', '../electron/desktop/tray'],
    ['renderer/stats/probe.ts', '../../electron/preload'],
    ['renderer/stats/probe.ts', '../../scripts/build-main'],
  ])('not from outside: %s importing %s', (filePath, from) => expectRefused(filePath, from, RENDERER));
});

describe('i18n imports only itself, core and FormatJS', () => {
  it.each(['node:fs', 'path'])('not the Node built-in %s', (from) => expectRefused('i18n/probe.ts', from, BUILT_IN));
  it.each([
    ['i18n/probe.ts', '../electron/log'],
    ['i18n/probe.ts', '../renderer/route'],
    ['i18n/locales/probe.ts', '../../scripts/i18n/files'],
  ])('not from outside: %s importing %s', (filePath, from) => expectRefused(filePath, from, I18N));
  it('not a package but FormatJS', () => expectRefused('i18n/probe.ts', 'react', I18N_BY_NAME));
});

describe('electron/busy imports only itself, core and electron/log', () => {
  it.each([
    ['electron/busy/probe.ts', '../root/app'],
    ['electron/busy/probe.ts', '../windows/windows'],
    ['electron/busy/probe.ts', '../desktop/tray'],
    ['electron/busy/probe.ts', '../storage/store'],
    ['electron/busy/macos/probe.ts', '../../system/idle'],
    ['electron/busy/probe.ts', 'electron-store'],
  ])('not the rest of the shell: %s importing %s', (filePath, from) => expectRefused(filePath, from, BUSY));
});

describe("the app's source never imports tests/, harness/ or scripts/", () => {
  it.each([
    ['electron/windows/probe.ts', '../../tests/helpers/bridge'],
    ['electron/probe.ts', '../harness/fake-electron'],
    ['electron/storage/probe.ts', '../../scripts/build-main'],
    ['core/probe.ts', '../tests/helpers/bridge'],
    ['renderer/probe.ts', '../harness/until'],
    ['i18n/probe.ts', '../tests/helpers/english'],
  ])('%s importing %s', (filePath, from) => expectRefused(filePath, from, NO_TEST_CODE));
});

describe('scripts use harness/, never tests/', () => {
  it('scripts/ importing tests/', () => expectRefused('scripts/probe.ts', '../tests/helpers/bridge', SCRIPTS));
  it('harness/ importing tests/', () => expectRefused('harness/probe.ts', '../tests/helpers/bridge', HARNESS));
});

describe('imports the zones cannot resolve are refused by name', () => {
  it.each([
    ['core/probe.ts', 'electron/main', CORE_BY_NAME],
    ['electron/busy/probe.ts', 'electron/main', BUSY_BY_NAME],
    ['renderer/probe.ts', 'electron/renderer', RENDERER_BY_NAME],
  ])('%s importing %s, a module Electron declares in types only', (filePath, from, expected) => expectRefused(filePath, from, expected));
  it.each([['core/probe.ts', CORE_BY_NAME], ['renderer/probe.ts', RENDERER_BY_NAME]])(
    '%s importing the types of a package of types alone', async (filePath, expected) => {
      expect(await problems(filePath, "import type { Properties } from 'csstype';\nexport type Used = Properties;\n"))
        .toContainEqual(expect.stringContaining(expected));
    },
  );
  it.each(['core/probe.ts', 'renderer/probe.ts', 'electron/busy/probe.ts'])('%s writing a type as import(…)', async (filePath) => {
    expect(await problems(filePath, "export type Used = import('electron').App;\n")).toContainEqual(expect.stringContaining(INLINE_TYPE));
  });
});

describe('what each layer uses today passes', () => {
  it.each([
    ['core/engine/probe.ts', ['zod/mini', '../kinds', './types']],
    ['renderer/stats/probe.ts', ['react', 'react-dom/client', '../../core/contract', '../../i18n/english', '../route', './series']],
    ['i18n/probe.ts', ['intl-messageformat', '@formatjs/icu-messageformat-parser', '../core/i18n/speak', './translator']],
    ['electron/busy/probe.ts', ['../log', '../../core/busy', 'koffi', '@particle/dbus-next', 'node:path', './signal']],
    ['electron/windows/probe.ts', ['electron', 'node:path', '../../core/kinds', '../storage/store', '../busy/signal']],
    ['scripts/probe.ts', ['../harness/until', '../core/kinds', 'node:fs']],
  ])('%s importing %j', async (filePath, from) => {
    expect(await problems(filePath, importing(...from))).toEqual([]);
  });
});

describe('the composition root uses nothing before it is declared', () => {
  it('a callback reaching a later const', async () => {
    const code = 'export function wire() {\n  const onClick = () => { engine.start(); };\n'
      + '  const engine = { start: () => undefined };\n  return onClick;\n}\n';
    expect(await problems('electron/root/probe.ts', code))
      .toContainEqual(expect.stringContaining('@typescript-eslint/no-use-before-define'));
  });
});
