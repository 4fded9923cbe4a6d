import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { loopbackFeed, notesOf, updateService, type UpdaterLike } from '../../../electron/desktop/updater';

class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = true;
  autoInstallOnAppQuit = false;
  feed: string | null = null;
  checks = 0;
  downloads = 0;
  setFeedURL(options: { url: string }) { this.feed = options.url; }
  checkForUpdates() {
    this.checks++;
    return Promise.resolve(null);
  }
  downloadUpdate() {
    this.downloads++;
    return Promise.resolve([]);
  }
  quitAndInstall() { this.emit('installing'); }
}

function service(feed: string | null = null) {
  const heard: string[] = [];
  const fake = new FakeUpdater();
  let loads = 0;
  const updates = updateService({
    load: () => { loads++; return Promise.resolve(fake); },
    feed,
    log: { info: () => undefined, warn: (line) => heard.push(`log: ${line}`), error: () => undefined },
    reports: {
      available: (version, notes) => heard.push(`available ${version}: ${notes}`),
      upToDate: () => heard.push('up to date'),
      progress: (percent) => heard.push(`${percent}%`),
      downloaded: (version) => heard.push(`downloaded ${version}`),
      failed: (reason) => heard.push(`failed: ${reason}`),
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
    expect(fake.autoDownload).toBe(false);
    expect(fake.autoInstallOnAppQuit).toBe(true);
    fake.emit('update-available', { version: '1.2.0', releaseNotes: 'Faster prompts.' });
    expect(fake.downloads).toBe(0);
    await updates.download();
    fake.emit('download-progress', { percent: 40 });
    fake.emit('update-downloaded', { version: '1.2.0' });
    expect(heard).toEqual(['available 1.2.0: Faster prompts.', '40%', 'downloaded 1.2.0']);
  });

  it('tells a failure once, as the event, and logs it', async () => {
    const { updates, fake, heard } = service();
    fake.checkForUpdates = () => {
      fake.emit('error', new Error('sha512 checksum mismatch'));
      return Promise.reject(new Error('sha512 checksum mismatch'));
    };
    await updates.check();
    expect(heard).toEqual(['log: Update: sha512 checksum mismatch', 'failed: sha512 checksum mismatch']);
  });

  it('asks the feed it was given', async () => {
    const { updates, fake } = service('http://127.0.0.1:4000/feed/');
    await updates.check();
    expect(fake.feed).toBe('http://127.0.0.1:4000/feed/');
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
