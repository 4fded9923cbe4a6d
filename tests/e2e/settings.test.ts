import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Settings window');

async function openSettings(colorScheme: 'light' | 'dark' = 'light', viewport = { width: 760, height: 900 }): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, viewport });
  await page.goto(`${chromium.base()}#/settings`);
  await page.getByRole('group', { name: 'Presets' }).waitFor();
  return page;
}
const field = (page: Page, group: string, label: string) => page.getByRole('group', { name: group }).getByRole('textbox', { name: label });
const showSection = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
/** The window's own save status, in the header above the sections. */
const status = (page: Page) => page.locator('.settings-header').getByRole('status');
const enter = async (page: Page, group: string, label: string, value: string) => {
  await field(page, group, label).fill(value);
  await field(page, group, label).press('Tab');
};
/** The kinds of dialog the page raises, each dismissed: the page stays. */
const dismissedDialogs = (page: Page) => {
  const kinds: string[] = [];
  page.on('dialog', (dialog) => {
    kinds.push(dialog.type());
    void dialog.dismiss();
  });
  return kinds;
};
/** The text of each element an input's aria-describedby names, in order. */
const describedBy = (page: Page, group: string, label: string) => field(page, group, label).evaluate((input) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''));
const inViewport = (page: Page, locator: ReturnType<Page['locator']>) => locator.evaluate((element) => {
  const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
});
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('limber.settings'));

