import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../core/exercises/library';
import type { OwnContent, OwnExerciseRecord } from '../../core/exercises/own';
import { ownExerciseWords } from '../../core/words/settings/own-exercises';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Own exercises');
const OWN_KEY = 'limber.routines';
const WALL_PRESS: OwnExerciseRecord = {
  id: 'own-wall-press', own: true, name: 'Wall press', posture: 'standing', areas: ['shoulders'], steps: ['Press your palms into the wall.'],
  dosage: { kind: 'hold', holds: 2, holdSeconds: 20, restSeconds: 10, sides: 1 },
};

/** The settings window on its Routines section, with `own` in the preview's storage on the first load only. */
async function openRoutines(own: OwnContent, colorScheme: 'light' | 'dark' = 'light', height = 1000): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, viewport: { width: 900, height } });
  await page.addInitScript(([key, stored]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, stored);
  }, [OWN_KEY, JSON.stringify(own)] as const);
  await page.goto(`${chromium.base()}#/settings`);
  await page.getByRole('tab', { name: /^Routines/ }).click();
  await yours(page).waitFor();
  return page;
}
const yours = (page: Page) => page.getByRole('group', { name: ownExerciseWords.title });
const editor = (page: Page) => page.getByRole('form', { name: ownExerciseWords.editor.newTitle });
const stored = async (page: Page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key) ?? '{}', OWN_KEY)) as Partial<OwnContent>;
const described = (page: Page, label: string) => editor(page).getByRole('textbox', { name: label }).evaluate((input) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

describe.skipIf(chromium.skip)('own exercises in the settings window (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('makes an exercise, refusing a value out of range at its field, offers it to routines, and deletes it', async () => {
    const page = await openRoutines({ exercises: [], routines: [], leftOut: [] });
    await yours(page).getByRole('button', { name: ownExerciseWords.newExercise }).click();
    const form = editor(page);
    await form.getByRole('textbox', { name: 'Name' }).fill('Wall press');
    await form.getByRole('radio', { name: ownExerciseWords.postures.standing }).check();
    await form.getByRole('combobox', { name: ownExerciseWords.editor.area }).selectOption({ label: 'Shoulders' });
    await form.getByRole('textbox', { name: 'Steps' }).fill('Stand facing a wall.\nPress your palms into it.');
    const hold = form.getByRole('textbox', { name: 'Each hold' });
    await hold.fill('45');
    await hold.press('Tab');
    const tooLong = '45 is too high: choose from 5 to 30 seconds.';
    expect(await hold.getAttribute('aria-invalid')).toBe('true');
    expect(await described(page, 'Each hold')).toContain(tooLong);
    await expect.poll(() => page.locator('.settings-header').getByRole('status').textContent()).toBe('Not saved: 1 field needs fixing.');
    expect(await form.getByText(ownExerciseWords.editor.lengthUnknown).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await hold.fill('20');
    await hold.press('Tab');
    expect(await hold.getAttribute('aria-invalid')).toBeNull();
    await form.getByRole('radio', { name: ownExerciseWords.sideChoices[2] }).check();
    expect(await form.locator('.own-length').textContent()).toMatch(/^Takes \d+ min( \d+ s)? as a break runs it\.$/);
    await form.getByRole('button', { name: ownExerciseWords.editor.save }).click();

    await yours(page).getByRole('status').filter({ hasText: ownExerciseWords.saved('Wall press') }).waitFor();
    expect(await yours(page).getByText('Wall press', { exact: true }).isVisible()).toBe(true);
    const saved = (await stored(page)).exercises?.[0];
    expect(saved).toMatchObject({ id: 'own-wall-press', posture: 'standing', areas: ['shoulders'], firstSide: 'right', dosage: { kind: 'hold', holdSeconds: 20, sides: 2 } });
    expect(saved?.steps).toEqual(['Stand facing a wall.', 'Press your palms into it.']);

    // B1's routine editor offers it among the exercises to add.
    await page.getByRole('button', { name: 'New routine' }).click();
    const picker = page.getByRole('combobox', { name: 'Exercise to add' });
    expect(await picker.locator('option', { hasText: 'Wall press' }).count()).toBe(1);

    await yours(page).getByRole('button', { name: ownExerciseWords.deleteLabel('Wall press') }).click();
    const question = yours(page).getByRole('group', { name: ownExerciseWords.deleteQuestion('Wall press') });
    await question.getByRole('button', { name: ownExerciseWords.cancel }).click();
    expect((await stored(page)).exercises).toHaveLength(1);
    await yours(page).getByRole('button', { name: ownExerciseWords.deleteLabel('Wall press') }).click();
    await question.getByRole('button', { name: ownExerciseWords.delete }).click();
    await yours(page).getByText(ownExerciseWords.deleted('Wall press')).waitFor();
    expect((await stored(page)).exercises).toEqual([]);
    expect(await yours(page).getByText(ownExerciseWords.none).isVisible()).toBe(true);
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('edits an exercise a routine uses, keeping its id, and refuses to delete it, naming the routine', async () => {
    const routine = { id: 'own-mine', own: true as const, name: 'Mine', forKinds: ['micro' as const], exerciseIds: ['own-wall-press'] };
    const page = await openRoutines({ exercises: [WALL_PRESS], routines: [routine], leftOut: [] });
    await yours(page).getByRole('button', { name: ownExerciseWords.editLabel('Wall press') }).click();
    const form = page.getByRole('form', { name: ownExerciseWords.editor.editTitle('Wall press') });
    expect(await form.getByRole('textbox', { name: 'Each hold' }).inputValue()).toBe('20');
    expect(await form.getByRole('radio', { name: ownExerciseWords.postures.standing }).isChecked()).toBe(true);
    await form.getByRole('textbox', { name: 'Name' }).fill('Palm press');
    await form.getByRole('button', { name: ownExerciseWords.editor.save }).click();
    await yours(page).getByText(ownExerciseWords.saved('Palm press')).waitFor();
    expect((await stored(page)).exercises).toEqual([{ ...WALL_PRESS, name: 'Palm press' }]);

    await yours(page).getByRole('button', { name: ownExerciseWords.deleteLabel('Palm press') }).click();
    await yours(page).getByText(ownExerciseWords.inUse('Palm press', ['Mine'])).waitFor();
    expect(await yours(page).getByRole('group').count()).toBe(0);
    expect((await stored(page)).exercises).toHaveLength(1);
    await page.close();
  });

  it('lists what This hurts left out, since when, and brings one back', async () => {
    const since = Date.now() - 4 * 24 * 3_600_000;
    const page = await openRoutines({ exercises: [], routines: [], leftOut: [{ exercise: 'seated-march', since }] });
    const leftOut = page.getByRole('group', { name: ownExerciseWords.leftOut.title });
    const name = exerciseById('seated-march')?.name ?? '';
    expect(await leftOut.getByText(name, { exact: true }).isVisible()).toBe(true);
    expect(await leftOut.getByText(ownExerciseWords.leftOut.since(since, Date.now())).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await leftOut.getByRole('button', { name: ownExerciseWords.leftOut.bringBackLabel(name) }).click();
    await leftOut.getByText(ownExerciseWords.leftOut.none).waitFor();
    expect((await stored(page)).leftOut).toEqual([]);
    await page.close();
  });

  it('shows the editor, with a refused value, in both themes; screenshots of each', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      // Tall enough for the whole section: the panel scrolls, and a screenshot shows only what is in view.
      const page = await openRoutines({ exercises: [WALL_PRESS], routines: [], leftOut: [{ exercise: 'seated-march', since: Date.now() }] }, scheme, 2400);
      await yours(page).getByRole('button', { name: ownExerciseWords.newExercise }).click();
      const rest = editor(page).getByRole('textbox', { name: 'Rest between' });
      await rest.fill('31');
      await rest.press('Tab');
      expect(await rest.getAttribute('aria-invalid'), scheme).toBe('true');
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.locator('.settings-panel:not([hidden])').screenshot({ path: join(SHOTS, `own-exercise-editor-${scheme}.png`) });
      await page.close();
    }
  });
});
