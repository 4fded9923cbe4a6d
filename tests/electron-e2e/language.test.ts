// Limber in the user's language on a real desktop: a German system is spoken from the start (the command line, the
// tray, the notifications dunst shows, the prompt), and Arabic chosen in the settings applies at once, mirrored.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Speaker } from '../../core/i18n/speak';
import { speakerOf } from '../../i18n/speakers';
import { closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { closeTrayMenu, openTrayMenu } from '../../harness/tray-clicks';
import { until } from '../../harness/until';
import { windowClass } from './tray-menu';

const desktop = useDesktop('Languages');
const CLASS = windowClass('packaged');
const MINUTE = 60_000;
const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** The tray's status line, as Limber logged it when it last changed. */
const trayStatus = (run: LimberRun) => [...run.log().matchAll(/Tray: (.*)\n/g)].at(-1)?.[1];

/** A window's content as Electron draws it, into docs/screenshots. */
async function shoot(run: LimberRun, route: string, name: string) {
  const png = await run.app.evaluate(async ({ BrowserWindow }, wanted) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes(`#/${wanted}`));
    return window ? (await window.webContents.capturePage()).toPNG().toString('base64') : '';
  }, route);
  writeFileSync(join(DOCS_SHOTS, name), Buffer.from(png, 'base64'));
}

/** The corner of the desktop with the tray and its open menu, into docs/screenshots, and the menu closed again. */
async function shootTrayMenu(name: string) {
  const menu = await openTrayMenu(desktop.get(), CLASS);
  // A moment for GTK to paint the menu it has mapped, for the picture only (nothing is asserted on it).
  await new Promise((done) => setTimeout(done, 300));
  const { width, height } = desktop.get().screen;
  desktop.get().run('import', '-window', 'root', '-crop', `440x300+${String(width - 440)}+${String(height - 300)}`, '+repage', join(DOCS_SHOTS, name));
  await closeTrayMenu(desktop.get(), CLASS, menu);
}
const breakTitle = (speaker: Speaker) =>
  speaker.translate('titles.breakOfRoutine', { routine: speaker.translate('exercises.routines.quick-brace') });
/** The titles of the windows on screen, read from Electron: xdotool reads WM_NAME, which can't hold Arabic. */
const shownTitles = (run: LimberRun) =>
  run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().filter((w) => w.isVisible()).map((w) => w.getTitle()));
const titled = (title: string) => desktop.get().windowsTitled(/./).filter((w) => w.title === title);

describe.skipIf(desktop.skip)('Limber in the user\'s language, in real Electron', () => {
  let run: LimberRun;
  let german: Speaker;
  let arabic: Speaker;
  beforeAll(async () => {
    [german, arabic] = await Promise.all([speakerOf('de'), speakerOf('ar')]);
    run = await launchLimber(desktop.get(), {
      // Away only after an hour: nobody touches the desktop between the clicks and keys, and the break must stay due.
      config: { microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 }, preludeSeconds: 5, awayMinutes: 60 },
      env: { LANG: 'de_DE.UTF-8', LANGUAGE: 'de_DE:de' },
    });
    await run.trayReady();
  });
  afterAll(async () => { await closeLimber(run); });

  it('speaks a German system\'s language from the start: the command line, the tray, the notifications and the prompt', async () => {
    expect(run.log()).toMatch(/Language: de\n/);
    expect(run.again('--help').stdout).toContain(german.translate('commandLine.usage.about'));
    expect(trayStatus(run)).toBe(german.translate('tray.nextUp', { kind: 'micro' }));
    await shootTrayMenu('language-de-tray.png');

    const prompt = await until('the prompt', () => run.app.windows().find((page) => page.url().includes('#/prompt')), 3 * MINUTE);
    await prompt.getByRole('button', { name: german.translate('prompt.start'), exact: true }).waitFor();
    await until('the prompt on screen', () => titled(german.translate('titles.prompt', { kind: 'micro' })).at(0), MINUTE);
    await expect.poll(() => run.notifications().map((n) => n.title), { timeout: 30_000 })
      .toContain(german.translate('breakKinds.timeFor', { kind: 'micro', length: 30 }));
    expect(trayStatus(run)).toBe(german.translate('tray.due', { kind: 'micro' }));
    await shoot(run, 'prompt', 'language-de-prompt.png');

    expect(run.again('--break-now', 'quick-brace').status).toBe(0);
    // The routine's own window: one loaded ahead for the next break is closed as this one opens.
    const breakPage = await run.page('break?routine=quick-brace');
    await breakPage.getByRole('heading', { name: german.translate('exercises.abdominal-bracing.name') }).waitFor();
    await until('the break on screen', async () => ((await shownTitles(run)).includes(breakTitle(german)) ? true : null), MINUTE);
    await shoot(run, 'break?routine=quick-brace', 'language-de-break.png');
    expect(run.again('--settings').status).toBe(0);
    await (await run.page('settings')).getByRole('tab', { name: german.translate('settingsWindow.sections.breaks') }).waitFor();
    await shoot(run, 'settings', 'language-de-settings.png');
  });

  it('switches to Arabic chosen in the settings at once: the settings and the break mirrored, the tray follows', async () => {
    const settings = await run.page('settings');
    await settings.getByRole('tab', { name: german.translate('settingsWindow.sections.sounds') }).click();
    await settings.getByRole('combobox', { name: german.translate('settingsWindow.language') }).selectOption('ar');
    await until('Arabic', () => (/Language: ar\n/.test(run.log()) ? true : null));

    await settings.getByRole('tab', { name: arabic.translate('settingsWindow.sections.sounds') }).waitFor();
    expect(await settings.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    await until('the break retitled', async () => ((await shownTitles(run)).includes(breakTitle(arabic)) ? true : null), MINUTE);
    expect(await shownTitles(run)).not.toContain(breakTitle(german));
    const breakPage = await run.page('break?routine=quick-brace');
    await breakPage.getByRole('heading', { name: arabic.translate('exercises.abdominal-bracing.name') }).waitFor();
    expect(await breakPage.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await until('the tray in Arabic', () => (/[\u0600-\u06FF]/.test(trayStatus(run) ?? '') ? true : null));
    // The settings mirrored: the list of sections at the right, the fields' labels beside them at the left.
    const [nav, panel] = await Promise.all([settings.locator('.settings-nav').boundingBox(), settings.getByRole('tabpanel').boundingBox()]);
    expect(nav?.x).toBeGreaterThan(panel?.x ?? Infinity);
    await shoot(run, 'settings', 'language-ar-settings.png');
    await shoot(run, 'break?routine=quick-brace', 'language-ar-break.png');
    await shootTrayMenu('language-ar-tray.png');
  });
});
