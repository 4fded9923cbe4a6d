import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);

let server: PreviewServer | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  if (!hasChromium) return;
  const outDir = mkdtempSync(join(tmpdir(), 'limber-preview-'));
  await build({ root: join(ROOT, 'renderer'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  server = await preview({ root: join(ROOT, 'renderer'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  base = server.resolvedUrls?.local[0] ?? '';
  if (!base) throw new Error('the preview server reported no URL');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Console errors per page: a CSP violation or a React warning shows up here. */
const consoleErrors = new WeakMap<Page, string[]>();

async function openBreak(routine: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  if (!browser) throw new Error('Chromium did not start');
  const page = await browser.newPage({ colorScheme, viewport: { width: 1000, height: 760 } });
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`); });
  page.on('pageerror', (error) => { errors.push(error.message); });
  await page.clock.install();
  await page.goto(`${base}#/break?routine=${routine}`);
  return page;
}

async function axeViolations(page: Page) {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // The page's CSP rightly refuses inline scripts; evaluate runs axe over DevTools, leaving the CSP in force.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run());
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe.skipIf(!hasChromium)('break screen in Chromium (preview build)', () => {
  it('runs the whole lower-back reset to the end, fast-forwarded, with the accessibility contract', async () => {
    const page = await openBreak('lower-back-reset');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Get ready');
    expect(await page.getByRole('timer').textContent()).toBe('5');
    await page.clock.runFor(6_000);
    await expect.poll(() => status.textContent()).toBe('Hold 1 of 5');
    for (const name of ['Pause', 'Skip exercise', 'End break', 'This hurts']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
    await page.keyboard.press('Space');
    await page.clock.runFor(240_000);
    await expect.poll(() => status.textContent()).toBe('Routine complete');
    expect(consoleErrors.get(page)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe violations, light or dark, and saves screenshots mid-hold', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openBreak('lower-back-reset', scheme);
      await page.clock.runFor(9_000);
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Hold 1 of 5');
      await page.screenshot({ path: join(SHOTS, `break-${scheme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('drops the ring animation when the system asks for reduced motion', async () => {
    const transition = async (reducedMotion: 'reduce' | 'no-preference') => {
      if (!browser) throw new Error('Chromium did not start');
      const page = await browser.newPage({ reducedMotion });
      await page.goto(`${base}#/break?routine=quick-brace`);
      const duration = await page.locator('.ring-fill').evaluate((el) => getComputedStyle(el).transitionDuration);
      await page.close();
      return duration;
    };
    expect(await transition('no-preference')).toBe('0.2s');
    expect(await transition('reduce')).toBe('0s');
  });

  it('shows the safety guidance after "This hurts" and the prompt without strict-only buttons', async () => {
    const page = await openBreak('neck-and-shoulders');
    await page.getByRole('button', { name: 'This hurts' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Stopped/ }).count()).toBe(1);
    expect(await page.getByText(/not medical advice/).count()).toBe(1);
    await page.goto(`${base}#/prompt?kind=long`);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Start' }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'prompt-light.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