describe.skipIf(chromium.skip)('settings window in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('keeps a changed setting through a reload', async () => {
    const page = await openSettings();
    const every = field(page, 'Long breaks', 'Every');
    await every.fill('50');
    await every.press('Tab');
    await showSection(page, 'Sounds and look');
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
      ['', 'This is empty: enter a number of minutes from 5 to 240.'],
      ['often', '“often” is not a number: use whole minutes, from 5 to 240.'],
      ['4.5', '“4.5” is not a whole number: use whole minutes, from 5 to 240.'],
      ['0', '0 is too low: choose from 5 to 240 minutes.'],
      ['-10', '-10 is too low: choose from 5 to 240 minutes.'],
      ['241', '241 is too high: choose from 5 to 240 minutes.'],
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
    await showSection(page, 'Files');
    const input = page.getByLabel('Settings file to import');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"longBreak": {"everyMinutes": ') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was imported.*the file is not JSON/);
    await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"longBreak": {"everyMinutes": 0}, "strict": true}') });
    await expect.poll(() => alert.textContent()).toContain('longBreak.everyMinutes must be a whole number between 5 and 240');
    expect(await stored(page)).toBe(before);
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from('{"longBreak": {"everyMinutes": 30}}') });
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await showSection(page, 'Breaks');
    expect(await page.getByRole('checkbox', { name: 'Strict mode' }).isChecked()).toBe(false);
    expect(await field(page, 'Long breaks', 'Every').inputValue()).toBe('30');
    await page.close();
  });

  it('counts the refused fields in a status that stays in view while the last field of a section is edited', async () => {
    const page = await openSettings('light', { width: 720, height: 600 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await enter(page, 'Long breaks', 'Every', '50');
    await expect.poll(() => status(page).textContent()).toBe('Saved.');
    await enter(page, 'Long breaks', 'Every', '0');
    await enter(page, 'Micro breaks', 'Lasting', 'half a minute');
    // The last field of the Breaks section, far below the status before the header held it.
    await enter(page, 'Prompts', 'Snooze limit', '99');
    await expect.poll(() => status(page).textContent()).toBe('Not saved: 3 fields need fixing.');
    expect(await inViewport(page, field(page, 'Prompts', 'Snooze limit'))).toBe(true);
    expect(await inViewport(page, status(page))).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Not saved: 3 fields need fixing.' }).getAttribute('role')).toBe('status');
    await showSection(page, 'Files');
    await page.getByRole('button', { name: 'Go to the first field to fix' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await field(page, 'Long breaks', 'Every').evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await inViewport(page, field(page, 'Long breaks', 'Every'))).toBe(true);
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('marks a refused field with a border and a sign as well as colour, and says what is wrong, not the hint again', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openSettings(scheme);
      const every = field(page, 'Long breaks', 'Every');
      const border = () => every.evaluate((input) => {
        const style = getComputedStyle(input);
        return { width: style.borderTopWidth, color: style.borderTopColor };
      });
      const plain = await border();
      await enter(page, 'Long breaks', 'Every', '241');
      expect(await every.getAttribute('aria-invalid')).toBe('true');
      const refused = await border();
      const warn = await page.locator('.error').first().evaluate((message) => getComputedStyle(message).color);
      expect(refused, scheme).toEqual({ width: '2px', color: warn });
      expect(refused.color).not.toBe(plain.color);
      const sign = every.locator('xpath=..').locator('svg.warning-icon');
      expect(await sign.isVisible()).toBe(true);
      expect(await sign.getAttribute('aria-hidden')).toBe('true');
      const [message, hint] = await describedBy(page, 'Long breaks', 'Every');
      expect(message).toBe('241 is too high: choose from 5 to 240 minutes.');
      expect(hint).toBe('5–240 minutes. Counted in time spent sitting.');
      expect(await page.getByText(message ?? '').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('asks before the page closes while a field holds a refused value, and not once none does', async () => {
    const page = await openSettings();
    const dialogs = dismissedDialogs(page);
    // Chromium asks only on a page the user has interacted with: a click, as a user's.
    await field(page, 'Long breaks', 'Lasting').click();
    await enter(page, 'Long breaks', 'Lasting', '0');
    // The page guards its closing once it has counted the refused field.
    await expect.poll(() => status(page).textContent()).toMatch(/^Not saved: 1 field needs fixing/);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    // Dismissed: the page stays, with what was typed.
    expect(page.isClosed()).toBe(false);
    expect(await field(page, 'Long breaks', 'Lasting').inputValue()).toBe('0');
    await enter(page, 'Long breaks', 'Lasting', '6');
    await expect.poll(() => status(page).textContent()).toBe('Saved.');
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(['beforeunload']);
  });

  it('asks before closing while a value it would refuse is still being typed, and then shows why', async () => {
    const page = await openSettings();
    const dialogs = dismissedDialogs(page);
    await field(page, 'Long breaks', 'Lasting').click();
    await field(page, 'Long breaks', 'Lasting').fill('0');
    expect(await status(page).textContent()).toBe('Saved.');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(await page.evaluate(() => document.documentElement.dataset.closeQuestion)).toBe('1 field was not saved.');
    await expect.poll(() => status(page).textContent()).toMatch(/^Not saved: 1 field needs fixing/);
    expect(await field(page, 'Long breaks', 'Lasting').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows one section at a time, chosen from a side navigation by keyboard, named in the title', async () => {
    const page = await openSettings();
    expect(await page.title()).toBe('Breaks – Settings – Limber');
    const tabs = page.getByRole('tablist', { name: 'Settings sections' }).getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Breaks', 'Schedule', 'Calls and watching', 'Routines', 'Sounds and look', 'Shortcuts', 'Files']);
    // From the top of the page, Tab reaches the section chosen, and no other tab.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Breaks');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Schedule');
    expect(await page.getByRole('tabpanel').getByRole('heading').textContent()).toBe('Schedule');
    expect(await page.getByRole('group', { name: 'Presets' }).isVisible()).toBe(false);
    await expect.poll(() => page.title()).toBe('Schedule – Settings – Limber');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
    expect(await page.getByRole('checkbox', { name: 'Only prompt me during working hours' }).evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    expect(await page.getByRole('tabpanel').getByRole('heading').textContent()).toBe('Files');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('tabpanel').getByRole('heading').textContent()).toBe('Breaks');
    for (const name of ['Breaks', 'Schedule', 'Calls and watching', 'Routines', 'Sounds and look', 'Shortcuts', 'Files']) {
      await showSection(page, name);
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), name).toBe(true);
      expect(await axeViolations(page), name).toEqual([]);
    }
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows the working week only while working hours are on', async () => {
    const page = await openSettings();
    await showSection(page, 'Schedule');
    const monday = page.getByRole('group', { name: 'Monday' });
    const onlyDuring = page.getByRole('checkbox', { name: 'Only prompt me during working hours' });
    expect(await monday.count()).toBe(0);
    await onlyDuring.check();
    await monday.waitFor();
    expect(await page.getByRole('group', { name: 'Working hours' }).getByRole('group').count()).toBe(7);
    await onlyDuring.uncheck();
    await monday.waitFor({ state: 'detached' });
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
