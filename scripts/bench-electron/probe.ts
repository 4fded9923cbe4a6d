// What an app's process tree costs right now, read from /proc: memory (PSS), CPU time and its renderers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree } from '../../harness/processes';

const KB_PER_MB = 1024;

/** A process's kind as Chromium names it (`--type=renderer`, `--type=gpu-process`…), or `main` for the browser process. */
export const processKind = (args: string): string => {
  const type = /--type=(\S+)/.exec(args)?.[1];
  if (!type) return args.includes('chrome_crashpad_handler') ? 'crashpad' : 'main';
  const subtype = /--utility-sub-type=(\S+)/.exec(args)?.[1];
  return subtype ? `${type}:${subtype.replace(/^.*\./, '')}` : type;
};

/** Proportional set size of one process in KB: shared pages split between the processes that map them. */
function pssKb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0; // gone since ps listed it
  }
}

export interface TreeMemory { totalMb: number; byKindMb: Record<string, number>; countByKind: Record<string, number>; processes: number }

export function treeMemory(root: number): TreeMemory {
  const byKindKb: Record<string, number> = {};
  const countByKind: Record<string, number> = {};
  const tree = processTree(root);
  for (const { pid, args } of tree) {
    const kind = processKind(args);
    byKindKb[kind] = (byKindKb[kind] ?? 0) + pssKb(pid);
    countByKind[kind] = (countByKind[kind] ?? 0) + 1;
  }
  const byKindMb = Object.fromEntries(Object.entries(byKindKb).map(([kind, kb]) => [kind, kb / KB_PER_MB]));
  return { totalMb: Object.values(byKindMb).reduce((sum, mb) => sum + mb, 0), byKindMb, countByKind, processes: tree.length };
}

/** utime + stime of one process in clock ticks; fields 14 and 15 of /proc/<pid>/stat, after the `(comm)`. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** CPU time each process of the tree has used so far, by pid: a process started later then counts from zero. */
export const treeCpuTicks = (root: number): Map<number, number> =>
  new Map(processTree(root).map(({ pid }) => [pid, cpuTicks(pid)]));

export const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds used between two readings; a process seen only in the later one counts from zero. */
export function cpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks / CLOCK_TICKS_PER_SECOND;
}

export const rendererCount = (root: number): number =>
  processTree(root).filter(({ args }) => args.includes('--type=renderer')).length;
