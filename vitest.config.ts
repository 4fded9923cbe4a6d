import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Recent Electron downloads its binary on the first require; tests get the typed fake instead.
    alias: { electron: fileURLToPath(new URL('./tests/mocks/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Builds and serves the renderer once for all browser tests (only where Chromium exists).
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Inlined so that electron-store's own `import electron` meets the fake too.
    server: { deps: { inline: ['electron-store'] } },
  },
});
