import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Routines settings');

async function openRoutines(colorScheme: 'light' | 'dark' = 'light', height = 1000): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, viewport: { width: 900, height } });
  await page.goto(`${chromium.base()}#/settings`);
  await page.getByRole('tab', { name: /^Routines/ }).click();
  await page.getByRole('group', { name: 'Your routines' }).waitFor();
  return page;
}
const yours = (page: Page) => page.getByRole('group', { name: 'Your routines' });
const editor = (page: Page) => page.getByRole('region', { name: /^(New routine|Edit “)/ });
const actions = (page: Page, name: string) => page.getByRole('group', { name: `Actions for “${name}”` });
const listed = (page: Page) => page.locator('.own-routine-name').allTextContents();
const describedBy = (input: Locator) => input.evaluate((element) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

/** A new routine of two exercises for micro breaks, open in the editor with its name typed. */
async function startDeskReset(page: Page) {
  await yours(page).getByRole('button', { name: 'New routine' }).click();
  const open = editor(page);
  await open.getByRole('textbox', { name: 'Name' }).fill('Desk reset');
  for (const exercise of ['Abdominal bracing', 'Neck flexion']) {
    await open.getByRole('combobox', { name: 'Exercise to add' }).selectOption({ label: exercise });
    await open.getByRole('button', { name: 'Add', exact: true }).click();
  }
  return open;
}

describe.skipIf(chromium.skip)('the Routines settings section in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('builds a routine, refusing a count over the full dose, and warns when it won’t fit a short micro break', async () => {
    const page = await openRoutines();
    const open = await startDeskReset(page);
    expect(await open.getByRole('checkbox', { name: 'Micro' }).isChecked()).toBe(true);
    const bracing = open.getByRole('textbox', { name: 'How many for Abdominal bracing' });
    expect(await bracing.inputValue()).toBe('10');
    expect(await open.getByText('of 10 holds').isVisible()).toBe(true);
    await bracing.fill('12');
    const refusal = '12 is more than the full dose: at most 10 holds.';
    expect(await bracing.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(bracing)).toContain(refusal);
    expect(await open.getByText(refusal).isVisible()).toBe(true);
    await bracing.fill('2');
    expect(await bracing.getAttribute('aria-invalid')).toBeNull();

    const length = open.locator('[aria-live="polite"].routine-length');
    const before = await length.textContent();
    expect(before).toMatch(/^Length: \d/);
    expect(before).toContain('won’t fit, so Limber offers another routine then');
    await open.getByRole('textbox', { name: 'How many for Neck flexion' }).fill('1');
    await expect.poll(() => length.textContent()).not.toBe(before);

    await open.getByRole('button', { name: 'Save routine' }).click();
    await expect.poll(() => listed(page)).toEqual(['Desk reset']);
    expect(await editor(page).count()).toBe(0);
    const pin = page.getByRole('combobox', { name: 'For micro breaks' });
    expect(await pin.locator('option').allTextContents()).toContain('Desk reset');
    expect(await page.getByRole('combobox', { name: 'For long breaks' }).locator('option').allTextContents()).not.toContain('Desk reset');
    await pin.selectOption({ label: 'Desk reset' });

    await page.reload();
    await page.getByRole('tab', { name: /^Routines/ }).click();
    await expect.poll(() => listed(page)).toEqual(['Desk reset']);
    expect(await page.getByRole('combobox', { name: 'For micro breaks' }).inputValue()).toBe('own-desk-reset');
    await actions(page, 'Desk reset').getByRole('button', { name: 'Edit' }).click();
    expect(await editor(page).getByRole('textbox', { name: 'How many for Abdominal bracing' }).inputValue()).toBe('2');
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('duplicates a built-in routine, reorders, and deletes only after asking', async () => {
    const page = await openRoutines();
    await yours(page).getByRole('combobox', { name: 'Start from a copy of Limber’s' }).selectOption({ label: 'Neck release' });
    await yours(page).getByRole('button', { name: 'Copy as yours' }).click();
    await yours(page).getByRole('combobox', { name: 'Start from a copy of Limber’s' }).selectOption({ label: 'Spine wave' });
    await yours(page).getByRole('button', { name: 'Copy as yours' }).click();
    await expect.poll(() => listed(page)).toEqual(['Neck release (copy)', 'Spine wave (copy)']);
    await actions(page, 'Spine wave (copy)').getByRole('button', { name: 'Move up' }).click();
    await expect.poll(() => listed(page)).toEqual(['Spine wave (copy)', 'Neck release (copy)']);

    const remove = actions(page, 'Spine wave (copy)').getByRole('button', { name: 'Delete' });
    await remove.click();
    const question = page.getByRole('group', { name: 'Delete “Spine wave (copy)”?' });
    await expect.poll(() => question.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await remove.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await question.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => listed(page)).toEqual(['Neck release (copy)']);
    await page.close();
  });

  it('refuses a bad routine file whole, listing every problem', async () => {
    const page = await openRoutines();
    const bad = { format: 'limber-routine', version: 1, routine: { id: 'own-x', name: '', forKinds: [], exerciseIds: [] }, exercises: [] };
    await page.getByLabel('Routine file to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = yours(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was imported.');
    const problems = await alert.getByRole('listitem').allTextContents();
    expect(problems).toHaveLength(3);
    expect(problems.join(' ')).toMatch(/name/);
    expect(await listed(page)).toEqual([]);
    await page.close();
  });

  it('passes an axe scan with a routine open in the editor, in both themes; screenshots of each', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openRoutines(scheme, 1500);
      await yours(page).getByRole('combobox', { name: 'Start from a copy of Limber’s' }).selectOption({ label: 'Neck release' });
      await yours(page).getByRole('button', { name: 'Copy as yours' }).click();
      await expect.poll(() => listed(page)).toEqual(['Neck release (copy)']);
      const open = await startDeskReset(page);
      await open.getByRole('textbox', { name: 'How many for Abdominal bracing' }).fill('12');
      expect(await axeViolations(page)).toEqual([]);
      const unlabelled = await page.locator('[role="tabpanel"]:not([hidden]) :is(input, select, button)').evaluateAll((controls) =>
        controls.filter((control) => !(control as HTMLInputElement).labels?.length && !control.getAttribute('aria-label')
          && !control.getAttribute('aria-labelledby') && !control.textContent.trim() && !(control as HTMLInputElement).hidden).length);
      expect(unlabelled).toBe(0);
      await yours(page).evaluate((group) => { group.scrollIntoView(); });
      const shot = join(SHOTS, `settings-routines-${scheme}.png`);
      await page.screenshot({ path: shot });
      if (scheme === 'light') copyFileSync(shot, join(import.meta.dirname, '..', '..', 'docs', 'screenshots', 'settings-routines.png'));
      await page.close();
    }
  });
});
