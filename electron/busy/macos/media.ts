import { signalsWords } from '../../../core/words/signals';
import { runTool } from '../run';
import { signalOf, type BusySignal } from '../signal';

/** Assertions that keep the display awake while the user is idle: what players and browsers take while a video plays. */
const DISPLAY_ASSERTIONS = new Set(['PreventUserIdleDisplaySleep', 'NoDisplaySleepAssertion']);
/** `pid 412(Safari): [0x00001a2b00018c4d] 00:04:10 PreventUserIdleDisplaySleep named: "Video Wake Lock"` */
const HELD = /^\s*pid (\d+)\([^)]*\): \[0x[0-9a-f]+\] [\d:]+ (\w+) named:/i;

/** Whether a process other than Limber keeps the display awake, from `pmset -g assertions`. */
export function displayKeptAwake(output: string, ownPids: number[]): boolean {
  if (!output.includes('Listed by owning process:')) throw new Error(signalsWords.why.macos.pmsetUnknown);
  return output.split('\n').some((line) => {
    const [, pid, type] = HELD.exec(line) ?? [];
    return type !== undefined && DISPLAY_ASSERTIONS.has(type) && !ownPids.includes(Number(pid));
  });
}

/** macOS's own pmset, where the system keeps it: one found through PATH could be anybody's. */
export const PMSET = '/usr/bin/pmset';

/** Media playing on macOS: a player or browser keeping the display awake, as they do while a video plays. */
export function macosMediaSignal(env: NodeJS.ProcessEnv, ownPids: () => number[], pmset = PMSET): BusySignal {
  const read = async () => displayKeptAwake(await runTool(pmset, ['-g', 'assertions'], env), ownPids());
  return signalOf('media', read, () => signalsWords.via.macos.media);
}
