import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Window titles');

declare global {
  interface Window { firstFrameTitle?: string }
}

describe.skipIf(chromium.skip)('window titles in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('names what each window shows from its first frame, so that index.html\'s own title never shows', async () => {
    for (const [route, title] of [
      ['break?routine=unwind', 'Unwind: break – Limber'],
      ['prompt?kind=micro', 'Time for a micro break – Limber'],
      ['settings', 'Settings – Limber'],
      ['stats', 'Statistics – Limber'],
      ['welcome', 'Welcome to Limber'],
    ] as const) {
      const page = await chromium.newPage();
      await page.addInitScript(() => { requestAnimationFrame(() => { window.firstFrameTitle = document.title; }); });
      await page.goto(`${chromium.base()}#/${route}`);
      await expect.poll(() => page.evaluate(() => window.firstFrameTitle), { message: route }).toBe(title);
      await page.close();
    }
  });

  it('says "Break" for an own routine until its name is read from the user\'s routines, then names it', async () => {
    const page = await chromium.newPage();
    await page.addInitScript((own) => {
      localStorage.setItem('limber.routines', own);
      requestAnimationFrame(() => { window.firstFrameTitle = document.title; });
    }, JSON.stringify({ exercises: [], leftOut: [], routines: [{ id: 'own-my-set', own: true, name: 'My set', forKinds: ['long'], exerciseIds: ['abdominal-bracing'] }] }));
    await page.goto(`${chromium.base()}#/break?routine=own-my-set&kind=long`);
    await expect.poll(() => page.evaluate(() => window.firstFrameTitle)).toBe('Break – Limber');
    await expect.poll(() => page.title()).toBe('My set: break – Limber');
    await page.goto(`${chromium.base()}#/break?routine=own-gone`);
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    expect(await page.title()).toBe('Limber');
    await page.close();
  });

  it('follows the route as it changes', async () => {
    const page = await chromium.newPage();
    await page.goto(`${chromium.base()}#/settings`);
    expect(await page.title()).toBe('Settings – Limber');
    await page.goto(`${chromium.base()}#/break?routine=quick-brace`);
    await expect.poll(() => page.title()).toBe('Quick brace: break – Limber');
    await page.close();
  });
});
