import type { TestProject } from 'vitest/node';
import { hasChromium, serveRenderer } from '../../harness/chromium';

declare module 'vitest' {
  export interface ProvidedContext { previewBase: string }
}

/** Builds the renderer once per run and serves it for every browser test; without Chromium it does nothing. */
export default async function setup(project: TestProject) {
  if (!hasChromium()) {
    project.provide('previewBase', '');
    return undefined;
  }
  const served = await serveRenderer();
  project.provide('previewBase', served.base);
  return served.close;
}
