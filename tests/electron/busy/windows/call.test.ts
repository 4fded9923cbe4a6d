// Windows' own tool can't run here; its output, as `reg query /s` prints it, can be read.
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appsInUse, regExe, windowsCallSignal } from '../../../../electron/busy/windows/call';

const ROOT = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\microphone';
const key = (name: string, start: string, stop: string) =>
  [`${ROOT}\\${name}`, '    Value    REG_SZ    Allow', `    LastUsedTimeStart    REG_QWORD    ${start}`, `    LastUsedTimeStop    REG_QWORD    ${stop}`, ''];
const output = (...keys: string[][]) => ['', ROOT, '    Value    REG_SZ    Allow', '', ...keys.flat()].join('\r\n');
const LIMBER = 'C:\\Program Files\\Limber\\Limber.exe';

describe('apps using the microphone, from reg query', () => {
  it('finds an app that started and has not stopped, packaged or not', () => {
    expect(appsInUse(output(
      key('Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe', '0x1db3f0c2a9e1b20', '0x1db3f0c3b2c4d10'),
      key('NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe', '0x1db3f0c2a9e1b20', '0x0'),
    ), LIMBER)).toEqual(['C:#Program Files#Zoom#bin#Zoom.exe']);
  });

  it('finds nothing when every app has stopped, or never started', () => {
    expect(appsInUse(output(
      key('Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe', '0x1db3f0c2a9e1b20', '0x1db3f0c3b2c4d10'),
      key('NonPackaged\\C:#Tools#never.exe', '0x0', '0x0'),
    ), LIMBER)).toEqual([]);
  });

  it('reads the two times in either order', () => {
    const [name, value, start, stop] = key('NonPackaged\\C:#Apps#Teams.exe', '0x1db3f0c2a9e1b20', '0x0');
    expect(appsInUse(output([name ?? '', value ?? '', stop ?? '', start ?? '']), LIMBER)).toEqual(['C:#Apps#Teams.exe']);
  });

  it('leaves Limber itself out', () => {
    expect(appsInUse(output(key('NonPackaged\\C:#Program Files#Limber#Limber.exe', '0x1db3f0c2a9e1b20', '0x0')), LIMBER)).toEqual([]);
  });
});

describe('reg, as Limber runs it', () => {
  it('is the one in Windows\' own folder, wherever Windows is installed', () => {
    expect(regExe({})).toBe('C:\\Windows\\System32\\reg.exe');
    expect(regExe({ SystemRoot: 'D:\\WINDOWS' })).toBe('D:\\WINDOWS\\System32\\reg.exe');
    expect(regExe({ SystemRoot: 'C:\\Windows\\' })).toBe('C:\\Windows\\System32\\reg.exe');
  });

  it('refuses a SystemRoot that is not an absolute folder on a drive', () => {
    for (const root of ['Windows', '.\\Windows', 'C:Windows', 'C:\\', '\\\\server\\share\\Windows', 'C:\\Windows\\..\\Users\\me', 'C:/Windows', '']) {
      expect(() => regExe({ SystemRoot: root }), root).toThrow('SystemRoot is not a folder Limber runs Windows\' reg from');
    }
  });

  it('is never one found on PATH', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'limber-reg-'));
    const ran = join(bin, 'ran');
    for (const name of ['reg', 'reg.exe']) {
      writeFileSync(join(bin, name), `#!/bin/sh\n: > '${ran}'\n`);
      chmodSync(join(bin, name), 0o755);
    }
    await windowsCallSignal({ PATH: bin }, LIMBER).read().catch(() => undefined);
    expect(existsSync(ran)).toBe(false);
  });
});
