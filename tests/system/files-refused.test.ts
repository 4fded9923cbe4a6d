// Limber's files on a disk that refuses them: a small tmpfs that fills up, a file the system won't let be replaced
// (a bind mount over it, as an antivirus holding it open does on Windows), a disk gone read-only. Limber runs against
// the fake Electron; the files are written by the real electron-store on the real file system. Mounting needs root.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { salvageHistory } from '../../core/history/history';
import { startFakeLimber } from '../helpers/fake-limber';
import { app, fake, type FakeWebContents } from '../../harness/fake-electron';

function canMount(): string | null {
  if (process.getuid?.() !== 0) return 'mounting a small disk needs root';
  const probe = mkdtempSync(join(tmpdir(), 'limber-mount-probe-'));
  try {
    // Every kind of mount the tests use: a small tmpfs, a file bound over another, a remount read-only.
    execFileSync('/usr/bin/mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    writeFileSync(join(probe, 'a'), '');
    writeFileSync(join(probe, 'b'), '');
    execFileSync('/usr/bin/mount', ['--bind', join(probe, 'a'), join(probe, 'b')], { stdio: 'ignore' });
    execFileSync('/usr/bin/umount', [join(probe, 'b')]);
    execFileSync('/usr/bin/mount', ['-o', 'remount,ro', probe], { stdio: 'ignore' });
    execFileSync('/usr/bin/umount', [probe]);
    return null;
  } catch {
    spawnSync('/usr/bin/umount', ['-R', probe], { stdio: 'ignore' });
    return 'this machine does not let a test mount a tmpfs, bind a file or remount read-only';
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const cannot = canMount();
if (cannot) console.warn(`Skipping the refused-files tests: ${cannot}`);

const mount = (...args: string[]) => { execFileSync('/usr/bin/mount', args, { stdio: 'ignore' }); };
const umount = (path: string) => { execFileSync('/usr/bin/umount', ['-l', path], { stdio: 'ignore' }); };

let dir: string;
const historyFile = () => join(dir, 'history.json');
const routinesDone = () => Object.values(salvageHistory(JSON.parse(readFileSync(historyFile(), 'utf8'))).value.days)
  .reduce((sum, day) => sum + day.routinesCompleted, 0);

/** Starts Limber on the small disk and opens its settings, whose page reports routines as the break screen does. */
async function startWithPage() {
  const started = await startFakeLimber([], []);
  fake.trays[0]?.menu?.click('Settings…');
  const page = fake.openWindows().find((w) => w.webContents.url.includes('#/settings'))?.webContents as FakeWebContents;
  const routineDone = () => fake.invoke('limber:recordRoutine', page, { routineId: 'quick-brace', outcome: 'completed', exercisesDone: ['abdominal-bracing'] });
  return { ...started, routineDone };
}
const toldOfTrouble = (notes: { title: string }[]) => notes.filter((note) => note.title.startsWith('Limber can\'t save'));

beforeAll(async () => { await import('../../electron/busy/signal'); });

describe.skipIf(cannot !== null)('files the disk refuses', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'limber-refused-'));
    mount('-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir);
    fake.reset();
    fake.userData = dir;
    writeFileSync(join(dir, 'config.json'), '{}');
  });
  afterEach(async () => {
    app.quit();
    await fake.settle();
    umount(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a full disk: keeps the last good history, tells the user once, and writes it all at quit once there is room', async () => {
    const limber = await startWithPage();
    await limber.routineDone();
    const good = readFileSync(historyFile(), 'utf8');
    // Fill the disk: the write stops where the space ends.
    expect(() => { writeFileSync(join(dir, 'filler'), Buffer.alloc(1024 * 1024)); }).toThrow(/ENOSPC/);
    await limber.routineDone();
    await limber.routineDone();
    expect(readFileSync(historyFile(), 'utf8')).toBe(good);
    expect(toldOfTrouble(limber.notes)).toHaveLength(1);
    expect(limber.logs.filter((line) => line.includes('history file could not be written'))).toHaveLength(1);
    rmSync(join(dir, 'filler'));
    app.quit();
    await fake.settle();
    expect(routinesDone()).toBe(3);
    expect(limber.logs).toContain('info: The history file is written again');
  });

  it('when the file can\'t be replaced (held by another program): keeps it, and the quit writes it once it is free', async () => {
    const limber = await startWithPage();
    await limber.routineDone();
    const held = join(dir, 'held-copy.json');
    writeFileSync(held, readFileSync(historyFile()));
    mount('--bind', held, historyFile());
    await limber.routineDone();
    expect(toldOfTrouble(limber.notes)).toHaveLength(1);
    expect(limber.logs.some((line) => /history file could not be written: .*EBUSY/.test(line))).toBe(true);
    umount(historyFile());
    expect(routinesDone()).toBe(1);
    app.quit();
    await fake.settle();
    expect(routinesDone()).toBe(2);
  });

  it('on a disk gone read-only: runs on, tells the user once, and writes at quit once the disk takes writes again', async () => {
    const limber = await startWithPage();
    await limber.routineDone();
    mount('-o', 'remount,ro', dir);
    await limber.routineDone();
    await limber.routineDone();
    expect(toldOfTrouble(limber.notes)).toHaveLength(1);
    expect(limber.logs.some((line) => /history file could not be written: .*EROFS/.test(line))).toBe(true);
    mount('-o', 'remount,rw', dir);
    app.quit();
    await fake.settle();
    expect(routinesDone()).toBe(3);
  });
});
