import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, useChromium } from '../../harness/browser-tests';

const chromium = useChromium('Window titles');

declare global {
  interface Window { firstFrameTitle?: string }
}

/** Keeps the title of the first frame in which the page speaks (its language set, as it is before anything renders). */
function firstSpokenFrame() {
  const look = () => {
    if (document.documentElement.lang) window.firstFrameTitle = document.title;
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

describe.skipIf(chromium.skip)('window titles in Chromium (preview build)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('names what each window shows from the first frame in which the page speaks, so that index.html\'s own title never shows', async () => {
    for (const [route, title] of [
      ['break?routine=unwind', 'Unwind: break – Limber'],
      ['prompt?kind=micro', 'Time for a micro break – Limber'],
      ['settings', 'Settings – Limber'],
      ['stats', 'Statistics – Limber'],
      ['welcome', 'Welcome to Limber'],
    ] as const) {
      const page = await chromium.newPage();
      await page.addInitScript(firstSpokenFrame);
      await page.goto(`${chromium.base()}#/${route}`);
      await expect.poll(() => page.evaluate(() => window.firstFrameTitle), { message: route }).toBe(title);
      await page.close();
    }
  });

  it('says "Break" for an own routine until its name is read from the user\'s routines, then names it', async () => {
    const page = await chromium.newPage();
    await page.addInitScript((own) => { localStorage.setItem('limber.routines', own); }, JSON.stringify({ exercises: [], leftOut: [], routines: [{ id: 'own-my-set', own: true, name: 'My set', forKinds: ['long'], exerciseIds: ['abdominal-bracing'] }] }));
    await page.addInitScript(firstSpokenFrame);
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
    await expect.poll(() => page.title()).toBe('Settings – Limber');
    await page.goto(`${chromium.base()}#/break?routine=quick-brace`);
    await expect.poll(() => page.title()).toBe('Quick brace: break – Limber');
    await page.close();
  });
});
