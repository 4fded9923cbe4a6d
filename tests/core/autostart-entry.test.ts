import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autostartDirectory, desktopEntry, entryEnabled, launchCommand } from '../../core/autostart-entry';

/** Reads a .desktop file strictly: one [Desktop Entry] group, then only key=value lines; values stay raw. */
function parseDesktopEntry(text: string): Record<string, string> {
  const [header, ...lines] = text.split('\n');
  expect(header).toBe('[Desktop Entry]');
  expect(lines.pop()).toBe('');
  return Object.fromEntries(lines.map((line): [string, string] => {
    // Only \n ends a line in a desktop entry; the s flag lets . match U+2028 and its kin too.
    const match = /^([A-Za-z0-9-]+)=(.*)$/s.exec(line);
    if (!match) throw new Error(`not a key=value line: ${JSON.stringify(line)}`);
    return [match[1] ?? '', match[2] ?? ''];
  }));
}

const STRING_ESCAPES: Record<string, string> = { s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' };
const RESERVED = ' \t\n"\'\\><~|&;$*?#()`';

/** Splits an Exec value into the program and its arguments the way the Desktop Entry spec reads it. */
function splitExec(raw: string): string[] {
  const value = raw.replace(/\\(.)/g, (_, c: string) => STRING_ESCAPES[c] ?? `\\${c}`);
  const args: string[] = [];
  let current: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === ' ') {
      if (current !== null) args.push(current);
      current = null;
    } else if (c === '"') {
      current ??= '';
      for (i++; value.charAt(i) !== '"'; i++) {
        if (i >= value.length) throw new Error(`unclosed quote in ${raw}`);
        if (value.charAt(i) === '\\') {
          i++;
          if (!'"`$\\'.includes(value.charAt(i))) throw new Error(`bad escape in ${raw}`);
        }
        current += value.charAt(i);
      }
    } else {
      if (RESERVED.includes(c)) throw new Error(`unquoted ${JSON.stringify(c)} in ${raw}`);
      current = (current ?? '') + c;
    }
  }
  if (current !== null) args.push(current);
  return args.map((arg) => arg.replaceAll('%%', '%'));
}

const entryOf = (command: readonly string[]) => parseDesktopEntry(desktopEntry(command));

describe('desktopEntry', () => {
  it('is one Desktop Entry group of key=value lines that autostarts Limber', () => {
    const entry = entryOf(['/usr/bin/limber']);
    expect(entry).toEqual({
      Type: 'Application',
      Name: 'Limber',
      Comment: expect.any(String) as string,
      Exec: '/usr/bin/limber',
      Icon: 'limber',
      Terminal: 'false',
      'X-GNOME-Autostart-enabled': 'true',
    });
  });

  it.each([
    [['/opt/My Apps/Limber.AppImage'], 'Exec="/opt/My Apps/Limber.AppImage"'],
    [['/home/o"neil/limber'], String.raw`Exec="/home/o\\"neil/limber"`],
    [['/home/me/$HOME`x`/limber'], 'Exec="/home/me/\\\\$HOME\\\\`x\\\\`/limber"'],
    [[String.raw`C:\odd\limber`], String.raw`Exec="C:\\\\odd\\\\limber"`],
    [['/home/me/100%/limber'], 'Exec=/home/me/100%%/limber'],
    [['/x/electron', '/home/me/my limber'], 'Exec=/x/electron "/home/me/my limber"'],
    [['/home/me/tab\there'], String.raw`Exec="/home/me/tab\there"`],
  ])('quotes and escapes %j for Exec', (command, line) => {
    expect(desktopEntry(command).split('\n')).toContain(line);
  });

  it('gives back the exact command when Exec is read as the spec says', () => {
    const tricky = fc.constantFrom(' ', '"', "'", '\\', '$', '`', '%', '\n', '\t', '\r', '~', '#', ';', 'é');
    const arg = fc.string({ minLength: 1, unit: fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) })
      // A path can't hold other control characters in any way a desktop entry could carry.
      .filter((s) => !/(?![\n\t\r])\p{Cc}/u.test(s));
    fc.assert(fc.property(fc.array(arg, { minLength: 1, maxLength: 3 }), (command) => {
      expect(splitExec(entryOf(command).Exec ?? '')).toEqual(command);
    }), { numRuns: 500 });
  });
});

describe('entryEnabled', () => {
  it.each([
    [desktopEntry(['/usr/bin/limber']), true],
    [desktopEntry(['/usr/bin/limber']).replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'), false],
    [`${desktopEntry(['/usr/bin/limber'])}Hidden = true\n`, false],
    [`${desktopEntry(['/usr/bin/limber'])}Hidden=false\n`, true],
  ])('reads whether the desktop still runs the entry (%#)', (text, enabled) => {
    expect(entryEnabled(text)).toBe(enabled);
  });
});

describe('autostartDirectory', () => {
  it.each([
    [undefined, '/home/me/.config/autostart'],
    ['', '/home/me/.config/autostart'],
    ['relative/config', '/home/me/.config/autostart'],
    ['/data/config', '/data/config/autostart'],
    ['/data/config/', '/data/config/autostart'],
  ])('uses XDG_CONFIG_HOME=%j only when it is an absolute path', (xdg, directory) => {
    expect(autostartDirectory(xdg, '/home/me')).toBe(directory);
  });
});

describe('launchCommand', () => {
  const source = { appImage: undefined, execPath: '/opt/Limber/limber', isPackaged: true, appPath: '/opt/Limber/resources/app.asar' };

  it('runs the executable of a packaged app', () => {
    expect(launchCommand(source)).toEqual(['/opt/Limber/limber']);
  });

  it('runs the AppImage file rather than its temporary mount', () => {
    expect(launchCommand({ ...source, appImage: '/home/me/Apps/Limber.AppImage', execPath: '/tmp/.mount_Limber/limber' }))
      .toEqual(['/home/me/Apps/Limber.AppImage']);
  });

  it('gives Electron the app folder when unpackaged', () => {
    expect(launchCommand({ ...source, isPackaged: false, execPath: '/src/node_modules/electron/dist/electron', appPath: '/src' }))
      .toEqual(['/src/node_modules/electron/dist/electron', '/src']);
  });
});
