// Security inside the real, packaged Electron: what a page can reach, what it can't do, and the keys a default
// application menu would have brought.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptStatus } from '../../core/contract';
import { BRIDGE_METHODS } from '../../core/ipc/channels';
import { spawnSync } from 'node:child_process';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { closeLimber, launchLimber, type LimberRun } from '../../harness/real-electron';
import { useDesktop } from '../../harness/real-electron-tests';
import { until } from '../../harness/until';
import { PACKAGED_BINARY } from '../../scripts/package-linux';

const desktop = useDesktop('Security');

type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;
const bridgeCall = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(async ([name, rest]) => {
    try {
      return { ok: true, value: await (window as unknown as { limber: Bridge }).limber[name]?.(...(rest)) };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  }, [method, args] as const);

describe.skipIf(desktop.skip)('security in the packaged app', () => {
  let run: LimberRun;
  let page: Page;
  beforeAll(async () => {
    run = await launchLimber(desktop.get(), { config: {} });
    expect(run.again('--settings').status).toBe(0);
    page = await run.page('settings');
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => { await closeLimber(run); });

  it('gives pages no Node and exactly the bridge\'s methods', async () => {
    expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process]))
      .toEqual(['undefined', 'undefined']);
    expect(await page.evaluate(() => Object.keys((window as unknown as { limber: object }).limber).sort())).toEqual([...BRIDGE_METHODS, 'onChange', 'onLanguage'].sort());
  });

  it('runs only as Limber: the binary ignores ELECTRON_RUN_AS_NODE and NODE_OPTIONS, and loads only app.asar', async () => {
    const wire = await getCurrentFuseWire(PACKAGED_BINARY);
    const fuse = (option: FuseV1Options) => String.fromCharCode(wire[option] ?? 0);
    expect([FuseV1Options.RunAsNode, FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseV1Options.OnlyLoadAppFromAsar, FuseV1Options.GrantFileProtocolExtraPrivileges].map(fuse))
      .toEqual(['0', '0', '1', '0']);
    // As plain Node it would print the marker, which its arguments only spell in parts; as Limber it hands its
    // arguments to the running one and says on the terminal that they aren't its own (or, as root without
    // --no-sandbox, Chromium stops it at once).
    const asNode = spawnSync(PACKAGED_BINARY, ['-e', 'process.stdout.write(["ran", "as", "node"].join("-"))'], {
      env: { ...desktop.get().env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 20_000,
    });
    expect(asNode.stdout).not.toContain('ran-as-node');
  });

  it('refuses navigation and new windows', async () => {
    const url = page.url();
    const refusals = () => run.log().match(/A page tried to (navigate away|open a window); refused/g)?.length ?? 0;
    const before = refusals();
    await page.evaluate(() => { window.location.href = 'https://example.com/'; });
    await page.evaluate(() => window.open('https://example.com/')).then((opened) => { expect(opened).toBeNull(); });
    // Both refused in the main process, which logs each: no navigation can follow the refusal.
    await until('both refusals in the log', () => (refusals() >= before + 2 ? true : null));
    expect(page.url()).toBe(url);
    expect(run.app.windows()).toHaveLength(1);
  });

  it('blocks an injected inline script with its Content-Security-Policy', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected ?? false;
    });
    expect(ran).toBe(false);
  });

  it('refuses a payload that fails validation, changing nothing', async () => {
    const config = readFileSync(join(run.userData, 'config.json'), 'utf8');
    const before = await bridgeCall(page, 'status');
    expect(await bridgeCall(page, 'act', { action: 'pause', minutes: -5 })).toMatchObject({ ok: false, error: expect.stringMatching(/Limber refused act/) as string });
    expect(await bridgeCall(page, 'act', { action: 'explode' })).toMatchObject({ ok: false });
    expect(await bridgeCall(page, 'fitWindow', { width: 0, height: 1e9 })).toMatchObject({ ok: false });
    expect(await bridgeCall(page, 'saveSettings', { longBreak: { everyMinutes: 3 } })).toMatchObject({ ok: true, value: { ok: false } });
    expect(readFileSync(join(run.userData, 'config.json'), 'utf8')).toBe(config);
    const after = await bridgeCall(page, 'status');
    expect((after.value as PromptStatus).snapshot.paused).toBe((before.value as PromptStatus).snapshot.paused);
    expect(run.log()).toMatch(/IPC act refused: /);
  });

  it('has no DevTools in the packaged app', async () => {
    const opened = await run.app.evaluate(async ({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      window?.webContents.openDevTools();
      // DevTools that were allowed would be open a moment after: a loaded machine can only make this check miss them,
      // never fail it.
      await new Promise((done) => setTimeout(done, 500));
      return window?.webContents.isDevToolsOpened();
    });
    expect(opened).toBe(false);
  });

  it('ignores the default menu\'s keys: a reload would restart a routine', async () => {
    expect(run.again('--break-now', 'quick-brace').status).toBe(0);
    const routine = await run.page('break?routine=quick-brace');
    await routine.getByRole('timer').waitFor();
    await routine.evaluate(() => {
      const page = window as unknown as { marker: number; keysSeen: string[] };
      page.marker = 1;
      page.keysSeen = [];
      window.addEventListener('keydown', (event) => { page.keysSeen.push(event.key); });
    });
    const breakWindow = await run.windowId('break');
    await until('the break window on screen', () => (desktop.get().run('xwininfo', '-id', breakWindow).includes('IsViewable') ? true : null));
    // x, which the break screen ignores, last: once the page has seen it, every key before it has been dealt with.
    for (const keys of ['ctrl+r', 'F5', 'ctrl+shift+r', 'ctrl+shift+i', 'F12', 'alt', 'x']) {
      desktop.get().run('xdotool', 'windowactivate', '--sync', breakWindow, 'key', keys);
    }
    await until('the last key in the page', async () =>
      ((await routine.evaluate(() => (window as unknown as { keysSeen?: string[] }).keysSeen?.includes('x'))) ? true : null));
    // A reload the keys had started would replace the page a moment after: this wait only gives it that moment, and a
    // loaded machine can only make the check miss it, never fail it.
    await new Promise((done) => setTimeout(done, 1000));
    expect(await routine.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await run.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => [w.isMenuBarVisible(), w.webContents.isDevToolsOpened()])))
      .toEqual([[false, false], [false, false]]);
    expect(await run.app.evaluate(({ Menu }) => Menu.getApplicationMenu())).toBeNull();
  });
});
