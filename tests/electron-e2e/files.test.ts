// Limber's files in the real app: damaged ones are repaired with the originals kept, a quit from the tray saves
// the history once and writes nothing after, and a kill -9 on a busy day loses nothing already counted.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { salvageAppState } from '../../core/host';
import { salvageHistory } from '../../core/history/history';
import { salvageSettings } from '../../core/settings/parse';
import { clickToClose, closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { trayIcon } from '../../harness/tray-clicks';
import { chooseFromTrayMenu, windowClass } from './tray-menu';
import type { MenuEntry } from '../../core/shell/status';

const desktop = useDesktop('Files');
const CLASS = windowClass('packaged');
const read = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
const todayOf = (dir: string) => Object.values(salvageHistory(read(dir, 'history.json')).value.days).at(-1);
const DOCS_SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** The settings window's content as Electron draws it, for docs/screenshots. */
async function shootSettings(run: LimberRun, name: string) {
  const png = await run.app.evaluate(async ({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes('#/settings'));
    return window ? (await window.webContents.capturePage()).toPNG().toString('base64') : '';
  });
  writeFileSync(join(DOCS_SHOTS, name), Buffer.from(png, 'base64'));
}

/** The menu while a break is on screen; its first item finishes the break. */
const BREAK_MENU: MenuEntry[] = [{ label: 'Finish break' }, { label: 'Pause Limber' }, { label: 'Settings…' }, { label: 'Statistics…' }, { label: 'Quit Limber' }];

describe.skipIf(desktop.skip)('files in real Electron', () => {
  it('asks before closing the settings with a refused value, keeps them open to keep editing, and still quits', async () => {
    const run = await launchLimber(desktop.get(), { config: { theme: 'light' } });
    try {
      expect(run.again('--settings').status).toBe(0);
      const page = await run.page('settings');
      const every = page.getByRole('group', { name: 'Long breaks' }).getByRole('textbox', { name: 'Every' });
      await every.waitFor();
      await shootSettings(run, 'electron-settings.png');
      await page.getByRole('tab', { name: 'Sounds and look' }).click();
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await until('the dark theme', () => page.evaluate(() => document.documentElement.dataset.theme === 'dark' || null));
      await page.getByRole('tab', { name: 'Breaks' }).click();
      await shootSettings(run, 'settings-dark.png');
      await page.getByRole('tab', { name: 'Sounds and look' }).click();
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
      await page.getByRole('tab', { name: 'Breaks' }).click();

      await every.click();
      await every.fill('0');
      await every.press('Tab');
      const lasting = page.getByRole('group', { name: 'Micro breaks' }).getByRole('textbox', { name: 'Lasting' });
      await lasting.fill('soon');
      await lasting.press('Tab');
      await page.getByText('Not saved: 2 fields need fixing.').waitFor();
      await page.getByRole('button', { name: 'Go to the first field to fix' }).click();
      await until('the first refused field focused', () => every.evaluate((input) => input === document.activeElement || null));
      await shootSettings(run, 'settings-refused.png');

      // Ctrl+W from the keyboard, as a user closes the window; the question comes from main, in a native dialog.
      const settings = await run.windowId('settings');
      desktop.get().run('xdotool', 'windowactivate', '--sync', settings, 'key', '--clearmodifiers', 'ctrl+w');
      const [question] = await until('the question before closing', () => {
        const found = desktop.get().windowsTitled(/^Close the settings\? – Limber$/);
        return found.length > 0 ? found : null;
      });
      mkdirSync(SHOTS, { recursive: true });
      desktop.get().screenshot(join(SHOTS, 'settings-close-question.png'));
      // Return takes the default answer, Keep editing.
      desktop.get().run('xdotool', 'windowactivate', '--sync', question?.id ?? '', 'key', 'Return');
      await until('the question answered', () => (desktop.get().windowsTitled(/^Close the settings\? – Limber$/).length === 0 ? true : null));
      expect(page.isClosed()).toBe(false);
      expect(await every.inputValue()).toBe('0');
      expect(await run.windowId('settings')).toBe(settings);
      expect(salvageSettings(read(run.userData, 'config.json')).value.longBreak.everyMinutes).toBe(45);

      // A quit (the tray's, here from the command line) is never held up by the question.
      expect(run.again('--quit').status).toBe(0);
      expect(await run.exited).toBe(0);
    } finally {
      await closeLimber(run);
    }
  });

  it('starts on corrupt config, state and history files, says so, and keeps the originals', async () => {
    const home = mkdtempSync(join(tmpdir(), 'limber-e2e-'));
    const userData = join(home, '.config', 'Limber');
    mkdirSync(userData, { recursive: true });
    const damaged = { 'config.json': '{"longBreak": {"everyMinutes": ', 'state.json': '{"offered": {"long": 42}, "idleNoticeShown": "yes"}', 'history.json': '\u0000\u0000not json' };
    for (const [name, text] of Object.entries(damaged)) writeFileSync(join(userData, name), text);
    const run = await launchLimber(desktop.get(), { home });
    try {
      await trayIcon(desktop.get(), CLASS);
      const titles = await until('three notices', () => {
        const shown = run.notifications().map((n) => n.title);
        return shown.length >= 3 ? shown : null;
      });
      expect(titles.sort()).toEqual(['Limber repaired its history file', 'Limber repaired its settings file', 'Limber repaired its state file']);
      for (const [name, text] of Object.entries(damaged)) {
        const kept = readdirSync(userData).filter((file) => file.startsWith(`${name.replace('.json', '')}.corrupt-`));
        expect(kept.map((file) => readFileSync(join(userData, file), 'utf8'))).toEqual([text]);
      }
      expect(salvageSettings(read(userData, 'config.json')).problems).toEqual([]);
      expect(salvageAppState(read(userData, 'state.json')).problems).toEqual([]);
    } finally {
      await closeLimber(run);
    }
  });

  it('quits from the tray during a break: exits 0 of its own accord, with the history saved once and nothing written after', async () => {
    const run = await launchLimber(desktop.get(), { config: {} });
    try {
      expect(run.again('--break-now', 'unwind').status).toBe(0);
      const routine = await run.page('break?routine=unwind');
      // Past 30 s of the routine's 3 min 5 s, when a break counts as taken.
      await until('the routine past its first 30 s', async () => (Number(await routine.getByRole('progressbar', { name: 'Routine progress' }).getAttribute('aria-valuenow')) >= 17 ? true : null), 2 * 60_000);
      const watch = spawn('inotifywait', ['-m', '-e', 'moved_to,close_write', '--format', '%e %f', run.userData], { stdio: ['ignore', 'pipe', 'pipe'] });
      onTestFinished(() => { watch.kill(); });
      let events = '';
      watch.stdout.on('data', (chunk: Buffer) => { events += chunk.toString(); });
      let said = '';
      watch.stderr.on('data', (chunk: Buffer) => { said += chunk.toString(); });
      await until('inotifywait watching', () => (said.includes('Watches established') ? true : null));
      await chooseFromTrayMenu(desktop.get(), CLASS, BREAK_MENU, ['Quit Limber']);
      expect(await run.exited).toBe(0);
      // A file the test writes once Limber has gone: its event comes after every one of Limber's, all of them read by then.
      writeFileSync(join(run.userData, 'after-the-quit'), '');
      await until('the events up to the test\'s own file', () => (/ after-the-quit$/m.test(events) ? true : null));
      watch.kill();
      expect(events.split('\n').filter((line) => line.endsWith(' history.json'))).toEqual(['MOVED_TO history.json']);
      expect(todayOf(run.userData)).toMatchObject({ taken: 1 });
      expect(run.log()).toMatch(/Stopped: history and engine state saved\s*$/);
    } finally {
      await closeLimber(run);
    }
  });

  it('survives kill -9 on a busy day: every file reads cleanly on the next start, and the day is still there', async () => {
    const first = await launchLimber(desktop.get(), { config: { theme: 'dark' } });
    const { home, userData } = first;
    try {
      expect(first.again('--break-now', 'quick-brace').status).toBe(0);
      const routine = await first.page('break?routine=quick-brace');
      await routine.getByRole('button', { name: 'End break' }).click();
      await clickToClose(routine, 'Close');
      expect(first.again('--break-now', 'posture-reset').status).toBe(0);
      await (await first.page('break?routine=posture-reset')).getByRole('button', { name: 'Close' }).waitFor({ timeout: 60_000 });
      expect(first.again('--pause', '30').status).toBe(0);
      first.child.kill('SIGKILL');
      await first.exited;
    } finally {
      await closeLimber(first);
    }
    const before = todayOf(userData);
    expect(before).toMatchObject({ routinesEnded: 1, routinesCompleted: 1 });
    const again = await launchLimber(desktop.get(), { home });
    try {
      await trayIcon(desktop.get(), CLASS);
      expect(readdirSync(userData).filter((file) => file.includes('.corrupt-'))).toEqual([]);
      expect(again.notifications().filter((n) => n.title.startsWith('Limber repaired'))).toEqual([]);
      expect(salvageSettings(read(userData, 'config.json'))).toMatchObject({ problems: [], value: { theme: 'dark' } });
      expect(todayOf(userData)).toMatchObject({ routinesEnded: 1, routinesCompleted: 1, taken: before?.taken });
    } finally {
      await closeLimber(again);
    }
  });
});
