// Every screen in the pseudo-locale, walked in Chromium: each message reads accented, longer and inside ⟦ ⟧, so a text
// on screen with plain English letters came from somewhere other than the catalog.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localUtcOffset } from '../../electron/system/clock';
import { dayKey } from '../../core/history/history';
import { OWN_NAMES, PSEUDO } from '../../core/i18n/languages';
import { catalog } from '../../i18n/locales/en/index';
import { pseudoSpeaker } from '../../i18n/pseudo';
import { sampleHistory } from '../../scripts/sample-history';
import { BROWSER_TEST_TIMEOUT, SHOTS, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Pseudo-locale');
const AN_OFFER = { current: '0.1.0', canInstall: true, offer: { version: '9.9.9', state: 'available', percent: 0, problem: null, notes: null }, whatsNew: null };

/**
 * Texts on the page with English letters: every text node, the title, and what a screen reader reads from attributes.
 * The pseudo-locale accents every letter of every message, and the values put into them come through the catalog
 * too, so plain A-Z can only come from somewhere else. A language's own name ("English" in the list of languages)
 * is the same in every language, and text marked as another language is not the page's.
 */
function leaks(page: Page): Promise<string[]> {
  return page.evaluate((ownNames) => {
    const english = (text: string) => /[A-Za-z]{2,}/.test(ownNames.reduce((left, name) => left.replaceAll(name, ''), text));
    const ours = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang') === document.documentElement.lang;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (node.parentElement?.closest('script, style') === null && ours(node.parentElement) && english(text)) found.push(text);
    }
    for (const element of [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]')].filter(ours)) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = element.getAttribute(name);
        if (value && english(value)) found.push(`${name}="${value}"`);
      }
    }
    if (english(document.title)) found.push(`<title>${document.title}</title>`);
    return found;
  }, Object.values(OWN_NAMES));
}

async function open(route: string, stored: Record<string, string> = {}, settings: Record<string, unknown> = {}): Promise<Page> {
  const page = await chromium.newPage({ viewport: { width: 1000, height: 900 } });
  await page.addInitScript(({ items, chosen }) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    localStorage.setItem('limber.settings', chosen);
    window.close = () => undefined;
  }, { items: stored, chosen: JSON.stringify({ language: PSEUDO, ...settings }) });
  await page.clock.install();
  await page.goto(`${chromium.base()}#/${route}`);
  await page.locator('#root > *').first().waitFor();
  // The page speaks once its catalog is in: the root is filled only then.
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(PSEUDO);
  return page;
}

/** Every text seen with English letters outside the marks, by where it was seen, as the walk goes on. */
function walk() {
  const seen = new Map<string, string>();
  return {
    async look(page: Page, where: string) {
      for (const text of await leaks(page)) if (!seen.has(text)) seen.set(text, where);
    },
    leaked: () => [...seen].map(([text, where]) => `${where}: ${text}`),
  };
}

describe.skipIf(chromium.skip)('every screen in the pseudo-locale (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('shows no text that bypassed the catalog: home, prompts, a break through every phase, This hurts, the check-ins', async () => {
    const seen = walk();
    const home = await open('');
    await home.getByRole('list').first().waitFor();
    await seen.look(home, 'home');
    for (const kind of ['long', 'micro']) {
      await home.goto(`${chromium.base()}#/prompt?kind=${kind}`);
      await home.reload();
      await home.getByRole('button').first().waitFor();
      await seen.look(home, `prompt (${kind})`);
    }
    await home.close();

    // Two-sided holds, rests between them and the end screen: looked at every two seconds of the whole routine.
    const page = await open('break?routine=neck-and-shoulders&kind=long');
    await page.getByRole('timer').waitFor();
    await page.screenshot({ path: join(SHOTS, 'pseudo-break.png') });
    const complete = pseudoSpeaker(catalog).translate('player.complete');
    const ended = async () => (await page.getByRole('status').allTextContents()).includes(complete);
    for (let second = 0; second < 600 && !(await ended()); second += 2) {
      await seen.look(page, `break at ${second} s`);
      await page.clock.runFor(2_000);
    }
    expect(await ended()).toBe(true);
    await seen.look(page, 'break: the end');
    await page.close();

    const hurts = await open('break?routine=lower-back-reset&kind=long');
    await hurts.getByRole('timer').waitFor();
    await hurts.getByRole('button', { name: /Ţĥíš ĥüŕţš/ }).click();
    await hurts.getByRole('heading').nth(1).waitFor();
    await seen.look(hurts, 'This hurts');
    await hurts.close();

    const checkIn = await open('break?routine=lower-back-reset&kind=long', {}, { checkIns: true });
    await checkIn.getByRole('radiogroup').or(checkIn.getByRole('group')).first().waitFor();
    await seen.look(checkIn, 'check-in before');
    await checkIn.close();
    expect(seen.leaked()).toEqual([]);
  });

  it('shows no text that bypassed the catalog: every section of the settings, with refused values, the statistics, the welcome and an update', async () => {
    const seen = walk();
    const settings = await open('settings');
    const tabs = settings.getByRole('tab');
    await tabs.first().waitFor();
    for (let i = 0; i < await tabs.count(); i++) {
      await tabs.nth(i).click();
      await seen.look(settings, `settings tab ${i}`);
    }
    await tabs.first().click();
    const number = settings.getByRole('tabpanel').getByRole('textbox').first();
    await number.fill('100000');
    await number.press('Tab');
    await settings.getByRole('alert').or(settings.locator('.error')).first().waitFor();
    await settings.screenshot({ path: join(SHOTS, 'pseudo-settings.png') });
    await seen.look(settings, 'settings with a refused value');
    await settings.close();

    const today = dayKey(Date.now(), localUtcOffset);
    const stats = await open('stats', { 'limber.history': JSON.stringify(sampleHistory({ days: 60, today })) }, { checkIns: true });
    await stats.getByRole('table').first().waitFor();
    await stats.screenshot({ path: join(SHOTS, 'pseudo-stats.png'), fullPage: true });
    await seen.look(stats, 'statistics');
    await stats.close();

    const welcome = await open('welcome');
    await welcome.getByRole('heading').first().waitFor();
    await seen.look(welcome, 'welcome');
    await welcome.getByRole('button').first().click();
    await seen.look(welcome, 'welcome, tried');
    await welcome.close();

    const update = await open('update', { 'limber-preview-update': JSON.stringify(AN_OFFER) });
    await update.getByRole('heading').first().waitFor();
    await seen.look(update, 'update');
    await update.close();
    expect(seen.leaked()).toEqual([]);
  });
});
