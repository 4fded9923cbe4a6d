import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * What each layer may import (issue 24), by the file an import resolves to: a zone's `target` files import nothing
 * from its `from` but its `except`. Node's built-ins resolve to no file: core and the renderer forbid them below.
 * Circles need the whole graph: dependency-cruiser finds them (.dependency-cruiser.mjs).
 */
const LAYERS = [
  {
    target: 'core', from: '.', except: ['core', 'node_modules/zod'],
    message: 'core imports only core and zod: it is the pure functional core, so inject anything else.',
  },
  {
    target: 'renderer', from: '.', except: ['renderer', 'core', 'i18n', 'node_modules/react', 'node_modules/react-dom'],
    message: 'The renderer imports only itself, core, i18n and React: it reaches the main process through the bridge.',
  },
  {
    target: 'i18n', from: '.', except: ['i18n', 'core', 'node_modules/intl-messageformat', 'node_modules/@formatjs'],
    message: 'i18n holds the catalogs and their formatter: it imports only itself, core and FormatJS.',
  },
  {
    target: 'electron/busy', from: '.',
    except: ['electron/busy', 'electron/log.ts', 'core', 'node_modules/koffi', 'node_modules/@particle/dbus-next'],
    message: 'electron/busy imports only itself, core, electron/log and its native packages: not the shell around it.',
  },
  {
    target: ['core', 'electron', 'renderer', 'i18n'], from: ['tests', 'harness', 'scripts'],
    message: "The app's source never imports tests/, harness/ or scripts/.",
  },
  { target: 'scripts', from: 'tests', message: 'Scripts may use harness/, never tests/.' },
  { target: 'harness', from: 'tests', message: 'The harness serves the tests and scripts: it never imports tests/.' },
];

/** The packages each layer may name: anything else by a bare name is refused. */
const PACKAGES = [
  { files: ['core/**'], allowed: 'zod', message: 'core imports only core and zod.' },
  { files: ['renderer/**'], allowed: 'react|react-dom', message: 'The renderer imports only itself, core, i18n and React.' },
  { files: ['i18n/**'], allowed: 'intl-messageformat|@formatjs/icu-messageformat-parser', message: 'i18n imports only itself, core and FormatJS.' },
  {
    files: ['electron/busy/**'], allowed: 'node:[a-z_/]+|koffi|@particle/dbus-next',
    message: 'electron/busy imports only core, electron/log, Node and its native packages.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/electron-alias.mjs', 'scripts/before-pack.mjs', 'scripts/bench-electron/bare-tray/main.js', '.dependency-cruiser.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['renderer/**', 'tests/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['core/**', 'electron/**', 'renderer/**', 'i18n/**', 'scripts/**', 'harness/**'],
    plugins: { 'import-x': importX },
    settings: {
      // A package is judged where node_modules shows it, not where a symlink leads (a linked node_modules, pnpm).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'], symlinks: false })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: LAYERS }] },
  },
  {
    files: ['core/**', 'renderer/**', 'i18n/**'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    // A type written inline as import('…') is no import to the rules above or below.
    files: ['core/**', 'renderer/**', 'i18n/**', 'electron/busy/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'TSImportType', message: 'Import the type with an import statement, so the layer rules can judge it.',
      }],
    },
  },
  // The zones judge the file an import resolves to, and some resolve to none: 'electron/main' exists only as types,
  // and so does a package of types alone. So each layer also names the packages it may use, type-only imports included.
  ...PACKAGES.map(({ files, allowed, message }) => ({
    files, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: `^(?!\\.|(${allowed})($|/))`, message }] }] },
  })),
  // The composition root declares each part before anything that uses it: a callback that reached a later `let`
  // once crashed the start.
  { files: ['electron/root/**'], rules: { '@typescript-eslint/no-use-before-define': 'error' } },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // The bench's bare tray app is plain CommonJS that only the real Electron runs.
  { files: ['scripts/bench-electron/bare-tray/main.js'], ...tseslint.configs.disableTypeChecked, languageOptions: { sourceType: 'commonjs' }, rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' } },
);
