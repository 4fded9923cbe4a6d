// Measures the statistics window with two years of history: navigation to rendered charts in Chromium
// (median of cold loads), and the size of history.json for those two years.
// Run with `npm run bench:stats` (needs Debian's chromium at /usr/bin/chromium).
import './in-english';
import { EMPTY_DAY } from '../core/history/records';
import { localUtcOffset } from '../electron/system/clock';
import { encodeHistory } from '../core/history/codec';
import { shiftDay } from '../core/history/days';
import { dayKey } from '../core/history/history';
import { launchChromium, serveRenderer } from '../harness/chromium';
import { sampleHistory } from './sample-history';

const RUNS = 15;

const today = dayKey(Date.now(), localUtcOffset);
const history = sampleHistory({ days: 730, today });
const recorded = Object.keys(history.days).length;
const stored = JSON.stringify(encodeHistory(history));
// The same records spread over every day of the two years, weekends included.
const records = Object.values(history.days);
const busiest = JSON.stringify(encodeHistory({
  ...history,
  days: Object.fromEntries(Array.from({ length: 730 }, (_, i) => [shiftDay(today, -i), records[i % records.length] ?? EMPTY_DAY])),
}));

const { base, close } = await serveRenderer();
const browser = await launchChromium();
interface Timing { mounted: number; charted: number }

/** Cold loads of the statistics window over `seeded` history: when it mounted (Loading…) and when its charts were on screen. */
async function measure(seeded: string): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 880, height: 760 } });
    const page = await context.newPage();
    // Runs before the page's own scripts (and outside its CSP): seeds the history and watches the window appear.
    await page.addInitScript((stored) => {
      localStorage.setItem('limber.history', stored);
      const marks = window as unknown as Partial<Timing>;
      new MutationObserver((_, observer) => {
        if (marks.mounted === undefined && document.querySelector('main.stats')) marks.mounted = performance.now();
        if (document.querySelectorAll('svg[role="img"]').length >= 4) {
          marks.charted = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    }, seeded);
    await page.goto(`${base}#/stats`);
    await page.waitForFunction(() => 'charted' in window);
    timings.push(await page.evaluate(() => {
      const { mounted, charted } = window as unknown as Timing;
      return { mounted, charted };
    }));
    await context.close();
  }
  return timings;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const twoYears = await measure(JSON.stringify(history));
const oneWeek = await measure(JSON.stringify(sampleHistory({ days: 7, today })));
await browser.close();
await close();

const report = (name: string, timings: Timing[]) => { console.log(
  `${name}: navigation to charts, median ${median(timings.map((t) => t.charted)).toFixed(0)} ms; ` +
  `from the window mounting to its charts (loading and checking the history, rendering), median ${median(timings.map((t) => t.charted - t.mounted)).toFixed(0)} ms`); };
console.log(`statistics window, ${RUNS} cold loads each (target: under 200 ms to render two years):`);
report(`  two years (${recorded} recorded days)`, twoYears);
report('  one week', oneWeek);
console.log(`history.json for those two years: ${(stored.length / 1024).toFixed(1)} KB; ` +
  `with every one of 730 days recorded: ${(busiest.length / 1024).toFixed(1)} KB (target < 200 KB)`);
