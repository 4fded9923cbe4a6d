import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, hasChromium, SHOTS, useChromium } from './chromium';

const chromium = useChromium('Settings window');

async function openSettings(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, viewport: { width: 760, height: 900 } });
  await page.goto(`${chromium.base()}#/settings`);
  await page.getByRole('group', { name: 'Presets' }).waitFor();
  return page;
}
const field = (page: Page, group: string, label: string) => page.getByRole('group', { name: group }).getByRole('textbox', { name: label });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('limber.settings'));

describe.skipIf(!hasChromium)('settings window in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('keeps a changed setting through a reload', async () => {
    const page = await openSettings();
    const every = field(page, 'Long breaks', 'Every');
    await every.fill('50');
    await every.press('Tab');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.reload();
    await page.getByRole('group', { name: 'Presets' }).waitFor();
    expect(await field(page, 'Long breaks', 'Every').inputValue()).toBe('50');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByText('Custom').count()).toBeGreaterThan(0);
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows each kind of invalid value at the field, in words with the range, and saves none of them', async () => {
    const page = await openSettings();
    await field(page, 'Long breaks', 'Every').fill('40');
    await field(page, 'Long breaks', 'Every').press('Enter');
    const before = await stored(page);
    const every = field(page, 'Long breaks', 'Every');
    for (const [typed, message] of [
      ['', 'Enter a number of minutes from 5 to 240.'],
      ['often', 'Use whole minutes, from 5 to 240.'],
      ['4.5', 'Use whole minutes, from 5 to 240.'],
      ['0', 'Choose from 5 to 240 minutes.'],
      ['-10', 'Choose from 5 to 240 minutes.'],
      ['241', 'Choose from 5 to 240 minutes.'],
    ] as const) {
      await every.fill(typed);
      await every.press('Tab');
      expect(await every.getAttribute('aria-invalid'), typed).toBe('true');
      const described = await every.evaluate((input) =>
        (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
      expect(described, typed).toContain(message);
      expect(await page.getByText(message).isVisible(), typed).toBe(true);
      expect(await stored(page), typed).toBe(before);
    }
    await page.reload();
    await page.getByRole('group', { name: 'Presets' }).waitFor();
    expect(await field(page, 'Long breaks', 'Every').inputValue()).toBe('40');
    await page.close();
  });

  it('refuses a broken settings file with a clear message, and applies nothing', async () => {
    const page = await openSettings();
    const before = await stored(page);
    const input = page.getByLabel('Settings file to import');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"longBreak": {"everyMinutes": ') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was imported.*the file is not JSON/);
    await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"longBreak": {"everyMinutes": 0}, "strict": true}') });
    await expect.poll(() => alert.textContent()).toContain('longBreak.everyMinutes must be a whole number between 5 and 240');
    expect(await stored(page)).toBe(before);
    expect(await page.getByRole('checkbox', { name: 'Strict mode' }).isChecked()).toBe(false);
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from('{"longBreak": {"everyMinutes": 30}}') });
    await expect.poll(() => field(page, 'Long breaks', 'Every').inputValue()).toBe('30');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('passes an axe scan in both themes; screenshots of each', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openSettings(scheme);
      await field(page, 'Long breaks', 'Every').fill('0');
      await field(page, 'Long breaks', 'Every').press('Tab');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `settings-${scheme}.png`) });
      await page.close();
    }
  });
});
