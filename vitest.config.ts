import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const REAL_ELECTRON = 'tests/electron-e2e/**/*.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {
          // Recent Electron downloads its binary on the first require; tests get the typed fake instead.
          alias: { electron: fileURLToPath(new URL('./harness/fake-electron.ts', import.meta.url)) },
        },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [REAL_ELECTRON],
          // Builds and serves the renderer once for all browser tests (only where Chromium exists).
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Limits for a loaded 2-core machine, where system and browser tests start real programs and a test file
          // shares the cores with the others: safety nets, not measurements (no test is meant to come near them).
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 30_000 } },
          setupFiles: ['tests/helpers/english.ts', 'tests/helpers/patient-waits.ts'],
          // Inlined so that electron-store's own `import electron` meets the fake too.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        // Limber in a real Electron on a virtual desktop: after the other tests, two files at a time. Each file has
        // a desktop, session bus and sound server of its own, and most of its time is real-time waiting for a break
        // to fall due, so two share the 2 cores well (the project ran in 25 minutes instead of 46, every file passing);
        // its tests wait for events, never for a time that the load could stretch.
        test: {
          name: 'electron',
          include: [REAL_ELECTRON],
          globalSetup: ['tests/electron-e2e/global-setup.ts'],
          setupFiles: ['tests/helpers/english.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
          testTimeout: 180_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
