// Measures the break screen in Chromium: navigation to the first rendered phase, and the gzipped JS size.
// Run with `npm run bench:renderer` (needs Debian's chromium at /usr/bin/chromium).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveRenderer } from '../harness/chromium';

const RUNS = 15;

const { base, outDir, close } = await serveRenderer();
const assets = join(outDir, 'assets');
const jsGzip = readdirSync(assets).filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);

const browser = await launchChromium();
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
await close();

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? NaN;
console.log(`navigation to first rendered phase: median ${median.toFixed(0)} ms over ${RUNS} cold loads ` +
  `(min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)}; target < 150 ms)`);
console.log(`renderer JavaScript, gzipped: ${(jsGzip / 1024).toFixed(1)} KB (target < 120 KB)`);
