// Update checks in the packaged app against a feed on 127.0.0.1, as electron-builder's generic provider publishes one:
// with checks off Limber asks nothing; with them on, it finds the newer version, offers it in the tray and tells it
// once, shows its notes, refuses a download whose SHA-512 doesn't match the feed (deleting it), downloads it again
// verified, and installs it when Limber quits.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUpdateEntry } from '../../core/updates/tray';
import { closeLimber, launchLimber } from '../../harness/real-electron';
import { SHOTS, useDesktop } from '../../harness/real-electron-tests';
import { trayIcon } from '../../harness/tray-clicks';
import { until } from '../../harness/until';
import { chooseFromTrayMenu, menuWhile } from './tray-menu';

const desktop = useDesktop('Updates');
const MINUTE = 60_000;
const VERSION = '9.9.9';
const FILE = `Limber-${VERSION}.AppImage`;
const NOTES = 'Steadier timers.\n\nA calmer prompt.';

/** The "new version": a script that notes it ran as the installer runs it, padded so the download takes a few reads. */
const PAYLOAD = Buffer.from(`#!/bin/sh\necho "$APPIMAGE_EXIT_AFTER_INSTALL" > "$(dirname "$0")/installed"\n${'# padding\n'.repeat(40_000)}`);
const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');
const FEED = [
  `version: ${VERSION}`, 'files:', `  - url: ${FILE}`, `    sha512: ${sha512(PAYLOAD)}`, `    size: ${PAYLOAD.length}`,
  `path: ${FILE}`, `sha512: ${sha512(PAYLOAD)}`, "releaseDate: '2026-12-07T00:00:00.000Z'", 'releaseNotes: |-',
  ...NOTES.split('\n').map((line) => `  ${line}`), '',
].join('\n');

/** What Chromium's network stack and electron-updater put in a request: nothing that tells one Limber from another. */
const KNOWN_HEADERS = [
  'accept', 'accept-encoding', 'accept-language', 'cache-control', 'connection', 'host', 'user-agent', 'x-user-staging-id',
  'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest',
];

let server: Server;
let base = '';
const requests: string[] = [];
/** The headers of each request for the feed file: all a check tells the server. */
const feedHeaders: Record<string, unknown>[] = [];
/** The first download of the file gets one byte changed, as a damaged mirror would send it. */
let damageNext = true;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === '/feed/latest-linux.yml') {
      feedHeaders.push({ ...request.headers });
      response.end(FEED);
    }
    else if (path === `/feed/${FILE}`) {
      const body = Buffer.from(PAYLOAD);
      if (damageNext) body[body.length - 2] = 0x21;
      damageNext = false;
      response.writeHead(200, { 'Content-Length': body.length, 'Content-Type': 'application/octet-stream' }).end(body);
    } else response.writeHead(404).end();
  });
  await new Promise<void>((listening) => { server.listen(0, '127.0.0.1', listening); });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => { server.close(); });

describe.skipIf(desktop.skip)('updates in real Electron', () => {
  it('asks nothing while off; while on, offers, refuses a bad download, verifies a good one and installs at quit', { timeout: 480_000 }, async () => {
    const off = await launchLimber(desktop.get(), { config: { updates: { check: false } }, env: { LIMBER_UPDATE_FEED: `${base}/off/` } });
    await until('the first Limber\'s tray', () => (off.log().includes('Tray:') ? true : null));
    const folder = mkdtempSync(join(tmpdir(), 'limber-appimage-'));
    const appImage = join(folder, 'Limber.AppImage');
    writeFileSync(appImage, '#!/bin/sh\n');
    const on = await launchLimber(desktop.get(), {
      config: { updates: { check: true } }, env: { LIMBER_UPDATE_FEED: `${base}/feed/`, APPIMAGE: appImage },
    });
    try {
      // The first check comes a minute after the start; the Limber with checks off started earlier and asked nothing.
      await until('the feed asked', () => (requests.includes('/feed/latest-linux.yml') ? true : null), 3 * MINUTE);
      await until('the newer version in the log', () => (on.log().includes(`Update: Limber ${VERSION} is available`) ? true : null));
      expect(requests.filter((path) => path.startsWith('/off/'))).toEqual([]);
      // No cookie, no id of this installation: the staging id electron-updater would send is the same blank for all.
      expect(feedHeaders[0]).toMatchObject({ 'x-user-staging-id': '00000000-0000-0000-0000-000000000000', 'accept-language': '*' });
      expect(Object.keys(feedHeaders[0] ?? {}).filter((name) => !KNOWN_HEADERS.includes(name))).toEqual([]);
      expect(off.log()).not.toMatch(/Update:/);
      await closeLimber(off);
      expect(on.notifications().filter((n) => n.title === `Limber ${VERSION} is available`)).toHaveLength(1);

      await trayIcon(desktop.get(), 'Limber');
      const offer = { version: VERSION, notes: NOTES, state: 'available' as const, percent: null, problem: null };
      await chooseFromTrayMenu(desktop.get(), 'Limber', withUpdateEntry(menuWhile('sitting'), offer), [`Update to Limber ${VERSION}…`]);
      const page = await on.page('update');
      await page.getByRole('heading', { name: `Limber ${VERSION} is available` }).waitFor();
      expect(await page.getByRole('region', { name: 'What’s in it' }).innerText()).toBe(NOTES);
      desktop.get().run('import', '-window', await on.windowId('update'), join(SHOTS, 'update-offer.png'));

      await page.getByRole('button', { name: 'Download and restart' }).click();
      await page.getByRole('alert').filter({ hasText: 'didn’t match the checksum' }).waitFor();
      expect(on.log()).toContain(`sha512 checksum mismatch after full download of ${FILE}`);
      const pending = join(on.home, '.cache', 'limber-updater', 'pending', FILE);
      expect(readdirSync(dirname(pending))).toEqual([]);

      await page.getByRole('button', { name: 'Download and restart' }).click();
      await page.getByText(`Limber ${VERSION} is downloaded. It installs when Limber quits.`).waitFor();
      expect(on.log()).toContain(`Update: Limber ${VERSION} is downloaded and verified`);
      expect(sha512(readFileSync(pending))).toBe(sha512(PAYLOAD));
      expect(requests.filter((path) => path === `/feed/${FILE}`)).toHaveLength(2);
    } finally {
      await closeLimber(on);
      await closeLimber(off);
    }
    // Quitting ran the installer: the new version took the AppImage's place and was started to finish installing.
    expect(sha512(readFileSync(appImage))).toBe(sha512(PAYLOAD));
    expect(readFileSync(join(folder, 'installed'), 'utf8').trim()).toBe('true');
  });
});
