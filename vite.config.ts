import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  // Relative asset paths, so the same build loads from file:// in Electron and from any http path in the preview.
  base: './',
  build: { outDir: '../dist/renderer', emptyOutDir: true },
});
