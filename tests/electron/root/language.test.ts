// The language Limber speaks, against the fake Electron: the system's from the start, the one chosen in the settings
// over it, and a new choice applied at once to the tray, every open window and what is notified next.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { speakWith } from '../../../core/i18n/speak';
import { LANGUAGE_CHANNEL } from '../../../core/ipc/channels';
import { english } from '../../../i18n/english';
import { speakerOf } from '../../../i18n/speakers';
import { app, fake, type FakeTray, type FakeWebContents, type FakeWindow } from '../../../harness/fake-electron';
import { freshFakeLimberEachTest, startFakeLimber } from '../../helpers/fake-limber';
import arTitles from '../../../i18n/locales/ar/titles.json';
import arTray from '../../../i18n/locales/ar/tray.json';
import deTitles from '../../../i18n/locales/de/titles.json';
import deTray from '../../../i18n/locales/de/tray.json';
import esTray from '../../../i18n/locales/es/tray.json';
import frTray from '../../../i18n/locales/fr/tray.json';

const MINUTE = 60_000;
const tray = (): FakeTray => {
  const [only] = fake.trays;
  if (!only) throw new Error('no tray');
  return only;
};
const labels = () => tray().menu?.labels() ?? [];
const windowShowing = (route: string): FakeWindow | undefined => fake.openWindows().find((w) => w.webContents.url.includes(`#/${route}`));
const config = () => JSON.parse(readFileSync(join(fake.userData, 'config.json'), 'utf8')) as Record<string, unknown>;
const writeConfig = (settings: Record<string, unknown>) => { writeFileSync(join(fake.userData, 'config.json'), JSON.stringify(settings)); };

freshFakeLimberEachTest('limber-language-');
// Each start chooses a language for the whole process; the next test starts from English as the others do.
afterEach(() => { speakWith(english); });

it('speaks the system\'s language from the start, its first one Limber speaks: the tray and the windows\' titles', async () => {
  fake.preferredLanguages = ['ja-JP', 'de-AT', 'en-US'];
  const { logs } = await startFakeLimber([], []);
  expect(labels()).toContain(deTray.settings);
  expect(tray().toolTip.startsWith(deTray.tooltip.replace('{status}', ''))).toBe(true);
  tray().menu?.click(deTray.statistics);
  expect(windowShowing('stats')?.getTitle()).toBe(deTitles.stats);
  expect(logs).toContain('info: Language: de');
});

it('speaks the language chosen in the settings over the system\'s', async () => {
  fake.preferredLanguages = ['de-DE'];
  writeConfig({ language: 'fr' });
  await startFakeLimber([], []);
  expect(labels()).toContain(frTray.settings);
  expect(labels()).not.toContain(deTray.settings);
});

it('switches at once to a new choice: the tray, every open window retitled and told, the next notification, and after a restart', async () => {
  fake.preferredLanguages = ['de-DE'];
  const { notes } = await startFakeLimber([], []);
  tray().menu?.click(deTray.statistics);
  tray().menu?.click(deTray.settings);
  const settings = windowShowing('settings')?.webContents as FakeWebContents;
  const stats = windowShowing('stats')?.webContents as FakeWebContents;
  await fake.invoke('limber:saveSettings', settings, { language: 'ar' });
  await vi.waitUntil(() => labels().includes(arTray.settings));
  expect(labels()).not.toContain(deTray.settings);
  expect(windowShowing('stats')?.getTitle()).toBe(arTitles.stats);
  for (const page of [settings, stats]) expect(page.sent.map((sent) => sent.channel)).toContain(LANGUAGE_CHANNEL);
  await expect(Promise.resolve(fake.invoke('limber:language', stats))).resolves.toEqual({ spoken: 'ar', system: 'de' });
  expect(config()).toMatchObject({ language: 'ar' });

  await vi.advanceTimersByTimeAsync(15 * MINUTE + 1000);
  expect(notes.at(-1)?.title).not.toMatch(/[A-Za-z]{4}/);

  const userData = fake.userData;
  app.quit();
  await fake.settle();
  fake.reset();
  Object.assign(fake, { preferredLanguages: ['de-DE'], userData });
  await startFakeLimber([], []);
  expect(labels()).toContain(arTray.settings);
});

it('keeps the last of two quick choices, whichever catalog loads first', async () => {
  await startFakeLimber([], []);
  tray().menu?.click('Settings…');
  const settings = windowShowing('settings')?.webContents as FakeWebContents;
  // Brazilian Portuguese loads here for the first time, after German, loaded by an earlier test.
  await Promise.all([
    fake.invoke('limber:saveSettings', settings, { language: 'pt-BR' }),
    fake.invoke('limber:saveSettings', settings, { language: 'de' }),
  ]);
  await vi.waitUntil(() => labels().includes(deTray.settings));
  await speakerOf('pt-BR');
  await fake.settle();
  expect(labels()).toContain(deTray.settings);
  await expect(Promise.resolve(fake.invoke('limber:language', settings))).resolves.toMatchObject({ spoken: 'de' });
});

it('starts in the system\'s language from settings naming a language it does not speak, and says which setting it set aside', async () => {
  fake.preferredLanguages = ['es-MX'];
  writeConfig({ language: 'tlh' });
  const { logs, notes } = await startFakeLimber([], []);
  expect(labels()).toContain(esTray.settings);
  await expect(Promise.resolve(fake.invoke('limber:settings', windowShowingAny()))).resolves.toMatchObject({ language: 'system' });
  expect([...logs, ...notes.map((note) => `${note.title} ${note.body}`)].join('\n')).toMatch(/language/);
  expect(logs).toContain('info: Language: es');
});

function windowShowingAny(): FakeWebContents {
  tray().menu?.click(...[labels().find((label) => label?.endsWith('…')) ?? '']);
  const [first] = fake.openWindows();
  if (!first) throw new Error('no window');
  return first.webContents;
}
