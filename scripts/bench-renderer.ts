// Measures the break screen in Chromium: navigation to the first rendered phase, and the gzipped JS size.
// Run with `npm run bench:renderer` (needs Debian's chromium at /usr/bin/chromium).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const RUNS = 15;
const root = join(import.meta.dirname, '..', 'renderer');
const configFile = join(import.meta.dirname, '..', 'vite.config.ts');
const outDir = join(import.meta.dirname, '..', 'dist', 'renderer');

await build({ root, configFile, logLevel: 'error' });
const assets = join(outDir, 'assets');
const jsGzip = readdirSync(assets).filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);

const server = await preview({ root, configFile, logLevel: 'error', preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Runs before the page's own scripts (and outside its CSP): notes when the phase first appears.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[role="status"]')?.textContent) {
        (window as unknown as { firstPhase: number }).firstPhase = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${base}#/break?routine=lower-back-reset`);
  await page.waitForFunction(() => 'firstPhase' in window);
  times.push(await page.evaluate(() => (window as unknown as { firstPhase: number }).firstPhase));
  await context.close();
}
await browser.close();
await server.close();

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? NaN;
console.log(`navigation to first rendered phase: median ${median.toFixed(0)} ms over ${RUNS} cold loads ` +
  `(min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)}; target < 150 ms)`);
console.log(`renderer JavaScript, gzipped: ${(jsGzip / 1024).toFixed(1)} KB (target < 120 KB)`);
