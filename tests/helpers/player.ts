// A real media player on a test's session bus: Debian's mpv with its MPRIS plugin, playing a generated tone to a
// null audio output, driven through mpv's JSON IPC socket.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingPrograms } from '../../harness/programs';
import type { Services } from '../../harness/services';

export const MPRIS_PLUGIN = '/usr/lib/mpv-mpris/mpris.so';
export const missingPlayer = () => [...missingPrograms(['mpv']), ...(existsSync(MPRIS_PLUGIN) ? [] : ['mpv-mpris'])];

/** A mono 16-bit WAV of a 440 Hz tone, `seconds` long. */
function toneFile(dir: string, seconds: number): string {
  const rate = 8000;
  const samples = Buffer.alloc(rate * seconds * 2);
  for (let i = 0; i < rate * seconds; i++) samples.writeInt16LE(Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  const file = join(dir, 'tone.wav');
  writeFileSync(file, Buffer.concat([header, samples]));
  return file;
}

/** Starts mpv looping a tone on the session bus at `busAddress`; `pause` and `quit` drive it as a user would. */
export function startPlayer(services: Services, busAddress: string) {
  const dir = mkdtempSync(join(tmpdir(), 'limber-player-'));
  const socket = join(dir, 'mpv.sock');
  const child = services.start('mpv', [
    '--no-config', `--script=${MPRIS_PLUGIN}`, '--ao=null', '--no-video', '--loop-file=inf', `--input-ipc-server=${socket}`, toneFile(dir, 5),
  ], { ...process.env, DBUS_SESSION_BUS_ADDRESS: busAddress });
  /** Sends one IPC command and waits for mpv's reply to it. */
  const command = (...args: unknown[]) => new Promise<void>((resolve, reject) => {
    const connection = createConnection(socket, () => { connection.write(`${JSON.stringify({ command: args, request_id: 1 })}\n`); });
    let text = '';
    connection.on('data', (chunk) => {
      text += String(chunk);
      const reply = text.split('\n').find((line) => line.includes('"request_id":1'));
      if (!reply) return;
      connection.destroy();
      if (reply.includes('"error":"success"')) resolve();
      else reject(new Error(`mpv refused ${JSON.stringify(args)}: ${reply}`));
    });
    connection.on('error', reject);
  });
  return {
    pid: child.pid ?? 0,
    setPaused: (paused: boolean) => command('set_property', 'pause', paused),
    quit: () => services.stop(child),
  };
}
