// Update checks in the whole app, against the fake Electron and a stand-in for electron-updater: none while off, a
// check a minute after the start and then daily while on, the offer in the tray and its window, a version and a
// failure told once, the question asked once, and What's new after an update.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { salvageAppState } from '../../../core/host';
import type { UpdateView } from '../../../core/updates/offer';
import { FIRST_CHECK_AFTER_MS } from '../../../core/updates/schedule';
import { ASKED_STATE, freshFakeLimberEachTest, startFakeLimber } from '../../helpers/fake-limber';
import { UpdaterStandIn } from '../../helpers/updater-stand-in';
import { fake, powerMonitor, type FakeTray, type FakeWebContents } from '../../../harness/fake-electron';

const DAY = 24 * 60 * 60 * 1000;

const tray = (): FakeTray => {
  const [only] = fake.trays;
  if (!only) throw new Error('no tray');
  return only;
};
const routes = () => fake.openWindows().map((w) => /#\/(\w+)(\?[^#]*)?/.exec(w.webContents.url)?.slice(1).join(''));
const updatePage = () => fake.openWindows().find((w) => w.webContents.url.includes('#/update'))?.webContents as FakeWebContents;
const userFile = (name: string) => join(fake.userData, name);
const updateMemory = () => salvageAppState(JSON.parse(readFileSync(userFile('state.json'), 'utf8'))).value.updates;
const checksOn = () => { writeFileSync(userFile('config.json'), JSON.stringify({ updates: { check: true } })); };

async function startWith(standIn: UpdaterStandIn) {
  let loads = 0;
  const started = await startFakeLimber([], [], () => {
    loads++;
    return Promise.resolve(standIn);
  });
  return { ...started, loads: () => loads };
}

/**
 * A packaged AppImage with checks on whose feed names 9.9.9: started, checked, and its update window opened from the
 * tray, ready for a download.
 */
async function offeredInAnAppImage(releaseNotes = 'Steadier timers.') {
  checksOn();
  fake.packaged = true;
  vi.stubEnv('APPIMAGE', '/tmp/Limber.AppImage');
  const standIn = new UpdaterStandIn();
  standIn.answer = () => { standIn.emit('update-available', { version: '9.9.9', releaseNotes }); };
  const started = await startWith(standIn);
  await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
  tray().menu?.click('Update to Limber 9.9.9…');
  return { ...started, standIn, page: updatePage() };
}

freshFakeLimberEachTest('limber-updates-');

it('with checks off, never loads electron-updater, however long Limber runs', async () => {
  const standIn = new UpdaterStandIn();
  const { loads } = await startWith(standIn);
  await vi.advanceTimersByTimeAsync(3 * DAY);
  expect(loads()).toBe(0);
  expect(standIn.checks).toBe(0);
});

it('checks a minute after the start and daily after; offers a newer version in the tray, told once', async () => {
  checksOn();
  const standIn = new UpdaterStandIn();
  standIn.answer = () => { standIn.emit('update-available', { version: '9.9.9', releaseNotes: 'Steadier timers.' }); };
  const { loads, notes } = await startWith(standIn);
  await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS - 1000);
  expect(standIn.checks).toBe(0);
  await vi.advanceTimersByTimeAsync(1000);
  expect([loads(), standIn.checks, standIn.autoDownload, standIn.feeds]).toEqual([1, 1, false, ['https://github.com/limber-app/limber/releases/latest/download/']]);
  expect(tray().menu?.labels()).toContain('Update to Limber 9.9.9…');
  expect(notes.filter((note) => note.title === 'Limber 9.9.9 is available')).toHaveLength(1);
  expect(updateMemory()).toMatchObject({ lastCheck: Date.now(), toldVersion: '9.9.9' });

  await vi.advanceTimersByTimeAsync(DAY);
  expect(standIn.checks).toBe(2);
  expect(notes.filter((note) => note.title === 'Limber 9.9.9 is available')).toHaveLength(1);

  tray().menu?.click('Update to Limber 9.9.9…');
  expect(routes().filter((route) => route?.startsWith('update'))).toEqual(['update?version=9.9.9']);
  expect(fake.openWindows().find((w) => w.webContents.url.includes('#/update'))?.getTitle()).toBe('Limber 9.9.9 is available – Limber');
  const page = updatePage();
  // An unpacked build that is no AppImage can't install itself: its window links to the download page.
  await expect(Promise.resolve(fake.invoke('limber:update', page))).resolves.toEqual({
    current: '0.0.0-test', canInstall: false, whatsNew: null,
    offer: { version: '9.9.9', notes: 'Steadier timers.', state: 'available', percent: null, problem: null },
  } satisfies UpdateView);
  await fake.invoke('limber:updateStep', page, 'download');
  expect(standIn.downloads).toBe(0);
  await fake.invoke('limber:updateStep', page, 'download-page');
  expect(fake.openedExternally).toEqual(['https://github.com/limber-app/limber/releases/latest']);
  expect(() => fake.invoke('limber:updateStep', page, 'https://elsewhere.example/')).toThrow(/Limber refused updateStep/);
});

