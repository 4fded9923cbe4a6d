import { signalsWords } from '../../../core/words/signals';
import { messageOf, runTool } from '../run';
import { signalOf, type BusySignal } from '../signal';

const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/**
 * The apps `reg query /s` shows using a device right now. Windows records, per app, when it last started and stopped
 * using the microphone or camera; a stop time of 0 after a start means it still is. Desktop apps sit under
 * `NonPackaged`, named by their path with `#` for `\`.
 */
export function appsInUse(regOutput: string, ownExe: string): string[] {
  const own = ownExe.replaceAll('\\', '#').toLowerCase();
  const times = new Map<string, { start?: bigint; stop?: bigint }>();
  let key = '';
  for (const line of regOutput.split(/\r?\n/)) {
    if (line.startsWith('HKEY_')) key = line.trim();
    const [name, type, value] = line.trim().split(/\s{4}/);
    if (type !== 'REG_QWORD' || value === undefined || !/^0x[0-9a-f]+$/i.test(value)) continue;
    const app = key.slice(key.lastIndexOf('\\') + 1);
    const entry = times.get(app) ?? {};
    if (name === 'LastUsedTimeStart') entry.start = BigInt(value);
    if (name === 'LastUsedTimeStop') entry.stop = BigInt(value);
    times.set(app, entry);
  }
  return [...times].filter(([app, { start, stop }]) => start !== undefined && start > 0n && stop === 0n && app.toLowerCase() !== own)
    .map(([app]) => app);
}

/** An absolute folder on a drive, without `.` or `..` in it: `D:\Windows`. */
const DRIVE_FOLDER = /^[a-z]:(\\(?!\.+(\\|$))[^\\/:*?"<>|]+)+$/i;

/**
 * Windows' own reg.exe, in System32 under SystemRoot (C:\Windows when unset). Found through the current folder and
 * PATH instead, a reg.exe put in the folder Limber was started from would run. An odd SystemRoot is refused.
 */
export function regExe(env: NodeJS.ProcessEnv): string {
  const root = (env.SystemRoot ?? 'C:\\Windows').replace(/\\+$/, '');
  if (!DRIVE_FOLDER.test(root)) throw new Error(signalsWords.why.windows.oddSystemRoot(root));
  return `${root}\\System32\\reg.exe`;
}

/** In a call, on Windows: some other app is using the microphone or the camera, as the privacy settings record it. */
export function windowsCallSignal(env: NodeJS.ProcessEnv, ownExe: string): BusySignal {
  // A device no app has ever asked for has no key: nothing uses it.
  const query = (device: string) => runTool(regExe(env), ['query', `${CONSENT_STORE}\\${device}`, '/s'], env)
    .catch((error: unknown) => { if (/unable to find/i.test(messageOf(error))) return ''; throw error; });
  const inUse = async () => {
    const outputs = await Promise.all(['microphone', 'webcam'].map(query));
    return outputs.some((output) => appsInUse(output, ownExe).length > 0);
  };
  return signalOf('call', inUse, () => signalsWords.via.windows.call);
}
