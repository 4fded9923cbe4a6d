import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/electron-alias.mjs', 'scripts/before-pack.mjs', 'scripts/bench-electron/bare-tray/main.js'] }, tsconfigRootDir: import.meta.dirname },
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
    files: ['core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'fs', 'node:fs', 'electron-store', 'node-notifier'].map((name) => ({
          name, message: 'core is the pure functional core: inject this instead.',
        })),
        patterns: [{ group: ['node:*'], message: 'core stays free of Node APIs.' }],
      }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // The bench's bare tray app is plain CommonJS that only the real Electron runs.
  { files: ['scripts/bench-electron/bare-tray/main.js'], ...tseslint.configs.disableTypeChecked, languageOptions: { sourceType: 'commonjs' }, rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' } },
);
