import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './core/csp';

export default defineConfig({
  root: 'renderer',
  // Relative asset paths, so the same build loads from Limber's app protocol and from any http path in the preview.
  base: './',
  build: { outDir: '../dist/renderer', emptyOutDir: true },
  plugins: [
    { name: 'limber-csp', transformIndexHtml: (html) => html.replace('%LIMBER_CSP%', CONTENT_SECURITY_POLICY) },
    // Nothing paints before the entry script has run, so the first frame already has the route's title.
    { name: 'limber-render-blocking-entry', transformIndexHtml: (html) => html.replace('<script type="module" ', '<script type="module" blocking="render" ') },
  ],
});
