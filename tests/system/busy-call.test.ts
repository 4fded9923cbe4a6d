// The "in a call" signal against real sound servers: a private PulseAudio, and PipeWire with pipewire-pulse and
// WirePlumber, each with a stand-in microphone (a null source) and speakers (a null sink, whose monitor is no microphone).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { callSignal } from '../../electron/busy/call';
import { isCamera, processesHolding } from '../../electron/busy/camera';
import { missingTools, Services } from '../../harness/services';

const VIA = 'PulseAudio/PipeWire recording streams, and cameras in use';
const PULSEAUDIO = ['pulseaudio', 'pactl', 'parecord'];
const PIPEWIRE = ['pipewire', 'pipewire-pulse', 'wireplumber', 'pw-record', 'dbus-daemon', 'pactl', 'parecord'];
const missingPulseaudio = missingTools(PULSEAUDIO);
const missingPipewire = missingTools(PIPEWIRE);
if (missingPulseaudio.length > 0) {
  console.warn(`PulseAudio call tests SKIPPED: no ${missingPulseaudio.join(', ')} (apt-get install pulseaudio pulseaudio-utils).`);
}
if (missingPipewire.length > 0) {
  console.warn(`PipeWire call tests SKIPPED: no ${missingPipewire.join(', ')} (apt-get install pipewire pipewire-pulse pipewire-bin wireplumber dbus pulseaudio-utils).`);
}

/** A private home and runtime folder, so that no test meets the machine's own sound server. */
function privateEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_STATE_HOME: join(dir, 'state') };
}

const pactl = (env: NodeJS.ProcessEnv, ...args: string[]) => spawnSync('pactl', args, { env, encoding: 'utf8' });

/** Waits in a hook, where expect.poll can't be used, until `ready` holds. */
const until = (what: string, ready: () => boolean) => vi.waitFor(() => { if (!ready()) throw new Error(`still waiting for ${what}`); }, { timeout: 30_000, interval: 100 });
const untilServerAnswers = (env: NodeJS.ProcessEnv) => until('the sound server', () => pactl(env, 'info').status === 0);

/** Runs the same checks against one sound server, started by `startServer` with a source "mic" and a sink "speakers". */
function describeSoundServer(name: string, missing: string[], startServer: (services: Services, dir: string) => Promise<NodeJS.ProcessEnv>) {
  describe.skipIf(missing.length > 0)(`the call signal on ${name}`, () => {
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
    const streams = () => (JSON.parse(pactl(env, '-f', 'json', 'list', 'source-outputs').stdout) as unknown[]).length;

    it(`reads from ${name} itself`, () => {
      expect(/^Server Name: (.*)$/m.exec(pactl(env, 'info').stdout)?.[1]).toMatch(new RegExp(name, 'i'));
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

describeSoundServer('PulseAudio', missingPulseaudio, async (services, dir) => {
  const env = privateEnv(dir);
  const socket = join(dir, 'native');
  services.start('pulseaudio', ['-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no',
    '-L', 'module-null-sink sink_name=speakers', '-L', 'module-null-source source_name=mic',
    '-L', `module-native-protocol-unix socket=${socket} auth-anonymous=1`], env);
  const clientEnv = { ...env, PULSE_SERVER: `unix:${socket}` };
  await untilServerAnswers(clientEnv);
  return clientEnv;
});

describeSoundServer('PipeWire', missingPipewire, async (services, dir) => {
  const env = { ...privateEnv(dir), DBUS_SESSION_BUS_ADDRESS: await services.dbus() };
  services.start('pipewire', [], env);
  await until('PipeWire\'s socket', () => existsSync(join(dir, 'pipewire-0')));
  services.start('wireplumber', [], env);
  services.start('pipewire-pulse', [], env);
  const clientEnv = { ...env, PULSE_SERVER: `unix:${join(dir, 'pulse', 'native')}` };
  await untilServerAnswers(clientEnv);
  pactl(clientEnv, 'load-module', 'module-null-sink', 'sink_name=speakers');
  pactl(clientEnv, 'load-module', 'module-null-sink', 'media.class=Audio/Source/Virtual', 'sink_name=mic');
  await until('the microphone and the speakers\' monitor', () => {
    const sources = pactl(clientEnv, 'list', 'short', 'sources').stdout;
    return /\bmic\b/.test(sources) && sources.includes('speakers.monitor');
  });
  return clientEnv;
});

describe.skipIf(missingTools(['pactl']).length > 0)('the call signal without a sound server', () => {
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
