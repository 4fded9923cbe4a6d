import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Settings window, shortcuts');
const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

async function openSettings(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await chromium.newPage({ colorScheme, viewport: { width: 760, height: 900 } });
  await page.goto(`${chromium.base()}#/settings`);
  await page.getByRole('group', { name: 'Presets' }).waitFor();
  return page;
}
/** From the top of the page, as a keyboard user: Tab to the sections, End and up one to Shortcuts. */
async function toShortcutsByKeyboard(page: Page) {
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  expect(await page.getByRole('tabpanel').getByRole('heading').textContent()).toBe('Shortcuts');
  await page.getByRole('group', { name: 'Global shortcuts' }).waitFor();
}
/** The button that sets an action's shortcut, named for what it does whether or not it is listening. */
const setButton = (page: Page, action: string) =>
  page.getByRole('button', { name: new RegExp(`^(Set the shortcut|Press the keys) to ${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
/** The keys shown for an action, which its button's description names first. */
const shownKeys = (page: Page, action: string) => setButton(page, action).evaluate((button) =>
  document.getElementById((button.getAttribute('aria-describedby') ?? '').split(' ')[0] ?? '')?.textContent);
const describedBy = (page: Page, action: string) => setButton(page, action).evaluate((button) =>
  (button.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''));
const focused = (page: Page, action: string) => setButton(page, action).evaluate((button) => button === document.activeElement);
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('limber.settings') ?? '{}') as { shortcuts?: Record<string, string> });

describe.skipIf(chromium.skip)('settings shortcuts in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('records a combination from the keyboard alone, shows it, and keeps it through a reload', async () => {
    const page = await openSettings();
    await toShortcutsByKeyboard(page);
    expect(await page.title()).toBe('Shortcuts – Settings – Limber');
    await page.keyboard.press('Tab');
    expect(await focused(page, 'take a break now')).toBe(true);
    expect(await shownKeys(page, 'take a break now')).toBe('None');
    await page.keyboard.press('Enter');
    expect(await setButton(page, 'take a break now').textContent()).toBe('Press the keys…');
    expect(await setButton(page, 'take a break now').getAttribute('aria-label')).toBe('Press the keys to take a break now');
    expect(await describedBy(page, 'take a break now')).toContain('Press the combination now. Escape cancels; Backspace clears the shortcut.');
    await page.keyboard.press('Control+Alt+KeyB');
    await expect.poll(() => shownKeys(page, 'take a break now')).toBe('Ctrl+Alt+B');
    expect(await setButton(page, 'take a break now').textContent()).toBe('Set');
    expect(await focused(page, 'take a break now')).toBe(true);
    expect((await stored(page)).shortcuts?.breakNow).toBe('Ctrl+Alt+B');

    // Space starts listening too; a combination with Space is heard once, and its key coming up starts nothing.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Clear the shortcut to take a break now');
    await page.keyboard.press('Tab');
    expect(await focused(page, 'start the break that is due')).toBe(true);
    await page.keyboard.press('Space');
    expect(await setButton(page, 'start the break that is due').textContent()).toBe('Press the keys…');
    await page.keyboard.press('Alt+Shift+Space');
    await expect.poll(() => shownKeys(page, 'start the break that is due')).toBe('Alt+Shift+Space');
    expect(await setButton(page, 'start the break that is due').textContent()).toBe('Set');

    await page.reload();
    await page.getByRole('group', { name: 'Presets' }).waitFor();
    await toShortcutsByKeyboard(page);
    expect(await shownKeys(page, 'take a break now')).toBe('Ctrl+Alt+B');
    expect(await shownKeys(page, 'start the break that is due')).toBe('Alt+Shift+Space');
    expect(chromium.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('refuses Ctrl+S at the field and keeps listening; Escape gives up and Tab moves on', async () => {
    const page = await openSettings();
    await toShortcutsByKeyboard(page);
    const snooze = setButton(page, 'snooze the break');
    await snooze.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+KeyS');
    const message = 'Ctrl+S would take keys other programs use: hold Ctrl+Alt or Alt+Shift with it (Ctrl+Alt+B, say), or use F13 to F24 alone.';
    await page.getByText(message).waitFor();
    expect(await describedBy(page, 'snooze the break')).toContain(message);
    expect(await snooze.getAttribute('aria-invalid')).toBe('true');
    expect(await snooze.textContent()).toBe('Press the keys…');
    expect(await page.locator('.settings-header').getByRole('status').textContent()).toBe('Not saved: 1 field needs fixing.');
    expect((await stored(page)).shortcuts?.snooze ?? '').toBe('');
    await page.keyboard.press('Escape');
    expect(await snooze.textContent()).toBe('Set');
    expect(await page.getByText(message).count()).toBe(0);
    // Tab leaves a listening field as any other.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page, 'skip the break')).toBe(true);
    expect(await snooze.textContent()).toBe('Set');
    await page.close();
  });

  it('passes an axe scan in both themes, with shortcuts set, one refused and one listening; a screenshot of each', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openSettings(scheme);
      await toShortcutsByKeyboard(page);
      for (const [action, keys, shown] of [
        ['take a break now', 'Control+Alt+KeyB', 'Ctrl+Alt+B'], ['pause for an hour, or resume', 'Alt+Shift+KeyP', 'Alt+Shift+P'],
      ] as const) {
        await setButton(page, action).focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press(keys);
        await expect.poll(() => shownKeys(page, action)).toBe(shown);
      }
      await setButton(page, 'turn “I’m reading” on or off').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('KeyR');
      await page.getByText(/^R would take keys/).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `settings-shortcuts-refused-${scheme}.png`) });
      // Given up, then listening again: the screenshot shows a field listening, with its hint.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await page.getByText('Press the combination now. Escape cancels; Backspace clears the shortcut.').waitFor();
      expect(await axeViolations(page), scheme).toEqual([]);
      const shot = join(SHOTS, `settings-shortcuts-${scheme}.png`);
      await page.screenshot({ path: shot });
      if (scheme === 'light') copyFileSync(shot, join(DOCS_SHOTS, 'settings-shortcuts.png'));
      expect(chromium.consoleErrors(page)).toEqual([]);
      await page.close();
    }
  });
});
