// The "in a call" signal against real sound servers: a private PulseAudio, and PipeWire with pipewire-pulse and
// WirePlumber, each with a stand-in microphone (a null source) and speakers (a null sink, whose monitor is no microphone).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { callSignal } from '../../electron/busy/call';
import { isCamera, processesHolding } from '../../electron/busy/camera';
import { missingPrograms, skippedFor } from '../../harness/programs';
import { Services } from '../../harness/services';
import { pactl, startPipeWire, startPulseAudio } from '../../harness/sound-server';

const VIA = 'PulseAudio/PipeWire recording streams, and cameras in use';
const noPulseaudio = skippedFor('PulseAudio call tests', missingPrograms(['pulseaudio', 'pactl', 'parecord']), 'apt-get install pulseaudio pulseaudio-utils');
const noPipewire = skippedFor('PipeWire call tests', missingPrograms(['pipewire', 'pipewire-pulse', 'wireplumber', 'pw-record', 'dbus-daemon', 'pactl', 'parecord']),
  'apt-get install pipewire pipewire-pulse pipewire-bin wireplumber dbus pulseaudio-utils');

/** Runs the same checks against one sound server, started by `startServer` with a source "mic" and a sink "speakers". */
function describeSoundServer(name: string, skip: boolean, startServer: (services: Services, dir: string) => Promise<NodeJS.ProcessEnv>) {
  describe.skipIf(skip)(`the call signal on ${name}`, () => {
    const services = new Services();
    const dir = mkdtempSync(join(tmpdir(), 'limber-sound-'));
    let env: NodeJS.ProcessEnv = {};

    beforeAll(async () => { env = await startServer(services, dir); }, 90_000);
    afterAll(async () => {
      await services.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    /** A recording of `source` that the server lists, stopped at the end of the test. */
    async function record(source: string, command = 'parecord', args = ['--device', source, '/dev/null']): Promise<ChildProcess> {
      const before = streams();
      const recorder = services.start(command, args, env);
      onTestFinished(() => services.stop(recorder));
      await expect.poll(streams, { timeout: 30_000, interval: 50 }).toBe(before + 1);
      return recorder;
    }
    const streams = () => (JSON.parse(pactl(services, env, '-f', 'json', 'list', 'source-outputs').stdout) as unknown[]).length;

    it(`reads from ${name} itself`, () => {
      expect(/^Server Name: (.*)$/m.exec(pactl(services, env, 'info').stdout)?.[1]).toMatch(new RegExp(name, 'i'));
    });

    it('says what it reads', async () => {
      expect(await callSignal(env, () => []).status()).toEqual({ readable: true, via: VIA });
    });

    it('is on while a program records from the microphone, and off before and after', async () => {
      const signal = callSignal(env, () => []);
      expect(await signal.read()).toBe(false);
      const recorder = await record('mic');
      expect(await signal.read()).toBe(true);
      await services.stop(recorder);
      await expect.poll(() => signal.read(), { timeout: 30_000, interval: 50 }).toBe(false);
    });

    it('does not count a recording of what the speakers play (a monitor source)', async () => {
      await record('speakers.monitor');
      expect(await callSignal(env, () => []).read()).toBe(false);
    });

    it('does not count Limber\'s own recording', async () => {
      const recorder = await record('mic');
      expect(await callSignal(env, () => [process.pid, recorder.pid ?? 0]).read()).toBe(false);
      expect(await callSignal(env, () => [process.pid]).read()).toBe(true);
    });

    if (name === 'PipeWire') {
      it('counts a program that records through PipeWire itself rather than the pulse protocol', async () => {
        await record('mic', 'pw-record', ['--target', 'mic', join(dir, 'recording.wav')]);
        expect(await callSignal(env, () => []).read()).toBe(true);
      });
    }
  });
}

describeSoundServer('PulseAudio', noPulseaudio, startPulseAudio);
describeSoundServer('PipeWire', noPipewire, startPipeWire);

describe.skipIf(missingPrograms(['pactl']).length > 0)('the call signal without a sound server', () => {
  const env = { ...process.env, PULSE_SERVER: 'unix:/nonexistent/limber-test-pulse' };

  it('says that none answered, and fails to read rather than saying "not in a call"', async () => {
    const signal = callSignal(env, () => []);
    expect(await signal.status()).toEqual({ readable: false, why: 'no sound server answered on the pulse socket' });
    await expect(signal.read()).rejects.toThrow('no sound server answered on the pulse socket');
  });
});

describe('the call signal without pactl', () => {
  it('says which package brings it', async () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'limber-empty-path-'));
    onTestFinished(() => { rmSync(emptyPath, { recursive: true }); });
    expect(await callSignal({ PATH: emptyPath }, () => []).status())
      .toEqual({ readable: false, why: 'pactl is not installed (it comes with the pulseaudio-utils package)' });
  });
});

describe.skipIf(!existsSync('/proc/self/fd'))('cameras in use, from /proc', () => {
  it('finds the process that holds a device file open, and not after it exits', async () => {
    const device = join(mkdtempSync(join(tmpdir(), 'limber-video-')), 'video0');
    writeFileSync(device, '');
    const holder = spawn(process.execPath, ['-e', 'require("fs").openSync(process.argv[1], "r"); setTimeout(() => undefined, 30_000)', device], { stdio: 'ignore' });
    onTestFinished(() => { holder.kill(); });
    const holding = () => processesHolding((path) => path === device);
    await expect.poll(holding, { timeout: 30_000, interval: 50 }).toEqual([holder.pid]);
    holder.kill();
    await expect.poll(holding, { timeout: 30_000, interval: 50 }).toEqual([]);
  });

  it('takes /dev/video<n> for a camera', () => {
    expect(['/dev/video0', '/dev/video12', '/dev/video0-old', '/dev/vhci', '/tmp/dev/video0'].map(isCamera))
      .toEqual([true, true, false, false, false]);
  });
});
