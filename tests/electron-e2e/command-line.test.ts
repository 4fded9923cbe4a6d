// The command line against the running app, in the packaged app and as `npm start` runs it: each command reaches
// the Limber already in the tray, and a bad argument changes nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PromptStatus } from '../../core/contract';
import { closeLimber, launchLimber, type Layout } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';

const desktop = useDesktop('Command line');

const status = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { limber: { status(): Promise<PromptStatus> } }).limber.status())).snapshot;

describe.skipIf(desktop.skip).each<Layout>(['packaged', 'unpackaged'])('the command line, %s', (layout) => {
  it('pauses, resumes, starts breaks, opens windows and quits the running Limber; refuses a bad argument', async () => {
    const run = await launchLimber(desktop.get(), { layout, config: {} });
    try {
      expect(run.again('--settings').status).toBe(0);
      const settings = await run.page('settings');
      expect(run.again('--pause', '30').status).toBe(0);
      await until('the pause', async () => (await status(settings)).paused);
      expect(run.again('--resume').status).toBe(0);
      await until('the resume', async () => ((await status(settings)).paused ? null : true));

      const bad = run.again('--pause', 'soon');
      expect(bad.status).toBe(2);
      expect(bad.stdout + bad.stderr).toMatch(/--pause "soon" is neither a number of minutes nor "tomorrow"/);
      const help = run.again('--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: limber/);
      expect((await status(settings)).paused).toBeNull();

      expect(run.again('--break-now', 'unwind').status).toBe(0);
      await run.page('break?routine=unwind');
      expect((await status(settings)).breakInProgress).not.toBeNull();
      expect(run.again('--stats').status).toBe(0);
      await run.page('stats');

      // It quits of its own accord, with 0, before closeLimber would close or kill it (how fast is not timed: load stretches it).
      expect(run.again('--quit').status).toBe(0);
      expect(await run.exited).toBe(0);
    } finally {
      await closeLimber(run);
    }
  });
});

describe.skipIf(desktop.skip)('a first start given what is not Limber\'s, and macOS\'s activate', () => {
  // What macOS gives a quarantined app opened from Finder, and Chromium switches people start Electron apps with.
  it('starts into the tray, and logs what it ignored', async () => {
    const run = await launchLimber(desktop.get(), {
      config: {}, args: ['-psn_0_1839553', '--stats'], switches: ['--disable-gpu-compositing', '--password-store=basic', '--gtk-version=3'],
    });
    try {
      await run.page('stats');
      const ignored = await until('the ignored arguments in the log', () => /Command line: ignored (.*): not Limber's options/.exec(run.log())?.[1]);
      expect(ignored.split(' ').sort()).toEqual(['"--disable-gpu-compositing"', '"--gtk-version=3"', '"--password-store=basic"', '"-psn_0_1839553"']);
      // What macOS sends when Limber is opened again (Linux never does): the settings open, as for a second start.
      await run.app.evaluate(({ app }) => { app.emit('activate', {}, false); });
      await run.page('settings');
    } finally {
      await closeLimber(run);
    }
  });
});
