// The user's own routines in the packaged app: one built in the settings and started from the tray, This hurts
// leaving its exercise out of the next run, an own exercise on the break screen, and a routine exported from one
// profile and imported into a fresh one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../core/exercises/catalogue';
import type { OwnContent, OwnExerciseRecord, OwnRoutine } from '../../core/exercises/own';
import { salvageOwn } from '../../core/exercises/own-check';
import { clickToClose, closeLimber, homeFor, launchLimber, type LimberRun } from '../../harness/real-electron';
import { E2E_TIMEOUT, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { chooseFromTrayMenu, menuWhile, windowClass } from './tray-menu';

const desktop = useDesktop('Routines');
const CLASS = windowClass('packaged');
const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** An own exercise and a routine of it, written to routines.json before the start. */
const WALL_PRESS: OwnExerciseRecord = {
  id: 'own-wall-press', own: true, name: 'Wall press', posture: 'standing', areas: ['shoulders'],
  steps: ['Stand an arm’s length from a wall, palms on it at shoulder height.', 'Press gently into the wall, then ease off.'],
  dosage: { kind: 'hold', holds: 2, holdSeconds: 10, restSeconds: 5, sides: 1 },
};
const AT_THE_WALL: OwnRoutine = { id: 'own-at-the-wall', own: true, name: 'At the wall', forKinds: ['long'], exerciseIds: ['own-wall-press'] };

const ownOf = (run: LimberRun): OwnContent => salvageOwn(JSON.parse(readFileSync(join(run.userData, 'routines.json'), 'utf8'))).value;
/** The tray menu's label for an own routine, as Limber builds it from routines.json now. */
const menuPath = (run: LimberRun, name: string) => {
  const take = menuWhile('sitting', undefined, {}, catalogueOf(ownOf(run))).find((entry) => entry !== 'separator' && entry.label === 'Take a break now');
  const label = take === 'separator' ? undefined : take?.submenu?.find((entry) => entry !== 'separator' && entry.label.startsWith(`${name} (`));
  if (!label || label === 'separator') throw new Error(`no ${name} in the tray menu`);
  return ['Take a break now', label.label];
};

/** The settings window, opened from a second start (the tray's own items have tests of their own), at its Routines section. */
async function openRoutinesSection(run: LimberRun): Promise<Page> {
  expect(run.again('--settings').status).toBe(0);
  const page = await run.page('settings');
  await page.getByRole('tab', { name: /^Routines/ }).click();
  await page.getByRole('group', { name: 'Your routines' }).waitFor();
  return page;
}

/** The exercise the break window shows, once it shows one. */
const exerciseShown = (page: Page) => page.locator('#exercise-name').textContent();

async function startFromTray(run: LimberRun, name: string, id: string): Promise<Page> {
  await chooseFromTrayMenu(desktop.get(), CLASS, menuWhile('sitting', undefined, {}, catalogueOf(ownOf(run))), menuPath(run, name));
  const page = await run.page(`break?routine=${id}&kind=long`);
  await page.locator('#exercise-name').waitFor();
  return page;
}

describe.skipIf(desktop.skip)('own routines in real Electron', () => {
  it('builds a routine, runs it from the tray, leaves out what hurt, shows an own exercise, and shares it with another profile', { timeout: 6 * E2E_TIMEOUT }, async () => {
    const seeded: OwnContent = { exercises: [WALL_PRESS], routines: [AT_THE_WALL], leftOut: [] };
    // Seeded before the start, for the own exercise: the editor for one has tests of its own in Chromium.
    const { home, userData } = homeFor('Limber', { config: { theme: 'light' } });
    writeFileSync(join(userData, 'routines.json'), JSON.stringify({ version: 1, ...seeded }));
    let exported = '';
    const first = await launchLimber(desktop.get(), { home });
    try {
      // a. A routine built in the settings: long breaks, two library exercises, a count.
      const settings = await openRoutinesSection(first);
      await settings.getByRole('button', { name: 'New routine' }).click();
      const editor = settings.getByRole('region', { name: 'New routine' });
      await editor.getByRole('textbox', { name: 'Name' }).fill('Desk pause');
      await editor.getByRole('checkbox', { name: 'Long' }).check();
      if (await editor.getByRole('checkbox', { name: 'Micro' }).isChecked()) await editor.getByRole('checkbox', { name: 'Micro' }).uncheck();
      for (const exercise of ['Abdominal bracing', 'Neck flexion']) {
        await editor.getByRole('combobox', { name: 'Exercise to add' }).selectOption({ label: exercise });
        await editor.getByRole('button', { name: 'Add', exact: true }).click();
      }
      await editor.getByRole('textbox', { name: 'How many for Abdominal bracing' }).fill('2');
      await settings.locator('.settings-panel:not([hidden])').screenshot({ path: join(DOCS_SHOTS, 'routines-settings.png') });
      await editor.getByRole('button', { name: 'Save routine' }).click();
      const deskPause = await until('Desk pause in routines.json', () => ownOf(first).routines.find((routine) => routine.name === 'Desk pause'));
      expect(deskPause).toMatchObject({ forKinds: ['long'], exerciseIds: ['abdominal-bracing', 'neck-flexion'], repeats: { 'abdominal-bracing': 2 } });

      // b. Started from the tray: its first exercise, then This hurts.
      let breakPage = await startFromTray(first, 'Desk pause', deskPause.id);
      expect(await exerciseShown(breakPage)).toBe('Abdominal bracing');
      await breakPage.getByRole('button', { name: 'This hurts' }).click();
      const panel = breakPage.getByRole('region', { name: /Stopped/ });
      await panel.waitFor();
      expect(await panel.textContent()).toContain('Abdominal bracing is now left out of every routine.');
      await until('abdominal bracing left out', () => ownOf(first).leftOut.some((entry) => entry.exercise === 'abdominal-bracing') || null);
      await clickToClose(breakPage, 'Close');

      // c. Started again: without it.
      breakPage = await startFromTray(first, 'Desk pause', deskPause.id);
      expect(await exerciseShown(breakPage)).toBe('Neck flexion');
      expect(await breakPage.getByText('Left out after This hurts: Abdominal bracing').isVisible()).toBe(true);
      await breakPage.keyboard.press('Escape');
      await clickToClose(breakPage, 'Close');

      // d. The own exercise on the break screen.
      breakPage = await startFromTray(first, 'At the wall', AT_THE_WALL.id);
      expect(await exerciseShown(breakPage)).toBe('Wall press');
      await breakPage.screenshot({ path: join(DOCS_SHOTS, 'break-own-exercise.png') });
      await breakPage.keyboard.press('Escape');
      await clickToClose(breakPage, 'Close');

      // e. Exported where a save dialog would put it (the dialog itself is the desktop's).
      exported = join(first.home, 'desk-pause.json');
      await first.app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path });
      }, exported);
      const again = await openRoutinesSection(first);
      await again.getByRole('group', { name: 'Actions for “Desk pause”' }).getByRole('button', { name: 'Export…' }).click();
      await until('the exported file', () => {
        try {
          return readFileSync(exported, 'utf8');
        } catch {
          return null;
        }
      });
    } finally {
      await closeLimber(first);
    }

    const second = await launchLimber(desktop.get(), { config: { theme: 'light' } });
    try {
      const settings = await openRoutinesSection(second);
      await settings.getByLabel('Routine file to import').setInputFiles(exported);
      await settings.getByText('Added “Desk pause” from desk-pause.json.').waitFor();
      expect(await settings.locator('.own-routine-name').allTextContents()).toEqual(['Desk pause']);
      const imported = await until('Desk pause in the second routines.json', () => ownOf(second).routines.find((routine) => routine.name === 'Desk pause'));
      expect(imported).toMatchObject({ forKinds: ['long'], exerciseIds: ['abdominal-bracing', 'neck-flexion'] });
    } finally {
      await closeLimber(second);
    }
  });
});
