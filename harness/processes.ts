// The processes an app under test started, read from ps: shared by the real-Electron suite and bench:electron.
import { spawnSync } from 'node:child_process';

/** The processes whose parent chain leads to `root`, with their command lines. */
export function processTree(root: number): { pid: number; args: string }[] {
  const lines = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).stdout.split('\n');
  const all = lines.flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return match ? [{ pid: Number(match[1]), ppid: Number(match[2]), args: match[3] ?? '' }] : [];
  });
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!tree.has(p.pid) && tree.has(p.ppid)) { tree.add(p.pid); grew = true; }
  }
  return all.filter((p) => tree.has(p.pid)).map(({ pid, args }) => ({ pid, args }));
}
