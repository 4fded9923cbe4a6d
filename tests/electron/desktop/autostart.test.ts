import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutostart } from '../../../electron/desktop/autostart';
import { desktopEntry, launchCommand } from '../../../core/autostart-entry';
import { app, fake } from '../../../harness/fake-electron';

const hasValidator = spawnSync('desktop-file-validate', ['--help']).error === undefined;
if (!hasValidator) console.warn('desktop-file-validate is not installed (Debian package desktop-file-utils): skipping its check');

const LIMBER = '/opt/My Apps/o"neil/Limber';
let root: string;
let directory: string;
const entryFile = () => join(directory, 'limber.desktop');

beforeEach(async () => {
  fake.reset();
  root = await mkdtemp(join(tmpdir(), 'limber-autostart-'));
  directory = join(root, 'config', 'autostart');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe('createAutostart on Linux', () => {
  const linux = (command: readonly string[] = [LIMBER]) => createAutostart({ platform: 'linux', app, command, directory });

  it('writes a desktop entry of key=value lines into a new autostart directory, and nothing else', async () => {
    const autostart = linux();
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.set(true);
    const [header, ...lines] = (await readFile(entryFile(), 'utf8')).trimEnd().split('\n');
    expect(header).toBe('[Desktop Entry]');
    for (const line of lines) expect(line).toMatch(/^[A-Za-z0-9-]+=./);
    expect(lines).toContain('Exec="/opt/My Apps/o\\\\"neil/Limber"');
    expect(lines).toContain('X-GNOME-Autostart-enabled=true');
    expect(await readdir(directory)).toEqual(['limber.desktop']);
    expect(await autostart.isEnabled()).toBe(true);
    expect(fake.loginItem).toEqual({ openAtLogin: false });
  });

  it.skipIf(!hasValidator)('writes a file desktop-file-validate accepts', async () => {
    await linux().set(true);
    const result = spawnSync('desktop-file-validate', [entryFile()], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('removes the file when switched off, and minds no missing file', async () => {
    const autostart = linux();
    await autostart.set(true);
    await autostart.set(false);
    expect(await readdir(directory)).toEqual([]);
    expect(await autostart.isEnabled()).toBe(false);
    await expect(autostart.set(false)).resolves.toBeUndefined();
  });

  it('starts the AppImage file when running from one', async () => {
    const command = launchCommand({ appImage: '/home/me/Apps/Limber 1.0.AppImage', execPath: '/tmp/.mount_Limber/limber', isPackaged: true, appPath: '' });
    await linux(command).set(true);
    expect(await readFile(entryFile(), 'utf8')).toContain('\nExec="/home/me/Apps/Limber 1.0.AppImage"\n');
  });

  it('reads an entry the desktop switched off as off, and switches it back on', async () => {
    await mkdir(directory, { recursive: true });
    await writeFile(entryFile(), desktopEntry([LIMBER]).replace('Autostart-enabled=true', 'Autostart-enabled=false'));
    const autostart = linux();
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.set(true);
    expect(await autostart.isEnabled()).toBe(true);
  });

  it('leaves no temporary file behind when the entry cannot be replaced', async () => {
    await mkdir(entryFile(), { recursive: true });
    await expect(linux().set(true)).rejects.toThrow();
    expect(await readdir(directory)).toEqual(['limber.desktop']);
  });

  it('uses $XDG_CONFIG_HOME/autostart when no directory is given', async () => {
    vi.stubEnv('XDG_CONFIG_HOME', join(root, 'xdg'));
    await createAutostart({ platform: 'linux', app, command: [LIMBER] }).set(true);
    expect(await readdir(join(root, 'xdg', 'autostart'))).toEqual(['limber.desktop']);
  });
});

describe('createAutostart on macOS and Windows', () => {
  it('makes Limber a macOS login item, with no file', async () => {
    const autostart = createAutostart({ platform: 'darwin', app, command: ['/Applications/Limber.app/Contents/MacOS/Limber'], directory });
    await autostart.set(true);
    expect(fake.loginItem).toEqual({ openAtLogin: true });
    expect(await autostart.isEnabled()).toBe(true);
    await autostart.set(false);
    expect(fake.loginItem).toEqual({ openAtLogin: false });
    expect(await autostart.isEnabled()).toBe(false);
    await expect(readdir(directory)).rejects.toThrow(/ENOENT/);
  });

  it('registers the exact Windows command, quoting an argument with spaces', async () => {
    const command = ['C:\\src\\node_modules\\electron\\dist\\electron.exe', 'C:\\Users\\Me\\my limber'];
    const autostart = createAutostart({ platform: 'win32', app, command, directory });
    await autostart.set(true);
    expect(fake.loginItem).toEqual({ openAtLogin: true, path: command[0], args: ['"C:\\Users\\Me\\my limber"'] });
    expect(await autostart.isEnabled()).toBe(true);
    await expect(readdir(directory)).rejects.toThrow(/ENOENT/);
  });
});
