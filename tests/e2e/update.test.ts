import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { UpdateView } from '../../core/updates/offer';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Update window');
const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const NOTES = [
  'Breaks',
  '- A break that falls due during a call now waits until the call ends, even when the call starts in a browser tab.',
  '- The prompt says how many snoozes are left.',
  '',
  'Fixes',
  '- Statistics count a break taken just before 04:00 on the right day.',
  '- Notes like <b>this</b> show as they were written.',
  '- The tray icon no longer blurs at 125% scale.',
  '- Shortcuts set while the settings window was closed are kept.',
].join('\n');
const OFFER: UpdateView = {
  current: '0.1.0', canInstall: true, whatsNew: null,
  offer: { version: '0.2.0', notes: NOTES, state: 'available', percent: null, problem: null },
};

/** The update window at its size in Limber (560 × 520), showing `view` as main would. */
async function openUpdate(route: string, view: UpdateView | null, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await chromium.newPage({ viewport: { width: 560, height: 520 }, colorScheme, reducedMotion: 'reduce' });
  if (view) await page.addInitScript((stored) => { localStorage.setItem('limber-preview-update', stored); }, JSON.stringify(view));
  await page.goto(`${chromium.base()}#/update${route}`);
  return page;
}

describe.skipIf(chromium.skip)('update window in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it.each(['light', 'dark'] as const)('shows a version on offer with its notes as text, passes axe, and starts the download (%s)', async (scheme) => {
    const page = await openUpdate('?version=0.2.0', OFFER, scheme);
    const heading = page.getByRole('heading', { level: 1, name: 'Limber 0.2.0 is available' });
    await heading.waitFor();
    expect(await page.title()).toBe('Limber 0.2.0 is available – Limber');
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const notes = page.getByRole('region', { name: 'What’s in it' });
    expect(await notes.textContent()).toBe(NOTES);
    expect(await notes.locator('b').count()).toBe(0);
    // The notes scroll in their region, and the download button stays in view under them.
    expect(await notes.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const download = page.getByRole('button', { name: 'Download and restart' });
    const box = await download.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(520);
    expect(await axeViolations(page)).toEqual([]);
    // From the heading, Tab reaches the notes (to scroll them), then the download.
    await page.keyboard.press('Tab');
    expect(await notes.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await download.evaluate((el) => el === document.activeElement)).toBe(true);
    const shot = join(SHOTS, `update-offer-${scheme}.png`);
    await page.screenshot({ path: shot });
    copyFileSync(shot, join(DOCS_SHOTS, scheme === 'light' ? 'update-offer.png' : 'update-offer-dark.png'));

    await page.keyboard.press('Enter');
    const progress = page.getByRole('progressbar', { name: 'Download progress' });
    await progress.waitFor();
    expect(await progress.getAttribute('value')).toBe('40');
    expect(await page.getByRole('status').textContent()).toBe('Downloading: 40%');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `update-downloading-${scheme}.png`) });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('asks once, saves the answer to the settings, and says so', async () => {
    const page = await openUpdate('?ask', null);
    await page.getByRole('heading', { level: 1, name: 'Check for new versions?' }).waitFor();
    expect(await page.title()).toBe('Check for new versions? – Limber');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'update-ask-light.png') });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Limber will check once a day.');
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('limber.settings') ?? '{}')) as Record<string, unknown>;
    expect(stored).toMatchObject({ updates: { check: true } });
    expect(await page.getByRole('button', { name: 'Close' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'update-ask-saved-light.png') });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('links a copy that cannot install itself to the download page, and goes home on Escape in the preview', async () => {
    const page = await openUpdate('', { ...OFFER, canInstall: false }, 'dark');
    await page.getByRole('heading', { level: 1, name: 'Limber 0.2.0 is available' }).waitFor();
    // Without a version in the query, the title names the one on offer once it is known.
    await expect.poll(() => page.title()).toBe('Limber 0.2.0 is available – Limber');
    await page.getByRole('button', { name: 'Open the download page' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'update-package-dark.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/');
    await page.close();
  });
});
