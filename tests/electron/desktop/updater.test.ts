import { describe, expect, it } from 'vitest';
import { loopbackFeed, notesOf, updateService, type UpdaterLike } from '../../../electron/desktop/updater';
import { UpdaterStandIn } from '../../helpers/updater-stand-in';

function service(feed = 'https://example.test/releases/', load?: () => Promise<UpdaterLike>) {
  const heard: string[] = [];
  const fake = new UpdaterStandIn();
  let loads = 0;
  const updates = updateService({
    load: load ?? (() => { loads++; return Promise.resolve(fake); }),
    feed,
    log: { info: (line) => heard.push(`info: ${line}`), warn: (line) => heard.push(`log: ${line}`), error: () => undefined },
    reports: {
      available: (version, notes) => heard.push(`available ${version}: ${notes}`),
      upToDate: () => heard.push('up to date'),
      progress: (percent) => heard.push(`${percent}%`),
      downloaded: (version) => heard.push(`downloaded ${version}`),
      failed: ({ message, checksum }) => heard.push(`failed${checksum ? ' (checksum)' : ''}: ${message}`),
    },
  });
  return { updates, fake, heard, loads: () => loads };
}

describe('the update service', () => {
  it('loads electron-updater only on the first check, downloads only when asked, and installs at quit', async () => {
    const { updates, fake, heard, loads } = service();
    expect(loads()).toBe(0);
    await updates.check();
    await updates.check();
    expect(loads()).toBe(1);
    expect(fake.checks).toBe(2);
    expect(heard.splice(0)).toEqual(['up to date', 'up to date']);
    expect(fake.autoDownload).toBe(false);
    expect(fake.autoInstallOnAppQuit).toBe(true);
    expect(fake.forceDevUpdateConfig).toBe(true);
    expect(fake.requestHeaders).toEqual({ 'x-user-staging-id': '00000000-0000-0000-0000-000000000000', 'accept-language': '*' });
    expect(fake.disableDifferentialDownload).toBe(true);
    fake.logger?.info('Checking for update');
    expect(heard.splice(0)).toEqual(['info: Update: Checking for update']);
    fake.emit('update-available', { version: '1.2.0', releaseNotes: 'Faster prompts.' });
    expect(fake.downloads).toBe(0);
    await updates.download();
    fake.emit('download-progress', { percent: 40 });
    fake.emit('update-downloaded', { version: '1.2.0' });
    expect(heard).toEqual(['available 1.2.0: Faster prompts.', '40%', 'downloaded 1.2.0']);
    updates.installNow();
    await Promise.resolve();
    expect(fake.installs).toBe(1);
  });

  it('tells a failure once, as the event, and logs it; a checksum that failed is named as such', async () => {
    const { updates, fake, heard } = service();
    fake.checkForUpdates = () => {
      fake.emit('error', new Error('net::ERR_CONNECTION_REFUSED'));
      return Promise.reject(new Error('net::ERR_CONNECTION_REFUSED'));
    };
    await updates.check();
    fake.downloadUpdate = () => {
      const mismatch = Object.assign(new Error('sha512 checksum mismatch, expected a, got b'), { code: 'ERR_CHECKSUM_MISMATCH' });
      fake.emit('error', mismatch);
      return Promise.reject(mismatch);
    };
    await updates.download();
    expect(heard).toEqual([
      'log: Update: net::ERR_CONNECTION_REFUSED', 'failed: net::ERR_CONNECTION_REFUSED',
      'log: Update: sha512 checksum mismatch, expected a, got b', 'failed (checksum): sha512 checksum mismatch, expected a, got b',
    ]);
  });

  it('tells electron-updater failing to load as a failed check', async () => {
    const { updates, heard } = service(undefined, () => Promise.reject(new Error('Cannot find module')));
    await updates.check();
    expect(heard).toEqual(["log: Update: electron-updater didn't load: Cannot find module", 'failed: Cannot find module']);
  });

  it('asks the feed it was given', async () => {
    const { updates, fake } = service('http://127.0.0.1:4000/feed/');
    await updates.check();
    expect(fake.feeds).toEqual(['http://127.0.0.1:4000/feed/']);
  });
});

describe('a feed for tests', () => {
  it('is taken only from this machine, over plain http', () => {
    expect(loopbackFeed('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
    expect(loopbackFeed('http://localhost:1/x')).toBe('http://localhost:1/x');
    for (const elsewhere of [undefined, '', 'http://example.com/', 'https://127.0.0.1/', 'http://127.0.0.1.evil.com/', 'file:///tmp/feed', 'not a url']) {
      expect(loopbackFeed(elsewhere), String(elsewhere)).toBeNull();
    }
  });
});

describe('release notes', () => {
  it('are text, whichever way the feed gives them', () => {
    expect(notesOf({ version: '1.0.0' })).toBe('');
    expect(notesOf({ version: '1.0.0', releaseNotes: 'One.' })).toBe('One.');
    expect(notesOf({ version: '1.1.0', releaseNotes: [{ version: '1.1.0', note: 'Two.' }, { version: '1.0.0', note: null }, { version: '0.9.0', note: 'One.' }] }))
      .toBe('Two.\n\nOne.');
  });
});