it('downloads when asked where it can install, counts in the tooltip, keeps the notes for What\'s new, and installs now if asked', async () => {
  const { standIn, page } = await offeredInAnAppImage();
  await fake.invoke('limber:updateStep', page, 'install-now');
  expect(standIn.installs).toBe(0);
  await fake.invoke('limber:updateStep', page, 'download');
  await vi.advanceTimersByTimeAsync(0);
  expect(standIn.downloads).toBe(1);
  standIn.emit('download-progress', { percent: 42.5 });
  expect(tray().toolTip.split('\n').at(-1)).toBe('Downloading Limber 9.9.9: 42%');
  standIn.emit('update-downloaded', { version: '9.9.9' });
  expect(tray().toolTip).not.toMatch(/Downloading/);
  expect(tray().menu?.labels()).toContain('Restart to update to Limber 9.9.9…');
  expect(updateMemory().notes).toEqual({ version: '9.9.9', text: 'Steadier timers.' });
  await fake.invoke('limber:updateStep', page, 'install-now');
  await vi.advanceTimersByTimeAsync(0);
  expect([standIn.installs, fake.singleInstanceReleased]).toEqual([1, true]);
});

it('turned off while Limber runs, checks no more, withdraws the offer and downloads nothing', async () => {
  const { standIn, page } = await offeredInAnAppImage('');
  await fake.invoke('limber:saveSettings', page, { updates: { check: false } });
  expect(tray().menu?.labels()).not.toContain('Update to Limber 9.9.9…');
  await fake.invoke('limber:updateStep', page, 'download');
  await vi.advanceTimersByTimeAsync(3 * DAY);
  expect([standIn.checks, standIn.downloads]).toEqual([1, 0]);
});

it('after a night asleep, checks a minute after waking rather than a day after the timer was set', async () => {
  checksOn();
  const standIn = new UpdaterStandIn();
  await startWith(standIn);
  await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
  expect(standIn.checks).toBe(1);
  // Asleep for a day and a half: the wall clock moves on, the timers don't.
  vi.setSystemTime(Date.now() + 1.5 * DAY);
  powerMonitor.emit('resume');
  await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
  expect(standIn.checks).toBe(2);
});

it('checks nothing while a download runs; a failed download is told as one', async () => {
  const { standIn, page, notes } = await offeredInAnAppImage('');
  await fake.invoke('limber:updateStep', page, 'download');
  await vi.advanceTimersByTimeAsync(DAY);
  expect(standIn.checks).toBe(1);
  standIn.emit('error', new Error('net::ERR_CONNECTION_RESET'));
  expect(notes.map((note) => note.title)).toContain('Limber couldn’t download the update');
  expect(tray().menu?.labels()).toContain('Update to Limber 9.9.9…');
  await vi.advanceTimersByTimeAsync(DAY);
  expect(standIn.checks).toBe(2);
});

it('tells a failed check once a day, and logs every one', async () => {
  checksOn();
  const standIn = new UpdaterStandIn();
  standIn.answer = () => { standIn.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED')); };
  const { notes, logs } = await startWith(standIn);
  await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
  const told = () => notes.filter((note) => note.title === 'Limber couldn’t check for updates');
  expect(told()).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(DAY - 2000);
  expect(standIn.checks).toBe(1);
  await vi.advanceTimersByTimeAsync(2000);
  expect(standIn.checks).toBe(2);
  expect(told()).toHaveLength(2);
  expect(logs.filter((line) => line.includes('net::ERR_NAME_NOT_RESOLVED'))).toHaveLength(2);
});

it('asks a returning user once whether to check', async () => {
  rmSync(userFile('state.json'));
  await startWith(new UpdaterStandIn());
  expect(routes()).toEqual(['update?ask']);
  expect(updateMemory()).toMatchObject({ asked: true, lastRunVersion: '0.0.0-test' });
});

it('does not ask again after a state file was repaired: the setting holds the answer', async () => {
  writeFileSync(userFile('state.json'), '{"offered": 42');
  await startWith(new UpdaterStandIn());
  expect(routes()).toEqual([]);
});

it('says What\'s new, with the notes kept at the download, once', async () => {
  fake.version = '9.9.9';
  writeFileSync(userFile('state.json'), JSON.stringify({
    updates: { ...ASKED_STATE.updates, lastRunVersion: '0.0.0-test', notes: { version: '9.9.9', text: 'Steadier timers.' } },
  }));
  await startWith(new UpdaterStandIn());
  expect(routes()).toEqual(['update?whats-new=9.9.9']);
  const page = updatePage();
  await expect(Promise.resolve(fake.invoke('limber:update', page))).resolves.toMatchObject({ whatsNew: { version: '9.9.9', notes: 'Steadier timers.' } });
  expect(updateMemory()).toMatchObject({ lastRunVersion: '9.9.9', notes: null });
});
