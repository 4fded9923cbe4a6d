// A private sound server with a stand-in microphone (a null source, "mic") and speakers (a null sink, "speakers",
// whose monitor is no microphone): PulseAudio, or PipeWire with pipewire-pulse and WirePlumber. Its home and runtime
// folder are `dir`, so that no test meets the machine's own sound server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Services } from './services';
import { startSessionBus } from './session-bus';
import { until } from './until';

const privateEnv = (dir: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  ({ ...base, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_STATE_HOME: join(dir, 'state') });

export const pactl = (services: Services, env: NodeJS.ProcessEnv, ...args: string[]) => services.run('pactl', args, env);

const untilServerAnswers = (services: Services, env: NodeJS.ProcessEnv) =>
  until('the sound server', () => (pactl(services, env, 'info').status === 0 ? true : null));

/** Starts PulseAudio; resolves the environment its clients use (`base` with the private folders and PULSE_SERVER). */
export async function startPulseAudio(services: Services, dir: string, base: NodeJS.ProcessEnv = process.env): Promise<NodeJS.ProcessEnv> {
  const env = privateEnv(dir, base);
  const socket = join(dir, 'native');
  services.start('pulseaudio', ['-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no',
    '-L', 'module-null-sink sink_name=speakers', '-L', 'module-null-source source_name=mic',
    '-L', `module-native-protocol-unix socket=${socket} auth-anonymous=1`], env);
  const clientEnv = { ...env, PULSE_SERVER: `unix:${socket}` };
  await untilServerAnswers(services, clientEnv);
  return clientEnv;
}

/** Starts PipeWire on a session bus of its own; resolves the environment its clients use. */
export async function startPipeWire(services: Services, dir: string): Promise<NodeJS.ProcessEnv> {
  const env = { ...privateEnv(dir, process.env), DBUS_SESSION_BUS_ADDRESS: await startSessionBus(services) };
  services.start('pipewire', [], env);
  await until('PipeWire\'s socket', () => (existsSync(join(dir, 'pipewire-0')) ? true : null));
  services.start('wireplumber', [], env);
  services.start('pipewire-pulse', [], env);
  const clientEnv = { ...env, PULSE_SERVER: `unix:${join(dir, 'pulse', 'native')}` };
  await untilServerAnswers(services, clientEnv);
  pactl(services, clientEnv, 'load-module', 'module-null-sink', 'sink_name=speakers');
  pactl(services, clientEnv, 'load-module', 'module-null-sink', 'media.class=Audio/Source/Virtual', 'sink_name=mic');
  await until('the microphone and the speakers\' monitor', () => {
    const sources = pactl(services, clientEnv, 'list', 'short', 'sources').stdout;
    return /\bmic\b/.test(sources) && sources.includes('speakers.monitor') ? true : null;
  });
  return clientEnv;
}
