// Global shortcuts in the packaged app on a virtual desktop: xdotool presses the keys while an xterm has the keyboard,
// as someone typing elsewhere would, and a combination another program holds is reported as taken.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ShortcutStatus } from '../../core/contract';
import { closeLimber, launchLimber } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { startTyping } from './typing';

const desktop = useDesktop('Global shortcuts');
const MINUTE = 60_000;
const TYPING = 'Typing here';

const shortcutStatus = (page: Page) =>
  page.evaluate(() => (window as unknown as { limber: { shortcuts(): Promise<ShortcutStatus> } }).limber.shortcuts());

describe.skipIf(desktop.skip)('global shortcuts in real Electron', () => {
  it('snoozes a prompt, pauses and resumes, and starts a break from the keyboard while an xterm has it; says which keys are taken', { timeout: 360_000 }, async () => {
    // Another program grabs Ctrl+Alt+T first, as a terminal launcher would.
    const rc = join(desktop.get().env.HOME ?? '/tmp', '.xbindkeysrc-limber');
    writeFileSync(rc, '"true"\n  control+alt + t\n');
    const holder = spawn('xbindkeys', ['-n', '-f', rc], { env: desktop.get().env, stdio: 'ignore' });
    const run = await launchLimber(desktop.get(), {
      config: {
        microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, longBreak: { enabled: false, everyMinutes: 45, durationMinutes: 5 },
        preludeSeconds: 30, snooze: { minutes: 5, limit: 3 },
        shortcuts: { breakNow: 'Ctrl+Alt+B', pause: 'Ctrl+Alt+P', snooze: 'Ctrl+Alt+S', reading: 'Ctrl+Alt+T' },
      },
    });
    const typist = await startTyping(desktop.get(), TYPING);
    const key = (keys: string) => { desktop.get().run('xdotool', 'key', '--clearmodifiers', keys); };
    const typingHasKeyboard = () => desktop.get().windowsTitled(new RegExp(`^${TYPING}$`))
      .some((w) => w.id === String(Number(desktop.get().run('xdotool', 'getactivewindow').trim())));
    const pause = () => (JSON.parse(readFileSync(join(run.userData, 'engine.json'), 'utf8')) as { pause: unknown }).pause;
    try {
      const prompt = await until('the prompt', () => run.app.windows().find((page) => page.url().includes('#/prompt')), 3 * MINUTE);
      await prompt.getByRole('button', { name: 'Snooze' }).waitFor();
      await until('the prompt on screen', () => (desktop.get().windowsTitled(/quick reset|break/i).some((w) => w.title !== TYPING) ? true : null), MINUTE);
      expect(typingHasKeyboard()).toBe(true);
      key('ctrl+alt+s');
      await prompt.waitForEvent('close');
      await until('the snooze in the log', () => (run.log().includes('Shortcut: snooze') ? true : null));

      key('ctrl+alt+p');
      await until('the pause in engine.json', () => pause());
      // A second press within half a second is taken for the key repeating, as a key held down does.
      await new Promise((done) => setTimeout(done, 600));
      key('ctrl+alt+p');
      await until('the resume in engine.json', () => (pause() === null ? true : null));
      expect(typingHasKeyboard()).toBe(true);

      key('ctrl+alt+b');
      await run.page('break');

      expect(run.again('--settings').status).toBe(0);
      const settings = await run.page('settings');
      expect(await shortcutStatus(settings)).toEqual({ available: true, partly: false, taken: ['reading'] });
      expect(run.log()).toContain('Shortcut Ctrl+Alt+T (reading) not registered');
      await settings.getByRole('tab', { name: 'Shortcuts' }).click();
      await settings.getByText('Ctrl+Alt+T is taken by another program: choose another.').waitFor();

      // Recording in the settings window, which has the keyboard: a combination Limber holds reaches the field.
      const settingsWindow = await run.windowId('settings');
      desktop.get().run('xdotool', 'windowactivate', '--sync', settingsWindow);
      await settings.getByRole('button', { name: 'Set the shortcut to start the break that is due' }).click();
      key('ctrl+alt+b');
      await settings.getByText('Ctrl+Alt+B is already the shortcut to take a break now.').waitFor();
      key('ctrl+alt+d');
      await settings.getByRole('button', { name: 'Clear the shortcut to start the break that is due' }).waitFor();
      const config = () => (JSON.parse(readFileSync(join(run.userData, 'config.json'), 'utf8')) as { shortcuts: Record<string, string> }).shortcuts;
      expect(config()).toMatchObject({ startDue: 'Ctrl+Alt+D', breakNow: 'Ctrl+Alt+B' });
      expect(run.log().match(/Shortcut: breakNow/g)).toHaveLength(1);
    } finally {
      typist.stop();
      holder.kill();
      await closeLimber(run);
    }
  });
});
