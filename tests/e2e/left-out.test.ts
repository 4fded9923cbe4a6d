import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OwnContent } from '../../core/exercises/own';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Own and adapted routines');

const OWN: OwnContent = {
  exercises: [{
    id: 'own-desk-press', own: true, name: 'Desk press', posture: 'seated', areas: ['shoulders'],
    steps: ['Rest both palms flat on the desk.', 'Press down gently and hold.', 'Let go and rest your hands.'],
    dosage: { kind: 'hold', holds: 2, holdSeconds: 10, restSeconds: 5, sides: 1 },
  }],
  routines: [{ id: 'own-my-set', own: true, name: 'My set', forKinds: ['long'], exerciseIds: ['own-desk-press', 'abdominal-bracing'] }],
  leftOut: [],
};

/** A page of the preview with the user's own routines stored, on a clock the test moves; closing is not done. */
async function openPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await chromium.newPage({ viewport: { width: 760, height: 700 }, colorScheme });
  await page.addInitScript((own) => {
    // Only the first load stores them: a later load reads what the break left behind.
    if (!localStorage.getItem('limber.routines')) localStorage.setItem('limber.routines', own);
    window.close = () => undefined;
  }, JSON.stringify(OWN));
  await page.clock.install();
  return page;
}

describe.skipIf(chromium.skip)('own and adapted routines in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('after This hurts, the next break of that routine runs without the exercise and says so', async () => {
    const page = await openPage();
    await page.goto(`${chromium.base()}#/break?routine=lower-back-reset`);
    await page.getByRole('timer').waitFor();
    await page.clock.runFor(8_000);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Abdominal bracing');
    await page.getByRole('button', { name: 'This hurts' }).click();
    const panel = page.getByRole('region', { name: /Stopped/ });
    await expect.poll(() => panel.textContent()).toContain('Abdominal bracing is now left out of every routine');
    await page.goto(`${chromium.base()}#/break?routine=lower-back-reset&kind=long`);
    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await page.getByText('Left out after This hurts: Abdominal bracing').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Seated rotation');
    expect(await page.getByText('Exercise 1 of 2').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'left-out-break.png') });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('shows an own exercise, the posture cue and This hurts\'s left-out line (%s theme)', async (colorScheme) => {
    const page = await openPage(colorScheme);
    await page.goto(`${chromium.base()}#/break?routine=own-my-set`);
    await page.getByRole('timer').waitFor();
    await page.clock.runFor(7_000);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Desk press');
    expect(await page.locator('section.exercise').getByText(/Limber has not checked this exercise/).filter({ visible: true }).count()).toBe(1);
    await expect.poll(() => page.title()).toBe('My set: break – Limber');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `own-exercise-${colorScheme}.png`) });
    await page.getByRole('button', { name: 'This hurts' }).click();
    await page.getByRole('region', { name: /Stopped/ }).getByText(/Desk press is now left out/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `hurts-left-out-${colorScheme}.png`) });

    await page.goto(`${chromium.base()}#/break?routine=posture-cue&kind=micro`);
    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sit tall');
    await page.clock.runFor(9_000);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `posture-cue-${colorScheme}.png`) });
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
