import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../../harness/chromium';

declare module 'vitest' {
  export interface ProvidedContext { previewBase: string }
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Builds the renderer once per run and serves it for every browser test; without Chromium it does nothing. */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    project.provide('previewBase', '');
    return undefined;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'limber-preview-'));
  const options = { root: join(ROOT, 'renderer'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error' as const };
  await build({ ...options, build: { outDir, emptyOutDir: true } });
  const server = await preview({ ...options, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('the preview server reported no URL');
  project.provide('previewBase', base);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
