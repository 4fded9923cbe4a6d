// Debian's Chromium, driven by Playwright, and the renderer built and served to it as a plain web page (the preview
// bridge runs the real core in the page): for the browser tests and the renderer benches.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);

const ROOT = join(import.meta.dirname, '..');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface ServedRenderer {
  /** The address of the renderer's index page. */
  base: string;
  /** The built files. */
  outDir: string;
  close: () => Promise<void>;
}

/** Builds the renderer into a folder of its own and serves it on a free local port. */
export async function serveRenderer(): Promise<ServedRenderer> {
  const outDir = mkdtempSync(join(tmpdir(), 'limber-preview-'));
  const options = { root: join(ROOT, 'renderer'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error' as const };
  await build({ ...options, build: { outDir, emptyOutDir: true } });
  const server = await preview({ ...options, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('the preview server reported no URL');
  return {
    base, outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
