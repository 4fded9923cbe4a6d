// One Chromium per browser test file, against the renderer that tests/e2e/global-setup.ts serves.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium } from './chromium';
import { skippedFor } from './programs';

export const SHOTS = join(import.meta.dirname, '..', 'test-results', 'screenshots');

/**
 * Browser tests take seconds each, the longest over 20 s on a quiet 2-core machine and two or three times that on a
 * busy one; this is a limit, not a measurement.
 */
export const BROWSER_TEST_TIMEOUT = 180_000;

/** Chromium for the test file of `suite`, with console errors kept per page; `skip` when there is none. */
export function useChromium(suite: string) {
  const skip = skippedFor(`${suite}: browser tests`, hasChromium() ? [] : [`Chromium at ${CHROMIUM}`], 'apt-get install chromium');
  let browser: Browser | undefined;
  const consoleErrors = new WeakMap<Page, string[]>();
  beforeAll(async () => {
    if (skip) return;
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, BROWSER_TEST_TIMEOUT);
  afterAll(async () => { await browser?.close(); });

  return {
    skip,
    base: () => inject('previewBase'),
    /** A fresh page (its own localStorage) that records console errors; a CSP violation or a React warning shows up there. */
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      if (!browser) throw new Error('Chromium did not start');
      const context = await browser.newContext({ viewport: { width: 1000, height: 760 }, ...options });
      // Playwright's own waits (an element to show, a page to load) get a minute rather than 30 s on a loaded machine.
      context.setDefaultTimeout(60_000);
      const page = await context.newPage();
      const errors: string[] = [];
      consoleErrors.set(page, errors);
      page.on('console', (message) => { if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`); });
      page.on('pageerror', (error) => { errors.push(error.message); });
      // The context goes with its page; when the browser is already closing, that has happened anyway.
      page.on('close', () => { context.close().catch(() => undefined); });
      return page;
    },
    consoleErrors: (page: Page) => consoleErrors.get(page) ?? [],
  };
}

/** Serious and critical axe-core violations on the page, by rule id. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // The page's CSP rightly refuses inline scripts; evaluate runs axe over DevTools, leaving the CSP in force.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run());
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}
