// The demo's steps: a first start, the tray, a micro break's heads-up and prompt, Start, the routine, its end.
import { join } from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import type { Desktop } from '../../harness/desktop';
import { closeTrayMenu, openTrayMenu } from '../../harness/tray-clicks';
import { until } from '../../harness/until';

/** Quick settings for a demo of a few minutes: a micro break 2 minutes into sitting, announced 30 seconds ahead. */
export const DEMO_SETTINGS = { microBreak: { enabled: true, everyMinutes: 2, durationSeconds: 30 }, preludeSeconds: 30 };

const MINUTE = 60_000;

export const SHOTS = ['01-welcome.png', '02-tray.png', '03-heads-up.png', '04-prompt.png', '05-break.png', '06-end.png'] as const;

export interface Walk {
  app: ElectronApplication;
  desktop: Desktop;
  out: string;
  /** The tray icon's X window class: Limber for the packaged app, Electron for a development run. */
  trayClass: string;
  say: (line: string) => void;
}

/** The page showing `#/<route>` once its window is on screen. */
async function shownPage(app: ElectronApplication, route: string, timeoutMs: number): Promise<Page> {
  return until(`a window showing #/${route} on screen`, async () => {
    // Asked again when Playwright loses the answer, as it can while windows open and close.
    const shown = await app.evaluate(({ BrowserWindow }, wanted) => BrowserWindow.getAllWindows()
      .find((w) => w.isVisible() && w.webContents.getURL().includes(`#/${wanted}`))?.webContents.getURL(), route).catch(() => undefined);
    return shown ? app.windows().find((page) => page.url() === shown) : undefined;
  }, timeoutMs);
}

export async function walkThrough({ app, desktop, out, trayClass, say }: Walk): Promise<void> {
  let step = 0;
  const shot = (what: string) => {
    const file = join(out, SHOTS[step] ?? `${String(step + 1).padStart(2, '0')}.png`);
    desktop.screenshot(file);
    step++;
    say(`${String(step)}/${String(SHOTS.length)} ${what}: ${file}`);
  };
  // A moment for the compositor-less X server to paint what was just mapped: the picture only, nothing is decided on it.
  const settle = () => new Promise((done) => setTimeout(done, 700));

  const welcome = await shownPage(app, 'welcome', 2 * MINUTE);
  await welcome.getByRole('heading', { name: 'Welcome to Limber' }).waitFor();
  await settle();
  shot('first start, the welcome window');
  // What the welcome's own Save does, with the demo's quick timing instead of a preset.
  await welcome.evaluate((settings) => (window as unknown as { limber: { saveSettings(patch: unknown): Promise<unknown> } }).limber.saveSettings(settings), DEMO_SETTINGS);
  const [window] = desktop.windowsTitled(/Welcome/);
  if (window) desktop.run('xdotool', 'windowactivate', '--sync', window.id, 'key', 'ctrl+w');
  await until('the welcome window to close', () => (desktop.windowsTitled(/Welcome/).length === 0 ? true : null), MINUTE);

  const menu = await openTrayMenu(desktop, trayClass);
  await settle();
  shot('Limber\'s ring in the tray (bottom right) and its menu');
  await closeTrayMenu(desktop, trayClass, menu);

  say('Waiting for the micro break\'s heads-up, 90 s after the start…');
  await until('the heads-up notification', () => (Number(desktop.run('dunstctl', 'count', 'displayed')) > 0 ? true : null), 4 * MINUTE);
  await settle();
  shot('the heads-up notification (top right)');

  const prompt = await shownPage(app, 'prompt', 2 * MINUTE);
  const start = prompt.getByRole('button', { name: 'Start' });
  await start.waitFor();
  await settle();
  shot('the prompt window: Start, Snooze, Skip');

  await start.click();
  const routine = await shownPage(app, 'break', MINUTE);
  await routine.getByRole('timer').waitFor();
  await routine.getByRole('status').filter({ hasText: /^Hold \d+ of \d+$/ }).waitFor();
  await settle();
  shot('the break window mid-exercise');

  await routine.getByRole('button', { name: 'Close' }).waitFor({ timeout: 2 * MINUTE });
  await settle();
  shot('the end of the routine');
  // The end screen closes itself after a few seconds, which may come first on a busy machine.
  await routine.getByRole('button', { name: 'Close' }).click({ noWaitAfter: true, timeout: 10_000 }).catch(() => undefined);
}
