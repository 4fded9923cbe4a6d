import { signalsWords } from '../../core/words/signals';
import { messageOf, runTool } from './run';

type Source = { index: number; name: string; monitor_of_sink?: string | null };
type SourceOutput = { source: number; properties: Record<string, string | undefined> };

const words = signalsWords.why.linux;

/** pactl speaks to PulseAudio and to PipeWire's pipewire-pulse alike; its failures, in words for the settings. */
async function pactlList(what: 'sources' | 'source-outputs', env: NodeJS.ProcessEnv): Promise<unknown> {
  try {
    return JSON.parse(await runTool('pactl', ['-f', 'json', 'list', what], env));
  } catch (error) {
    const message = messageOf(error);
    if (/Connection failure|pa_context_connect/.test(message)) throw new Error(words.noSoundServer, { cause: error });
    if (/invalid option|unrecognized option/i.test(message)) throw new Error(words.oldPactl, { cause: error });
    throw error;
  }
}

/**
 * Whether some other program is recording from a microphone now. A monitor source is the loopback of what
 * plays (a screen recorder or a level meter), not a microphone.
 */
export async function microphoneInUse(env: NodeJS.ProcessEnv, ownPids: () => number[]): Promise<boolean> {
  const [sources, outputs] = await Promise.all([pactlList('sources', env), pactlList('source-outputs', env)]) as [Source[], SourceOutput[]];
  const isMonitor = (source: Source) => (source.monitor_of_sink ?? 'n/a') !== 'n/a' || source.name.endsWith('.monitor');
  const monitors = new Set(sources.filter(isMonitor).map((source) => source.index));
  const own = new Set(ownPids().map(String));
  return outputs.some((output) => !monitors.has(output.source) && !own.has(output.properties['application.process.id'] ?? ''));
}
